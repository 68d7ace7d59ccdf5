import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Child, Enrolment, Event, FreeSpotSubscription, Guardian, Occurrence } from './entities.ts';
import { accept, notFound, refuse, utc, type CultureKidsDecision, type CultureKidsDelete } from './decide-result.ts';
import { subscribeRefusal } from './free-spot.ts';

/** Joining and leaving the free-spot queue on a family's behalf, and "unsubscribe from all". */
export interface SubscribeState {
  child: Child | null;
  event: Event | null;
  occurrence: Occurrence | null;
  occurrenceEnrolments: readonly Enrolment[];
  childEnrolments: readonly Enrolment[];
  childSubscriptions: readonly FreeSpotSubscription[];
  /** Whether any guardian of the child is active and may be told. */
  childHasActiveGuardian: boolean;
}

export function decideSubscribeFreeSpot(s: SubscribeState, p: CultureKidsCommandPayload<'cultureKids.subscribeFreeSpot'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.child) return notFound(`The child ${p.childId}`);
  if (!s.occurrence || !s.event) return notFound(`The occurrence ${p.occurrenceId}`);
  if (s.child.erasedAt !== null || !s.childHasActiveGuardian) return refuse({ code: 'ck_child_erased', message: `The child ${s.child.id} has no active guardian to tell of a free spot.` });
  if (s.child.cohortId !== s.event.cohortId) return refuse({ code: 'ck_wrong_cohort', message: `The child belongs to cohort ${s.child.cohortId}, the event to ${s.event.cohortId}.` });
  const refusal = subscribeRefusal({ ...s, event: s.event, occurrence: s.occurrence }, s.child.id, ctx.now);
  if (refusal) return refuse(refusal);
  const record: FreeSpotSubscription = { id: p.subscriptionId, cohortId: s.child.cohortId, childId: s.child.id, occurrenceId: s.occurrence.id, eventId: s.event.id, createdAt: utc(ctx.now), notifiedAt: null };
  return accept([{ entity: 'ck_free_spot_subscription', record, version: 1 }]);
}

export interface UnsubscribeState {
  childSubscriptions: readonly FreeSpotSubscription[];
}

export function decideUnsubscribeFreeSpot(s: UnsubscribeState, p: CultureKidsCommandPayload<'cultureKids.unsubscribeFreeSpot'>): CultureKidsDecision {
  const sub = s.childSubscriptions.find((x) => x.childId === p.childId && x.occurrenceId === p.occurrenceId);
  if (!sub) return refuse({ code: 'ck_free_spot_not_subscribed', message: `The child ${p.childId} does not wait for a free spot on ${p.occurrenceId}.` });
  return accept([], [{ entity: 'ck_free_spot_subscription', id: sub.id }]);
}

export interface UnsubscribeAllState {
  /** The guardian's row in every cohort where they have a child. */
  guardianRows: readonly Versioned<Guardian>[];
  /** The queue places of the guardian's children. */
  subscriptions: readonly FreeSpotSubscription[];
}

/** Every queue place of the guardian's children goes, and the guardian stops accepting communication. */
export function decideUnsubscribeAll(s: UnsubscribeAllState, p: CultureKidsCommandPayload<'cultureKids.unsubscribeAll'>): CultureKidsDecision {
  if (s.guardianRows.length === 0) return notFound(`The guardian ${p.guardianId}`);
  return accept(
    s.guardianRows.filter((g) => g.record.acceptsCommunication).map((g) => ({ entity: 'ck_guardian' as const, record: { ...g.record, acceptsCommunication: false }, version: g.version + 1 })),
    s.subscriptions.map((x): CultureKidsDelete => ({ entity: 'ck_free_spot_subscription', id: x.id })),
  );
}
