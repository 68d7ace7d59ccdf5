import type { Db } from './db/db.ts';
import { seedDemoUsers } from './auth/users.ts';
import { seedBerths, type BerthSeedCounts } from './berths/seed/seed-berths.ts';

export type SeedOption = boolean | { applications?: number; seed?: number };

/**
 * Demo data on first start: staff users, the real reference data and generated cases. Runs only
 * on an empty database (no users), so restarting never duplicates anything.
 */
export async function seedIfEmpty(db: Db, option: SeedOption): Promise<BerthSeedCounts | null> {
  if (option === false) return null;
  const users = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if ((users.rows[0]?.n ?? 0) > 0) return null;
  const cases = option === true ? {} : option;
  const counts = await seedBerths(db, cases);
  await seedDemoUsers(db);
  // Fresh statistics, or the planner guesses the feed is tiny and sorts it instead of walking seq.
  await db.exec('ANALYZE');
  return counts;
}
