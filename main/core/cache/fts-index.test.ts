import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.ts';
import { HANDLER, tempCache, world } from '../berths/testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof tempCache> | null = null;
afterEach(() => t?.dispose());

describe('an FTS index a migration marked stale', () => {
  it('is filled from the rows at the next open, once, and the mark is gone', () => {
    t = tempCache();
    t.cache.applyChanges(world().changes, 'c1');
    t.cache.close();
    // As migration 003 left a cache: the index empty, the mark set.
    const db = openDatabase(t.file);
    db.exec('DELETE FROM application_fts; INSERT INTO application_fts_stale (singleton) VALUES (1);');
    db.close();
    const cache = t.reopen();
    const found = cache.handle('berths.listApplications', { filter: { text: 'makinen' }, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 10 }, HANDLER, NOW);
    expect(found.ok && found.value.rows.map((r) => r.applicantName)).toEqual(['Mäkinen Matti']);
    cache.close();
    const after = openDatabase(t.file);
    expect(after.prepare('SELECT count(*) AS n FROM application_fts_stale').get()).toEqual({ n: 0 });
    expect(after.prepare('SELECT count(*) AS n FROM customer_fts_stale').get()).toEqual({ n: 0 });
    after.close();
    t.reopen();
  });
});
