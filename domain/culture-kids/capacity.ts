import { helsinkiDateOf } from '../wall-clock.ts';
import type { Enrolment, Event, Occurrence } from './entities.ts';
import { DEFAULT_DURATION_MIN, SEAT_HOLDING_STATUSES } from './vocabulary.ts';

/**
 * Seats, their holders, and the times and years of occurrences: what the enrolment, queue and
 * check-in rules all read.
 */

export const holdsSeat = (e: Pick<Enrolment, 'status'>): boolean => SEAT_HOLDING_STATUSES.includes(e.status);

/** The occurrence's own capacity when it overrides the event's (0 closes it). */
export function occurrenceCapacity(event: Pick<Event, 'capacityPerOccurrence'>, occurrence: Pick<Occurrence, 'capacityOverride'>): number {
  return occurrence.capacityOverride ?? event.capacityPerOccurrence ?? 0;
}

/**
 * The seats the enrolments of one occurrence take: one per child, or for family tickets one per
 * family (siblings, in practice twins of one cohort, share their family's seat).
 */
export function seatsTaken(event: Pick<Event, 'ticketKind'>, enrolments: readonly Pick<Enrolment, 'status' | 'familyId'>[]): number {
  const holders = enrolments.filter(holdsSeat);
  return event.ticketKind === 'family' ? new Set(holders.map((e) => e.familyId)).size : holders.length;
}

/** Whether enrolling one more child of this family needs a seat of its own. */
export function needsNewSeat(event: Pick<Event, 'ticketKind'>, enrolments: readonly Pick<Enrolment, 'status' | 'familyId'>[], familyId: string): boolean {
  return event.ticketKind === 'child' || !enrolments.some((e) => holdsSeat(e) && e.familyId === familyId);
}

export function remainingSeats(event: Pick<Event, 'capacityPerOccurrence' | 'ticketKind'>, occurrence: Pick<Occurrence, 'capacityOverride'>, enrolments: readonly Pick<Enrolment, 'status' | 'familyId'>[]): number {
  return Math.max(occurrenceCapacity(event, occurrence) - seatsTaken(event, enrolments), 0);
}

/** When an occurrence ends, as milliseconds: its event's length, or the default. */
export function occurrenceEndMs(event: Pick<Event, 'durationMin'>, occurrence: Pick<Occurrence, 'startsAt'>): number {
  return Date.parse(occurrence.startsAt) + (event.durationMin ?? DEFAULT_DURATION_MIN) * 60_000;
}

/** The Helsinki calendar year of an instant. */
export const helsinkiYearOf = (iso: string): number => Number(helsinkiDateOf(Date.parse(iso)).slice(0, 4));
