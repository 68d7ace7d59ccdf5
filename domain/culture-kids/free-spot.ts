import type { Enrolment, Event, FreeSpotSubscription, Guardian, Occurrence } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { holdsSeat, remainingSeats } from './capacity.ts';

/**
 * The free-spot queue. A child may wait only on a full occurrence, only once, and only when it is
 * not enrolled in the event already. Kukkuu told every waiting family at once and dropped the
 * queue, so families raced for one seat; here the queue keeps its order: as many families are told
 * as there are free seats, and when a told family has not taken its seat within the hold time the
 * next ones are told. Enrolling clears the child's places in the queues of that event (and of its
 * group); a family that unsubscribes from everything leaves every queue.
 */
export const FREE_SPOT_HOLD_HOURS = 12;

export interface QueueFacts {
  event: Event;
  occurrence: Occurrence;
  occurrenceEnrolments: readonly Enrolment[];
  childEnrolments: readonly Enrolment[];
  childSubscriptions: readonly FreeSpotSubscription[];
}

export function subscribeRefusal(f: QueueFacts, childId: string, now: string): Refusal | null {
  if (f.event.publishedAt === null) return { code: 'ck_event_not_published', message: `The event ${f.event.id} is not published.` };
  if (f.occurrence.cancelledAt !== null) return { code: 'ck_occurrence_cancelled', message: `The occurrence ${f.occurrence.id} was cancelled.` };
  if (Date.parse(f.occurrence.startsAt) <= Date.parse(now)) return { code: 'ck_occurrence_past', message: `The occurrence ${f.occurrence.id} began at ${f.occurrence.startsAt}.` };
  if (f.childEnrolments.some((e) => holdsSeat(e) && e.eventId === f.event.id)) return { code: 'ck_free_spot_enrolled', message: `The child ${childId} is already enrolled in the event ${f.event.id}.` };
  if (f.childSubscriptions.some((s) => s.occurrenceId === f.occurrence.id)) return { code: 'ck_free_spot_already_subscribed', message: `The child ${childId} already waits for a free spot on ${f.occurrence.id}.` };
  if (remainingSeats(f.event, f.occurrence, f.occurrenceEnrolments) > 0) return { code: 'ck_free_spot_not_full', message: `The occurrence ${f.occurrence.id} has free seats: enrol instead.` };
  return null;
}

/** The subscriptions an enrolment in this event clears: the child's, for the event and its group. */
export function subscriptionsClearedByEnrolment(subs: readonly FreeSpotSubscription[], childId: string, eventIdsOfGroup: readonly string[]): FreeSpotSubscription[] {
  return subs.filter((s) => s.childId === childId && eventIdsOfGroup.includes(s.eventId));
}

/**
 * Whom to tell now that seats may be free (a cancellation, a raised capacity, a changed
 * occurrence): the next waiting subscriptions in queue order, one per free seat not held for a
 * family told within the hold time. Nothing for an unpublished event or a begun occurrence, and
 * never a child whose guardians are all deactivated.
 */
export function dueFreeSpotNotices(
  event: Event,
  occurrence: Occurrence,
  occurrenceEnrolments: readonly Enrolment[],
  subs: readonly FreeSpotSubscription[],
  activeChildIds: ReadonlySet<string>,
  now: string,
): FreeSpotSubscription[] {
  const nowMs = Date.parse(now);
  if (event.publishedAt === null || occurrence.cancelledAt !== null || Date.parse(occurrence.startsAt) <= nowMs) return [];
  const queue = subs.filter((s) => s.occurrenceId === occurrence.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const held = queue.filter((s) => s.notifiedAt !== null && nowMs - Date.parse(s.notifiedAt) < FREE_SPOT_HOLD_HOURS * 3_600_000).length;
  const free = remainingSeats(event, occurrence, occurrenceEnrolments) - held;
  if (free <= 0) return [];
  return queue.filter((s) => s.notifiedAt === null && activeChildIds.has(s.childId)).slice(0, free);
}

/** The children with at least one active guardian: only they are told of anything. */
export function childrenWithActiveGuardian(guardianships: readonly { childId: string; guardianId: string }[], guardians: readonly Pick<Guardian, 'guardianId' | 'active'>[]): Set<string> {
  const active = new Set(guardians.filter((g) => g.active).map((g) => g.guardianId));
  return new Set(guardianships.filter((l) => active.has(l.guardianId)).map((l) => l.childId));
}
