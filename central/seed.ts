import { createHash } from 'node:crypto';
import { wrapPglite, type Db } from './db/db.ts';
import type { TemplateStage } from './db/memory-template.ts';
import { MIGRATED_TEMPLATE } from './db/migrate.ts';
import { numberChanges } from './sync/feed.ts';
import { helsinkiDate } from '../domain/berths/seasons.ts';
import { DEMO_USERS, seedDemoUsers } from './auth/users.ts';
import { berthReferenceRecords, loadBerthReference, seedBerths, type BerthSeedCounts } from './berths/seed/seed-berths.ts';
import { seedBookings, type BookingSeedCounts } from './bookings/seed/seed-bookings.ts';
import { DEMO_CHILDREN_PER_COHORT, seedCultureKids, type CultureKidsSeedCounts } from './culture-kids/seed/seed-culture-kids.ts';
import { seedAssist, type AssistSeedCounts } from './assist/seed/seed-assist.ts';
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
  assist: AssistSeedCounts;
  kiosk: KioskSeedCounts;
}

/**
 * An in-memory central's template beyond the migrations: the berth reference data and the demo
 * users, which every seed puts first and which cost a test central's start over a second. Named
 * for the migrations and for the records themselves (a winter place's price is today's), so a
 * change to either builds a new one. `seedIfEmpty(…, { referenceTemplate: true })` adds the rest.
 */
export function referenceTemplate(now = new Date()): TemplateStage {
  // One per Helsinki day and process: naming it hashes every reference record, and a Vitest
  // worker starts many centrals.
  const day = helsinkiDate(now);
  const known = referenceTemplates.get(day);
  if (known) return known;
  const stage = makeReferenceTemplate(now);
  referenceTemplates.set(day, stage);
  return stage;
}

const referenceTemplates = new Map<string, TemplateStage>();

function makeReferenceTemplate(now: Date): TemplateStage {
  const records = berthReferenceRecords(now);
  const digest = createHash('sha256').update(MIGRATED_TEMPLATE.key).update(JSON.stringify(records)).update(JSON.stringify(DEMO_USERS)).digest('hex');
  return {
    key: `reference-${digest.slice(0, 16)}`,
    prepare: async (pglite) => {
      await MIGRATED_TEMPLATE.prepare(pglite);
      const db = wrapPglite(pglite);
      await db.transaction(async (tx) => {
        await loadBerthReference(tx, now);
        await numberChanges(tx);
      });
      await seedDemoUsers(db);
    },
  };
}

/**
 * Demo data on first start: staff users, the real reference data and generated cases. Runs only
 * on an empty database (no users), so restarting never duplicates anything. Bookings are dated
 * around the seed time: the handling queue from today on is never empty in a demo.
 * `from.referenceTemplate`: the database was opened from `referenceTemplate()`, so its berth
 * reference data and users are there and nothing else is.
 */
export async function seedIfEmpty(db: Db, option: SeedOption, from: { referenceTemplate?: boolean } = {}): Promise<SeedCounts | null> {
  if (option === false) return null;
  const users = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if ((users.rows[0]?.n ?? 0) > 0 && !from.referenceTemplate) return null;
  const full = option === true || option.demo === true;
  const { bookings = full ? DEMO_BOOKINGS : 0, cultureKidsChildren = full ? DEMO_CHILDREN_PER_COHORT : 0, demo: _demo, ...cases } = option === true ? {} : option;
  const counts = await seedBerths(db, cases, new Date(), { referencePresent: from.referenceTemplate === true });
  const bookingCounts = await seedBookings(db, { count: bookings, seed: cases.seed ?? 7, now: new Date() });
  const cultureKids = await seedCultureKids(db, { childrenPerCohort: cultureKidsChildren, seed: cases.seed ?? 7, now: new Date() });
  const assist = await seedAssist(db, { seed: cases.seed ?? 7, now: new Date() });
  const kiosk = await seedKiosk(db, new Date());
  if (!from.referenceTemplate) await seedDemoUsers(db);
  // Fresh statistics, or the planner guesses the feed is tiny and sorts it instead of walking seq.
  await db.exec('ANALYZE');
  return { ...counts, bookings: bookingCounts, cultureKids, assist, kiosk };
}
