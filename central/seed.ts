import type { Db } from './db/db.ts';
import { seedDemoUsers } from './auth/users.ts';
import { seedBerths, type BerthSeedCounts } from './berths/seed/seed-berths.ts';
import { seedBookings, type BookingSeedCounts } from './bookings/seed/seed-bookings.ts';
import { DEMO_CHILDREN_PER_COHORT, seedCultureKids, type CultureKidsSeedCounts } from './culture-kids/seed/seed-culture-kids.ts';
import { seedKiosk, type KioskSeedCounts } from './kiosk/seed.ts';

/**
 * `true`: the full demo. An object seeds the reference data of every workspace, generated
 * berth cases (`applications`), generated bookings (`bookings`, none unless asked) and generated
 * Culture Kids families (`cultureKidsChildren` per cohort, none unless asked; the full demo 6,000).
 */
export type SeedOption = boolean | { applications?: number; seed?: number; bookings?: number; cultureKidsChildren?: number; /** The full demo's sizes for what is not given. */ demo?: boolean };

/** A season big enough for the calendars and the queue, small enough to keep a demo start quick. */
export const DEMO_BOOKINGS = 3000;

export interface SeedCounts extends BerthSeedCounts {
  bookings: BookingSeedCounts;
  cultureKids: CultureKidsSeedCounts;
  kiosk: KioskSeedCounts;
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
  const full = option === true || option.demo === true;
  const { bookings = full ? DEMO_BOOKINGS : 0, cultureKidsChildren = full ? DEMO_CHILDREN_PER_COHORT : 0, demo: _demo, ...cases } = option === true ? {} : option;
  const counts = await seedBerths(db, cases);
  const bookingCounts = await seedBookings(db, { count: bookings, seed: cases.seed ?? 7, now: new Date() });
  const cultureKids = await seedCultureKids(db, { childrenPerCohort: cultureKidsChildren, seed: cases.seed ?? 7, now: new Date() });
  const kiosk = await seedKiosk(db, new Date());
  await seedDemoUsers(db);
  // Fresh statistics, or the planner guesses the feed is tiny and sorts it instead of walking seq.
  await db.exec('ANALYZE');
  return { ...counts, bookings: bookingCounts, cultureKids, kiosk };
}
