import type { Db } from './db/db.ts';
import { seedDemoUsers } from './auth/users.ts';
import { seedBerths, type BerthSeedCounts } from './berths/seed/seed-berths.ts';
import { seedBookings, type BookingSeedCounts } from './bookings/seed/seed-bookings.ts';

/**
 * `true`: the full demo. An object seeds the reference data of every workspace, generated
 * berth cases (`applications`) and generated bookings (`bookings`, none unless asked).
 */
export type SeedOption = boolean | { applications?: number; seed?: number; bookings?: number };

/** A season big enough for the calendars and the queue, small enough to keep a demo start quick. */
export const DEMO_BOOKINGS = 3000;

export interface SeedCounts extends BerthSeedCounts {
  bookings: BookingSeedCounts;
}

/**
 * Demo data on first start: staff users, the real reference data and generated cases. Runs only
 * on an empty database (no users), so restarting never duplicates anything. Bookings are dated
 * around the seed time: the handling queue from today on is never empty in a demo.
 */
export async function seedIfEmpty(db: Db, option: SeedOption): Promise<SeedCounts | null> {
  if (option === false) return null;
  const users = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if ((users.rows[0]?.n ?? 0) > 0) return null;
  const { bookings = option === true ? DEMO_BOOKINGS : 0, ...cases } = option === true ? {} : option;
  const counts = await seedBerths(db, cases);
  const bookingCounts = await seedBookings(db, { count: bookings, seed: cases.seed ?? 7, now: new Date() });
  await seedDemoUsers(db);
  // Fresh statistics, or the planner guesses the feed is tiny and sorts it instead of walking seq.
  await db.exec('ANALYZE');
  return { ...counts, bookings: bookingCounts };
}
