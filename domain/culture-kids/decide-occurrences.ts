import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Enrolment, Event, FreeSpotSubscription, Occurrence, Venue } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { helsinkiYearOf, holdsSeat } from './capacity.ts';
import { accept, notFound, refuse, stale, utc, type CultureKidsDecision, type CultureKidsNotice, type CultureKidsPut } from './decide-result.ts';
import { dueFreeSpotNotices } from './free-spot.ts';
import { occurrenceChangeRefusal } from './publishing.ts';

/** Where and when an occurrence may be: a venue of the event's cohort, in the event's one calendar year, not begun. */
function placementRefusal(event: Event, venue: Venue | null, venueId: string, startsAt: string, siblings: readonly Occurrence[], self: string, now: string): Refusal | CultureKidsDecision | null {
  if (!venue) return notFound(`The venue ${venueId}`);
  if (venue.cohortId !== event.cohortId) return { code: 'ck_other_cohort', message: `The venue ${venueId} belongs to another cohort than the event ${event.id}.` };
  if (Date.parse(startsAt) <= Date.parse(now)) return { code: 'ck_occurrence_past', message: `The time ${startsAt} has passed.` };
  const year = helsinkiYearOf(startsAt);
  const other = siblings.find((o) => o.eventId === event.id && o.id !== self && helsinkiYearOf(o.startsAt) !== year);
  if (other) return { code: 'ck_occurrence_year_mismatch', message: `The event's occurrences are in ${helsinkiYearOf(other.startsAt)}: all of them are in one calendar year.` };
  return null;
}

const asDecision = (r: Refusal | CultureKidsDecision): CultureKidsDecision => ('ok' in r ? r : refuse(r));

export interface CreateOccurrenceState {
  event: Event | null;
  venue: Venue | null;
  /** The event's other occurrences. */
  siblings: readonly Occurrence[];
}

export function decideCreateOccurrence(s: CreateOccurrenceState, p: CultureKidsCommandPayload<'cultureKids.createOccurrence'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.event) return notFound(`The event ${p.eventId}`);
  const bad = placementRefusal(s.event, s.venue, p.venueId, p.startsAt, s.siblings, p.occurrenceId, ctx.now);
  if (bad) return asDecision(bad);
  const record: Occurrence = { id: p.occurrenceId, cohortId: s.event.cohortId, eventId: s.event.id, venueId: p.venueId, startsAt: utc(p.startsAt), capacityOverride: p.capacityOverride, language: p.language, cancelledAt: null };
  return accept([{ entity: 'ck_occurrence', record, version: 1 }]);
}

export interface UpdateOccurrenceState {
  occurrence: Versioned<Occurrence> | null;
  event: Event | null;
  venue: Venue | null;
  siblings: readonly Occurrence[];
  /** The occurrence's enrolments. */
  enrolments: readonly Enrolment[];
  /** Its free-spot queue, and the children with an active guardian: a raised capacity tells the next in line. */
  subscriptions: readonly Versioned<FreeSpotSubscription>[];
  activeChildIds: ReadonlySet<string>;
}

/**
 * Guarded once published (publishing.ts): a new time or venue with enrolments needs the
 * acknowledged notice and tells the families; a raised capacity tells the free-spot queue.
 */
export function decideUpdateOccurrence(s: UpdateOccurrenceState, p: CultureKidsCommandPayload<'cultureKids.updateOccurrence'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.occurrence || !s.event) return notFound(`The occurrence ${p.occurrenceId}`);
  const outdated = stale(`The occurrence ${p.occurrenceId}`, s.occurrence.version, ctx.baseVersion);
  if (outdated) return outdated;
  const old = s.occurrence.record;
  if (old.cancelledAt !== null) return refuse({ code: 'ck_occurrence_cancelled', message: `The occurrence ${old.id} was cancelled at ${old.cancelledAt}.` });
  const startsAt = utc(p.startsAt);
  const guard = occurrenceChangeRefusal(s.event, old, s.enrolments, { startsAt, venueId: p.venueId, capacityOverride: p.capacityOverride, noticeAcknowledged: p.noticeAcknowledged }, ctx.now);
  if (guard) return refuse(guard);
  if (startsAt !== old.startsAt || p.venueId !== old.venueId) {
    const bad = placementRefusal(s.event, s.venue, p.venueId, startsAt, s.siblings, old.id, ctx.now);
    if (bad) return asDecision(bad);
  }
  const next: Occurrence = { ...old, venueId: p.venueId, startsAt, capacityOverride: p.capacityOverride, language: p.language };
  const held = s.enrolments.filter((e) => e.occurrenceId === old.id && holdsSeat(e));
  const notices: CultureKidsNotice[] = [];
  const moved = startsAt !== old.startsAt || p.venueId !== old.venueId;
  if (moved && s.event.publishedAt !== null && held.length > 0) notices.push({ kind: 'occurrence_changed', occurrenceId: old.id });
  const due = dueFreeSpotNotices(s.event, next, s.enrolments, s.subscriptions.map((x) => x.record), s.activeChildIds, ctx.now);
  const version = new Map(s.subscriptions.map((x) => [x.record.id, x.version]));
  const told: CultureKidsPut[] = due.map((sub) => ({ entity: 'ck_free_spot_subscription', record: { ...sub, notifiedAt: utc(ctx.now) }, version: (version.get(sub.id) ?? 0) + 1 }));
  notices.push(...due.map((sub): CultureKidsNotice => ({ kind: 'free_spot', subscriptionId: sub.id, occurrenceId: old.id })));
  return accept([{ entity: 'ck_occurrence', record: next, version: s.occurrence.version + 1 }, ...told], [], notices);
}

export interface CancelOccurrenceState {
  occurrence: Versioned<Occurrence> | null;
  /** The occurrence's enrolments and free-spot queue. */
  enrolments: readonly Versioned<Enrolment>[];
  subscriptions: readonly FreeSpotSubscription[];
}

/**
 * Staff cancel an occurrence: the row stays (cancelledAt), its active enrolments are cancelled with
 * it (kind occurrence_cancelled, so statistics tell it from a family's change of plans), its queue
 * is dropped, and the families are told.
 */
export function decideCancelOccurrence(s: CancelOccurrenceState, p: CultureKidsCommandPayload<'cultureKids.cancelOccurrence'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.occurrence) return notFound(`The occurrence ${p.occurrenceId}`);
  const outdated = stale(`The occurrence ${p.occurrenceId}`, s.occurrence.version, ctx.baseVersion);
  if (outdated) return outdated;
  const o = s.occurrence.record;
  if (o.cancelledAt !== null) return refuse({ code: 'ck_occurrence_cancelled', message: `The occurrence ${o.id} was cancelled at ${o.cancelledAt}.` });
  if (Date.parse(o.startsAt) <= Date.parse(ctx.now)) return refuse({ code: 'ck_occurrence_change_past', message: `The occurrence ${o.id} began at ${o.startsAt}.` });
  const at = utc(ctx.now);
  const active = s.enrolments.filter((e) => e.record.occurrenceId === o.id && e.record.status === 'enrolled');
  const puts: CultureKidsPut[] = [
    { entity: 'ck_occurrence', record: { ...o, cancelledAt: at }, version: s.occurrence.version + 1 },
    ...active.map((e): CultureKidsPut => ({
      entity: 'ck_enrolment',
      record: { ...e.record, status: 'cancelled', cancelledAt: at, cancelKind: 'occurrence_cancelled', cancelledBy: ctx.actor.id, cancelReason: p.reason },
      version: e.version + 1,
    })),
  ];
  const deletes = s.subscriptions.filter((x) => x.occurrenceId === o.id).map((x) => ({ entity: 'ck_free_spot_subscription' as const, id: x.id }));
  return accept(puts, deletes, active.length > 0 ? [{ kind: 'occurrence_cancelled', occurrenceId: o.id }] : []);
}
