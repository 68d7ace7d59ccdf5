import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Cohort, Enrolment, Event, EventGroup, Occurrence } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { seatsTaken } from './capacity.ts';
import { accept, notFound, refuse, stale, type CultureKidsDecision } from './decide-result.ts';

/** Event groups ("choose one", culture-kids.manage_groups) and events (culture-kids.admin). */
export interface CreateEventGroupState {
  cohort: Cohort | null;
}

export function decideCreateEventGroup(s: CreateEventGroupState, p: CultureKidsCommandPayload<'cultureKids.createEventGroup'>): CultureKidsDecision {
  if (!s.cohort) return notFound(`The cohort ${p.cohortId}`);
  const { eventGroupId, cohortId, ...fields } = p;
  return accept([{ entity: 'ck_event_group', record: { ...fields, id: eventGroupId, cohortId, publishedAt: null }, version: 1 }]);
}

export interface UpdateEventGroupState {
  group: Versioned<EventGroup> | null;
}

export function decideUpdateEventGroup(s: UpdateEventGroupState, p: CultureKidsCommandPayload<'cultureKids.updateEventGroup'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.group) return notFound(`The event group ${p.eventGroupId}`);
  const outdated = stale(`The event group ${p.eventGroupId}`, s.group.version, ctx.baseVersion);
  if (outdated) return outdated;
  const { eventGroupId, ...fields } = p;
  const old = s.group.record;
  return accept([{ entity: 'ck_event_group', record: { ...fields, id: eventGroupId, cohortId: old.cohortId, publishedAt: old.publishedAt }, version: s.group.version + 1 }]);
}

/** The group an event is put in: of the event's cohort; a cohort without single events needs one. */
function groupRefusal(cohort: Cohort, groupId: string | null, group: EventGroup | null): Refusal | CultureKidsDecision | null {
  if (groupId === null) {
    return cohort.singleEventsAllowed ? null : { code: 'ck_single_events_disallowed', message: `The cohort ${cohort.year} publishes its events in groups only: choose a group.` };
  }
  if (!group) return notFound(`The event group ${groupId}`);
  if (group.cohortId !== cohort.id) return { code: 'ck_other_cohort', message: `The event group ${groupId} belongs to another cohort.` };
  return null;
}

const asDecision = (r: Refusal | CultureKidsDecision): CultureKidsDecision => ('ok' in r ? r : refuse(r));

export interface CreateEventState {
  cohort: Cohort | null;
  /** The group the payload names, if it exists. */
  group: EventGroup | null;
}

export function decideCreateEvent(s: CreateEventState, p: CultureKidsCommandPayload<'cultureKids.createEvent'>): CultureKidsDecision {
  if (!s.cohort) return notFound(`The cohort ${p.cohortId}`);
  const bad = groupRefusal(s.cohort, p.eventGroupId, s.group);
  if (bad) return asDecision(bad);
  const { eventId, cohortId, ...fields } = p;
  return accept([{ entity: 'ck_event', record: { ...fields, id: eventId, cohortId, ready: false, publishedAt: null }, version: 1 }]);
}

export interface UpdateEventState {
  cohort: Cohort | null;
  event: Versioned<Event> | null;
  group: EventGroup | null;
  /** The event's occurrences and their seat-holding enrolments: the capacity never drops below them. */
  occurrences: readonly Occurrence[];
  enrolments: readonly Enrolment[];
}

/**
 * Texts, image and capacity change freely; a published event keeps its group and its ticketing
 * (families hold seats or codes by it), and no occurrence ends up with fewer seats than taken.
 */
export function decideUpdateEvent(s: UpdateEventState, p: CultureKidsCommandPayload<'cultureKids.updateEvent'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.event || !s.cohort) return notFound(`The event ${p.eventId}`);
  const outdated = stale(`The event ${p.eventId}`, s.event.version, ctx.baseVersion);
  if (outdated) return outdated;
  const old = s.event.record;
  if (old.publishedAt !== null && (p.eventGroupId !== old.eventGroupId || p.ticketingMode !== old.ticketingMode || p.ticketSystem !== old.ticketSystem)) {
    return refuse({ code: 'ck_event_published_locked', message: `The event ${old.id} is published: its group and ticketing stay as they are.` });
  }
  const bad = groupRefusal(s.cohort, p.eventGroupId, s.group);
  if (bad) return asDecision(bad);
  const { eventId, ...fields } = p;
  const next: Event = { ...fields, id: eventId, cohortId: old.cohortId, ready: old.ready, publishedAt: old.publishedAt };
  if (next.ticketingMode === 'internal') {
    for (const o of s.occurrences.filter((x) => x.eventId === old.id && x.capacityOverride === null && x.cancelledAt === null)) {
      const taken = seatsTaken(next, s.enrolments.filter((e) => e.occurrenceId === o.id));
      if ((next.capacityPerOccurrence ?? 0) < taken) return refuse({ code: 'ck_capacity_below_enrolled', message: `The capacity ${next.capacityPerOccurrence} is below the ${taken} seats taken at ${o.startsAt}.` });
    }
  }
  return accept([{ entity: 'ck_event', record: next, version: s.event.version + 1 }]);
}

export interface SetEventReadyState {
  event: Versioned<Event> | null;
}

/** "Ready" lets a group be published with the event in it; a published event stays as it is. */
export function decideSetEventReady(s: SetEventReadyState, p: CultureKidsCommandPayload<'cultureKids.setEventReady'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.event) return notFound(`The event ${p.eventId}`);
  const outdated = stale(`The event ${p.eventId}`, s.event.version, ctx.baseVersion);
  if (outdated) return outdated;
  if (s.event.record.publishedAt !== null) return refuse({ code: 'ck_event_already_published', message: `The event ${p.eventId} was published at ${s.event.record.publishedAt}.` });
  return accept([{ entity: 'ck_event', record: { ...s.event.record, ready: p.ready }, version: s.event.version + 1 }]);
}
