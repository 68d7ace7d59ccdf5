import type { Venue } from './entities.ts';

/**
 * Venues belong to one cohort; a new cohort starts from the previous one's (issue 8, 1), as
 * kukkuu's staff recreated them by hand each year. The copies remember where they came from, and
 * the caller gives the new ids (the desk and the central derive the same ones from the command).
 */
export function copyVenues(from: readonly Venue[], toCohortId: string, newId: (source: Venue) => string): Venue[] {
  return from.filter((v) => v.cohortId !== toCohortId).map((v) => ({ ...v, id: newId(v), cohortId: toCohortId, copiedFromVenueId: v.id }));
}
