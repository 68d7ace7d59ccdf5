import type { Enrolment, Event, Occurrence } from './entities.ts';
import { helsinkiYearOf, holdsSeat } from './capacity.ts';

/**
 * The yearly limit as kukkuu counts it (brief culture-kids 4): a child takes part at most the
 * cohort's limit of times per calendar year. An enrolment counts in the Helsinki year of its
 * occurrence; an external event's code counts in the year the event was published (kukkuu's
 * documented approximation: the booking itself happens in the ticket system). Cancelled
 * enrolments do not count; attended and no-show ones do.
 */
export function countsForYear(event: Pick<Event, 'publishedAt'>, occurrence: Pick<Occurrence, 'startsAt'> | null): number {
  if (occurrence) return helsinkiYearOf(occurrence.startsAt);
  if (!event.publishedAt) throw new Error('An external event counts in the year it was published: it is not published.');
  return helsinkiYearOf(event.publishedAt);
}

/** The child's participations counted in that year, leaving out one enrolment (the one being moved). */
export function participationsInYear(childEnrolments: readonly Enrolment[], year: number, leaveOut: string | null = null): number {
  return childEnrolments.filter((e) => e.id !== leaveOut && holdsSeat(e) && e.countsForYear === year).length;
}
