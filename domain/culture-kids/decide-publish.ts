import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Cohort, Event, EventGroup, Occurrence } from './entities.ts';
import { accept, notFound, refuse, stale, utc, type CultureKidsDecision } from './decide-result.ts';
import { publishEventRefusal, publishGroupRefusal } from './publishing.ts';

/**
 * Publishing is a central command (online only): it sends invitations through the notification
 * outbox to the cohort's consenting, active guardians, so it is never replayed from an offline queue.
 */
export interface PublishEventState {
  cohort: Cohort | null;
  event: Versioned<Event> | null;
  occurrences: readonly Occurrence[];
}

export function decidePublishEvent(s: PublishEventState, p: CultureKidsCommandPayload<'cultureKids.publishEvent'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.event || !s.cohort) return notFound(`The event ${p.eventId}`);
  const outdated = stale(`The event ${p.eventId}`, s.event.version, ctx.baseVersion);
  if (outdated) return outdated;
  const refusal = publishEventRefusal(s.cohort, s.event.record, s.occurrences);
  if (refusal) return refuse(refusal);
  const record: Event = { ...s.event.record, publishedAt: utc(ctx.now) };
  return accept([{ entity: 'ck_event', record, version: s.event.version + 1 }], [], [{ kind: 'event_published', eventId: record.id, cohortId: record.cohortId }]);
}

export interface PublishGroupState {
  group: Versioned<EventGroup> | null;
  events: readonly Versioned<Event>[];
  occurrences: readonly Occurrence[];
}

/** First publish or republish: the group's unpublished (ready) events are published with it, and one invitation goes out. */
export function decidePublishGroup(s: PublishGroupState, p: CultureKidsCommandPayload<'cultureKids.publishGroup'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.group) return notFound(`The event group ${p.eventGroupId}`);
  const outdated = stale(`The event group ${p.eventGroupId}`, s.group.version, ctx.baseVersion);
  if (outdated) return outdated;
  const refusal = publishGroupRefusal(s.group.record, s.events.map((e) => e.record), s.occurrences);
  if (refusal) return refuse(refusal);
  const at = utc(ctx.now);
  const group = s.group.record;
  return accept(
    [
      { entity: 'ck_event_group', record: { ...group, publishedAt: group.publishedAt ?? at }, version: s.group.version + 1 },
      ...s.events.filter((e) => e.record.eventGroupId === group.id && e.record.publishedAt === null).map((e) => ({ entity: 'ck_event' as const, record: { ...e.record, publishedAt: at }, version: e.version + 1 })),
    ],
    [],
    [{ kind: 'event_group_published', eventGroupId: group.id, cohortId: group.cohortId }],
  );
}
