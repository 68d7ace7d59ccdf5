import type { Cohort, Enrolment, Event, EventGroup, Occurrence } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { seatsTaken } from './capacity.ts';

/**
 * Publishing (brief culture-kids 2.1–2.3). A single event is published alone; an event of a group
 * is marked ready and published with its group, which may be published again when new ready
 * events join it. There is no unpublishing. Unlike kukkuu, an internal event with no occurrence
 * is not published: families would be invited to something they cannot enrol in.
 */
function completeness(event: Event, occurrences: readonly Occurrence[]): Refusal | null {
  const live = occurrences.filter((o) => o.eventId === event.id && o.cancelledAt === null);
  if (event.ticketingMode === 'internal' && live.length === 0) return { code: 'ck_event_has_no_occurrences', message: `The event ${event.id} has no occurrences to enrol in.` };
  if (event.name.fi.trim() === '' || event.description.fi.trim() === '') return { code: 'ck_event_incomplete', message: `The event ${event.id} needs its Finnish name and description.` };
  return null;
}

export function publishEventRefusal(cohort: Cohort, event: Event, occurrences: readonly Occurrence[]): Refusal | null {
  if (event.publishedAt !== null) return { code: 'ck_event_already_published', message: `The event ${event.id} was published at ${event.publishedAt}.` };
  if (event.eventGroupId !== null) return { code: 'ck_event_in_group', message: `The event ${event.id} belongs to the group ${event.eventGroupId}: publish the group.` };
  if (!cohort.singleEventsAllowed) return { code: 'ck_single_events_disallowed', message: `The cohort ${cohort.year} publishes its events in groups only.` };
  return completeness(event, occurrences);
}

export type GroupStatus = 'empty' | 'not_ready' | 'ready_for_first_publish' | 'ready_for_republish' | 'all_published';

/** The admin UI's derived status of a group (brief 3, screen 3). */
export function groupStatus(group: EventGroup, events: readonly Event[]): GroupStatus {
  const own = events.filter((e) => e.eventGroupId === group.id);
  if (own.length === 0) return 'empty';
  const unpublished = own.filter((e) => e.publishedAt === null);
  if (unpublished.length === 0) return 'all_published';
  if (unpublished.some((e) => !e.ready)) return 'not_ready';
  return group.publishedAt === null ? 'ready_for_first_publish' : 'ready_for_republish';
}

/** Publishing a group publishes its unpublished events, all of which must be ready and complete. */
export function publishGroupRefusal(group: EventGroup, events: readonly Event[], occurrences: readonly Occurrence[]): Refusal | null {
  const status = groupStatus(group, events);
  if (status === 'empty') return { code: 'ck_group_empty', message: `The group ${group.id} has no events.` };
  if (status === 'all_published') return { code: 'ck_group_already_published', message: `The group ${group.id} and all its events are published.` };
  if (status === 'not_ready') return { code: 'ck_group_not_ready', message: `Every unpublished event of the group ${group.id} must be marked ready first.` };
  for (const e of events.filter((x) => x.eventGroupId === group.id && x.publishedAt === null)) {
    const problem = completeness(e, occurrences);
    if (problem) return problem;
  }
  return null;
}

/** A change to an occurrence, as the edit form sends it. */
export interface OccurrenceChange {
  startsAt?: string;
  venueId?: string;
  capacityOverride?: number | null;
  /** The person saw that the enrolled families will be told of a new time or place. */
  noticeAcknowledged: boolean;
}

/**
 * The guard on published occurrences (kukkuu locked time and venue in the UI; staff deleted and
 * recreated instead, which emailed families twice). A begun occurrence does not change. A new
 * time or venue of a published occurrence with enrolments needs the acknowledged notice, and the
 * capacity never drops below the seats already taken.
 */
export function occurrenceChangeRefusal(event: Event, occurrence: Occurrence, enrolments: readonly Enrolment[], change: OccurrenceChange, now: string): Refusal | null {
  if (Date.parse(occurrence.startsAt) <= Date.parse(now)) return { code: 'ck_occurrence_change_past', message: `The occurrence ${occurrence.id} began at ${occurrence.startsAt}.` };
  const taken = seatsTaken(event, enrolments.filter((e) => e.occurrenceId === occurrence.id));
  const moved = (change.startsAt !== undefined && change.startsAt !== occurrence.startsAt) || (change.venueId !== undefined && change.venueId !== occurrence.venueId);
  if (moved && event.publishedAt !== null && taken > 0 && !change.noticeAcknowledged) {
    return { code: 'ck_occurrence_change_needs_notice', message: `${taken} enrolled families will be told of the new time or place: confirm the change.` };
  }
  if (change.capacityOverride !== undefined) {
    const capacity = change.capacityOverride ?? event.capacityPerOccurrence ?? 0;
    if (capacity < taken) return { code: 'ck_capacity_below_enrolled', message: `The capacity ${capacity} is below the ${taken} seats already taken.` };
  }
  return null;
}
