import type { Enrolment, Event, FreeSpotSubscription, Occurrence } from './entities.ts';
import { occurrenceCapacity, seatsTaken } from './capacity.ts';

/**
 * The counts of an occurrence the lists and reports show (issue 8, 10): capacity, seats taken,
 * enrolments, attended, no-shows, cancellations (by kind) and the queue. They read statuses only,
 * never names, so an erased child's enrolments count as they did before.
 */
export interface OccurrenceCounts {
  capacity: number;
  seatsTaken: number;
  enrolled: number;
  attended: number;
  noShow: number;
  cancelled: number;
  /** Cancellations that were moves to another occurrence: not lost participations. */
  moved: number;
  queued: number;
}

export function occurrenceCounts(event: Event, occurrence: Occurrence, enrolments: readonly Enrolment[], subscriptions: readonly FreeSpotSubscription[]): OccurrenceCounts {
  const own = enrolments.filter((e) => e.occurrenceId === occurrence.id);
  const count = (status: Enrolment['status']) => own.filter((e) => e.status === status).length;
  return {
    capacity: occurrenceCapacity(event, occurrence),
    seatsTaken: seatsTaken(event, own),
    enrolled: count('enrolled'),
    attended: count('attended'),
    noShow: count('no_show'),
    cancelled: count('cancelled'),
    moved: own.filter((e) => e.cancelKind === 'moved').length,
    queued: subscriptions.filter((s) => s.occurrenceId === occurrence.id).length,
  };
}
