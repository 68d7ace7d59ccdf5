import { openDatabase } from '../../db/open-database.ts';
import { world } from './fixtures.ts';
import { tempCache } from './temp-cache.ts';

/**
 * A cache holding the fixture world as an older level left it: `sql` turns today's schema back
 * into that level's, and the file says it is at `level`. The next open migrates it.
 */
export function worldCacheAtLevel(level: number, sql: string): ReturnType<typeof tempCache> {
  const t = tempCache();
  t.cache.applyChanges(world().changes, 'c1');
  t.cache.close();
  const old = openDatabase(t.file);
  old.exec(`${sql}\nPRAGMA user_version = ${level};`);
  old.close();
  return t;
}
