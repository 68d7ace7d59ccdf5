import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Child, Cohort, Enrolment, Event, EventGroup, FreeSpotSubscription, Occurrence, TicketCode } from './entities.ts';
import { cancellationRefusal } from './cancellation.ts';
import { accept, notFound, refuse, stale, utc, type CultureKidsDecision, type CultureKidsDelete, type CultureKidsNotice, type CultureKidsPut } from './decide-result.ts';
import { enrolmentRefusal } from './enrolment-rules.ts';
import { dueFreeSpotNotices, subscriptionsClearedByEnrolment } from './free-spot.ts';
import { countsForYear } from './yearly-limit.ts';

/**
 * Enrolling, cancelling and moving on a family's behalf (issue 8, 3): staff only, each with a
 * reason kept on the enrolment. The central runs these under row locks on the occurrence, so two
 * administrators filling the last seat cannot both win.
 */

/** Where the child would go, loaded by the caller. */
export interface EnrolTarget {
  cohort: Cohort | null;
  event: Event | null;
  group: EventGroup | null;
  occurrence: Occurrence | null;
  /** Every enrolment of the occurrence, any status. */
  occurrenceEnrolments: readonly Enrolment[];
  /** External events: the free codes, in the order they were imported (the first is handed out). */
  freeCodes: readonly Versioned<TicketCode>[];
  /** The ids of the events of the target's group (the event alone when it has none). */
  groupEventIds: readonly string[];
}

export interface EnrolState extends EnrolTarget {
  child: Child | null;
  childEnrolments: readonly Enrolment[];
  childSubscriptions: readonly FreeSpotSubscription[];
}

interface NewEnrolment {
  puts: CultureKidsPut[];
  deletes: CultureKidsDelete[];
  enrolment: Enrolment;
}

/** The rows of a new enrolment (checks already passed): the enrolment, a code, the cleared queue places. */
function newEnrolment(s: EnrolState & { child: Child; event: Event }, enrolmentId: string, reason: string, ctx: CommandContext): NewEnrolment {
  const at = utc(ctx.now);
  const code = s.event.ticketingMode === 'external' ? s.freeCodes[0]! : null;
  const enrolment: Enrolment = {
    id: enrolmentId,
    cohortId: s.child.cohortId,
    childId: s.child.id,
    familyId: s.child.familyId,
    eventId: s.event.id,
    eventGroupId: s.event.eventGroupId,
    occurrenceId: s.occurrence?.id ?? null,
    ticketCodeId: code?.record.id ?? null,
    countsForYear: countsForYear(s.event, s.occurrence),
    status: 'enrolled',
    createdAt: at,
    enrolledBy: 'staff',
    staffActorId: ctx.actor.id,
    staffReason: reason,
    cancelledAt: null,
    cancelKind: null,
    cancelledBy: null,
    cancelReason: null,
    movedToEnrolmentId: null,
    attendanceMarkedAt: null,
    attendanceMarkedBy: null,
  };
  const puts: CultureKidsPut[] = [{ entity: 'ck_enrolment', record: enrolment, version: 1 }];
  if (code) puts.push({ entity: 'ck_ticket_code', record: { ...code.record, childId: s.child.id, assignedAt: at }, version: code.version + 1 });
  const deletes = subscriptionsClearedByEnrolment(s.childSubscriptions, s.child.id, s.groupEventIds).map((x): CultureKidsDelete => ({ entity: 'ck_free_spot_subscription', id: x.id }));
  return { puts, deletes, enrolment };
}

export function decideEnrol(s: EnrolState, p: CultureKidsCommandPayload<'cultureKids.enrol'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.child) return notFound(`The child ${p.childId}`);
  if (!s.event || !s.cohort) return notFound(`The event ${p.eventId}`);
  if (p.occurrenceId !== null && !s.occurrence) return notFound(`The occurrence ${p.occurrenceId}`);
  const refusal = enrolmentRefusal({ ...s, child: s.child, cohort: s.cohort, event: s.event, freeCodes: s.freeCodes.length }, ctx.now);
  if (refusal) return refuse(refusal, refusal.code === 'ck_occurrence_full' || refusal.code === 'ck_ticket_codes_run_out' ? 'conflict' : 'rejected');
  const made = newEnrolment({ ...s, child: s.child, event: s.event }, p.enrolmentId, p.reason, ctx);
  return accept(made.puts, made.deletes, [{ kind: 'enrolment_confirmed', enrolmentId: p.enrolmentId }]);
}

/** The queue of the occurrence a seat was freed on, and who of it may be told. */
export interface FreedSeatState {
  event: Event;
  occurrence: Occurrence;
  occurrenceEnrolments: readonly Enrolment[];
  subscriptions: readonly Versioned<FreeSpotSubscription>[];
  activeChildIds: ReadonlySet<string>;
}

/** After a seat was freed: the subscriptions to tell, marked told, and their notices. */
function freeSpotEffects(f: FreedSeatState, freed: Enrolment, ctx: CommandContext): { puts: CultureKidsPut[]; notices: CultureKidsNotice[] } {
  const enrolments = f.occurrenceEnrolments.map((e) => (e.id === freed.id ? freed : e));
  const due = dueFreeSpotNotices(f.event, f.occurrence, enrolments, f.subscriptions.map((v) => v.record), f.activeChildIds, ctx.now);
  const byId = new Map(f.subscriptions.map((v) => [v.record.id, v]));
  return {
    puts: due.map((sub): CultureKidsPut => ({ entity: 'ck_free_spot_subscription', record: { ...sub, notifiedAt: utc(ctx.now) }, version: byId.get(sub.id)!.version + 1 })),
    notices: due.map((sub): CultureKidsNotice => ({ kind: 'free_spot', subscriptionId: sub.id, occurrenceId: f.occurrence.id })),
  };
}

export interface CancelState {
  enrolment: Versioned<Enrolment> | null;
  /** The enrolment's occurrence and its queue; null for an external event's code. */
  freed: FreedSeatState | null;
}

function cancelled(e: Enrolment, kind: 'staff' | 'moved', reason: string, ctx: CommandContext, movedTo: string | null = null): Enrolment {
  return { ...e, status: 'cancelled', cancelledAt: utc(ctx.now), cancelKind: kind, cancelledBy: ctx.actor.id, cancelReason: reason, movedToEnrolmentId: movedTo };
}

export function decideCancelEnrolment(s: CancelState, p: CultureKidsCommandPayload<'cultureKids.cancelEnrolment'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.enrolment) return notFound(`The enrolment ${p.enrolmentId}`);
  const outdated = stale(`The enrolment ${p.enrolmentId}`, s.enrolment.version, ctx.baseVersion);
  if (outdated) return outdated;
  const refusal = cancellationRefusal(s.enrolment.record, s.freed?.occurrence ?? null, 'staff', ctx.now);
  if (refusal) return refuse(refusal);
  const next = cancelled(s.enrolment.record, 'staff', p.reason, ctx);
  const effects = s.freed ? freeSpotEffects(s.freed, next, ctx) : { puts: [], notices: [] };
  return accept([{ entity: 'ck_enrolment', record: next, version: s.enrolment.version + 1 }, ...effects.puts], [], [{ kind: 'enrolment_cancelled', enrolmentId: next.id }, ...effects.notices]);
}

export interface MoveState extends CancelState {
  child: Child | null;
  childEnrolments: readonly Enrolment[];
  childSubscriptions: readonly FreeSpotSubscription[];
  /** The occurrence moved to, with its event and group. */
  target: EnrolTarget;
}

/**
 * A move is a cancellation (kind "moved", pointing to its successor) and a new enrolment that
 * passes every enrolment check, the moved one not counting against the child.
 */
export function decideMoveEnrolment(s: MoveState, p: CultureKidsCommandPayload<'cultureKids.moveEnrolment'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.enrolment) return notFound(`The enrolment ${p.enrolmentId}`);
  const outdated = stale(`The enrolment ${p.enrolmentId}`, s.enrolment.version, ctx.baseVersion);
  if (outdated) return outdated;
  const old = s.enrolment.record;
  if (old.occurrenceId === p.toOccurrenceId) return refuse({ code: 'ck_move_same_occurrence', message: `The enrolment ${old.id} is already at ${p.toOccurrenceId}.` });
  const refusal = cancellationRefusal(old, s.freed?.occurrence ?? null, 'staff', ctx.now);
  if (refusal) return refuse(refusal);
  const t = s.target;
  if (!s.child) return notFound(`The child ${old.childId}`);
  if (!t.occurrence || !t.event || !t.cohort) return notFound(`The occurrence ${p.toOccurrenceId}`);
  const facts = { ...t, child: s.child, cohort: t.cohort, event: t.event, childEnrolments: s.childEnrolments, freeCodes: t.freeCodes.length, replacing: old.id };
  const ineligible = enrolmentRefusal(facts, ctx.now);
  if (ineligible) return refuse(ineligible, ineligible.code === 'ck_occurrence_full' ? 'conflict' : 'rejected');
  const made = newEnrolment({ ...t, child: s.child, event: t.event, childEnrolments: s.childEnrolments, childSubscriptions: s.childSubscriptions }, p.newEnrolmentId, p.reason, ctx);
  const gone = cancelled(old, 'moved', p.reason, ctx, p.newEnrolmentId);
  const effects = s.freed ? freeSpotEffects(s.freed, gone, ctx) : { puts: [], notices: [] };
  return accept(
    [{ entity: 'ck_enrolment', record: gone, version: s.enrolment.version + 1 }, ...made.puts, ...effects.puts],
    made.deletes,
    [{ kind: 'enrolment_moved', enrolmentId: p.newEnrolmentId }, ...effects.notices],
  );
}
