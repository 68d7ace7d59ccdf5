import type { Db } from '../../db/db.ts';
import { numberChanges } from '../../sync/feed.ts';
import { loadRecords } from '../../sync/seed-load.ts';
import { cohortPrivateKey } from '../tickets.ts';
import { generateRegistry } from './generate-families.ts';
import { loadCultureKidsReferenceData } from './reference-data.ts';
import { seedProgram } from './seed-program.ts';

/** Kukkuu's registry size per cohort: about as many children as Helsinki has births a year. */
export const DEMO_CHILDREN_PER_COHORT = 6000;

export interface CultureKidsSeedCounts {
  cohorts: number;
  venues: number;
  events: number;
  occurrences: number;
  children: number;
  guardians: number;
}

/**
 * The Culture Kids demo in one transaction: the real cohorts and partner venues, a programme
 * around `now` with published events, each cohort's ticket key, and a generated registry of
 * `childrenPerCohort` children per cohort with their guardians (0: none).
 */
export async function seedCultureKids(db: Db, options: { childrenPerCohort: number; seed: number; now: Date }): Promise<CultureKidsSeedCounts> {
  const ref = loadCultureKidsReferenceData();
  const program = seedProgram(ref.cohorts, ref.venues, options.now);
  const registry = options.childrenPerCohort > 0 ? generateRegistry(ref, { seed: options.seed, childrenPerCohort: options.childrenPerCohort, now: options.now.toISOString() }) : { children: [], notes: [], guardians: [], contacts: [], guardianships: [] };
  await db.transaction(async (tx) => {
    await loadRecords(tx, 'ck_cohort', ref.cohorts);
    await loadRecords(tx, 'ck_venue', ref.venues);
    await loadRecords(tx, 'ck_event_group', program.groups);
    await loadRecords(tx, 'ck_event', program.events);
    await loadRecords(tx, 'ck_occurrence', program.occurrences);
    await loadRecords(tx, 'ck_child', registry.children);
    await loadRecords(tx, 'ck_child_notes', registry.notes);
    await loadRecords(tx, 'ck_guardian', registry.guardians);
    await loadRecords(tx, 'ck_guardian_contact', registry.contacts);
    await loadRecords(tx, 'ck_guardianship', registry.guardianships);
    for (const cohort of ref.cohorts) await cohortPrivateKey(tx, cohort.id, options.now);
    await numberChanges(tx);
  });
  return {
    cohorts: ref.cohorts.length,
    venues: ref.venues.length,
    events: program.events.length,
    occurrences: program.occurrences.length,
    children: registry.children.length,
    guardians: registry.guardians.length,
  };
}
