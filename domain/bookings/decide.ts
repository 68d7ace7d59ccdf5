import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { ReservationState, ReservationTiming } from './vocabulary.ts';
import type { DenyReason, Reservation } from './entities.ts';
import type { BookingCommandPayload, BookingCommandType } from './commands.ts';
import { finalPriceProblem, isPaid, OPEN_ORDER_STATUSES, paymentOnApproval, withFinalPrice } from './pricing.ts';
import { handlerActionRefusal, type HandlerAction } from './transitions.ts';
import { notTheirs, reject, staleVersion, transitionPuts, utc, type BookingDecision } from './decide-result.ts';
import { releasedPayment } from './decide-payment.ts';
import { decideCreateStaffReservation, type StaffReservationState } from './decide-staff-reservation.ts';
import { decideCreateSeries, type SeriesState } from './decide-series.ts';
import { decideEndSeries, type EndSeriesState } from './decide-end-series.ts';
import { decideRescheduleSeries, type RescheduleSeriesState } from './decide-reschedule-series.ts';
import { decideSetPrices, decideSetUnitRules, type ReservationUnitState } from './decide-reservation-unit.ts';
import { decideRequestReservation, type ReservationRequestState } from './decide-request.ts';

export type { BookingDecision, BookingPut } from './decide-result.ts';
export type { StaffReservationState } from './decide-staff-reservation.ts';
export type { SeriesState } from './decide-series.ts';
export type { EndSeriesState } from './decide-end-series.ts';
export type { RescheduleSeriesState } from './decide-reschedule-series.ts';
export type { ReservationUnitState } from './decide-reservation-unit.ts';
export type { ReservationRequestState } from './decide-request.ts';

/**
 * The deciders of the bookings commands, run by the central under row locks and by the client on
 * its cache (docs/decisions.md 3). Each takes the loaded rows, the payload and the context and
 * answers the rows to write, or a refusal with a stable code. The handler's actions on one
 * reservation live here; staff bookings and series in decide-staff-reservation.ts,
 * decide-series.ts and decide-end-series.ts.
 */

/** The conflict rule's answer; `checkSlot` of conflicts.ts answers in this shape. */
export interface SlotAnswer {
  free: boolean;
  /** The bookings in the way (and why), for the handler to see. */
  blockers: readonly { reservationId: string }[];
}

/**
 * The conflict rule, injected by the caller, who closes it over the related units' bookings: is
 * this reservation's time free? (The reservation itself never blocks its own time.)
 */
export type CheckSlot = (candidate: ReservationTiming) => SlotAnswer;

/** Everything a reservation command may need, loaded by the caller (central: under row locks). */
export interface ReservationCommandState {
  reservation: Versioned<Reservation> | null;
  /** The managed deny reasons: needed by deny. */
  denyReasons?: readonly DenyReason[];
  /** Needed by return to handling from DENIED: a denied booking gave its time away. */
  checkSlot?: CheckSlot;
  /** The actor is a reserver on the unit: they may act only on the bookings they made. */
  actorMayOnlyTouchOwn?: boolean;
}

const ACTION_NAMES: Record<HandlerAction, string> = {
  approve: 'approved',
  deny: 'denied',
  returnToHandling: 'returned to handling',
  cancel: 'cancelled',
  editTime: 'moved',
  refund: 'refunded',
  markPaid: 'marked paid',
};

/** Version check and the "who can act" rule shared by every command. */
function guard(state: ReservationCommandState, ctx: CommandContext, action: HandlerAction): { current: Versioned<Reservation> } | { decision: BookingDecision } {
  const current = state.reservation;
  if (!current) return { decision: reject('not_found', 'The reservation does not exist.') };
  const r = current.record;
  const mine = notTheirs(state.actorMayOnlyTouchOwn, r.userId, ctx, `The reservation ${r.id}`);
  if (mine) return { decision: mine };
  const stale = staleVersion('reservation', r.id, current, ctx);
  if (stale) return { decision: stale };
  const refusal = handlerActionRefusal(action, r, ctx.now);
  if (refusal) return { decision: reject(refusal, `The reservation ${r.id} (${r.state}, ${r.type}, ${r.beginsAt}–${r.endsAt}) cannot be ${ACTION_NAMES[action]}: ${refusal}.`) };
  return { current };
}

/** Approve a request: the handler's note, and optionally a subsidised or free final price. */
export function decideApproveReservation(state: ReservationCommandState, p: BookingCommandPayload<'bookings.approveReservation'>, ctx: CommandContext): BookingDecision {
  const g = guard(state, ctx, 'approve');
  if ('decision' in g) return g.decision;
  const r = g.current.record;
  const finalPriceCents = p.finalPriceCents ?? r.priceCents;
  const problem = finalPriceProblem(r, finalPriceCents);
  if (problem === 'reservation_price_locked') {
    return reject(problem, `The reservation ${r.id} is paid (${r.paymentStatus}): its price ${r.priceCents} cents cannot change.`);
  }
  if (problem) return reject(problem, `The final price ${finalPriceCents} cents is above the full price ${r.undiscountedPriceCents} cents.`);
  const at = utc(ctx.now);
  return {
    ok: true,
    puts: transitionPuts(
      g.current,
      ctx,
      'approved',
      {
        ...withFinalPrice(r, finalPriceCents),
        ...paymentOnApproval(r, finalPriceCents, ctx.now),
        state: 'CONFIRMED',
        handledAt: at,
        confirmedAt: at,
        handlingNote: p.note,
        denyReasonId: null,
      },
      p.note,
    ),
  };
}

/** Deny: a reason from the managed list (the customer sees it), a staff note, refund or not. */
export function decideDenyReservation(state: ReservationCommandState, p: BookingCommandPayload<'bookings.denyReservation'>, ctx: CommandContext): BookingDecision {
  const g = guard(state, ctx, 'deny');
  if ('decision' in g) return g.decision;
  const r = g.current.record;
  if (!state.denyReasons?.some((d) => d.id === p.denyReasonId && d.isActive)) {
    return reject('deny_reason_unknown', `The deny reason ${p.denyReasonId} is not on the list of deny reasons.`);
  }
  if (isPaid(r.paymentStatus) && p.refund === undefined) {
    return reject('reservation_refund_choice_required', `The reservation ${r.id} is paid (${r.paymentStatus}): choose whether the payment is refunded.`);
  }
  return {
    ok: true,
    puts: transitionPuts(
      g.current,
      ctx,
      'denied',
      { state: 'DENIED', handledAt: utc(ctx.now), denyReasonId: p.denyReasonId, handlingNote: p.note, paymentStatus: releasedPayment(r.paymentStatus, p.refund === true), paymentDueAt: null },
      p.note,
    ),
  };
}

/** Return an approved or denied booking to handling; a denied one only if its time is still free. */
export function decideReturnToHandling(state: ReservationCommandState, _p: BookingCommandPayload<'bookings.returnToHandling'>, ctx: CommandContext): BookingDecision {
  const g = guard(state, ctx, 'returnToHandling');
  if ('decision' in g) return g.decision;
  const r = g.current.record;
  if (r.state === 'DENIED') {
    if (!state.checkSlot) throw new Error('returnToHandling from DENIED needs the conflict check (state.checkSlot).');
    const slot = state.checkSlot(r);
    if (!slot.free) {
      const by = slot.blockers.map((b) => b.reservationId).join(', ');
      return { ok: false, status: 'conflict', code: 'reservation_slot_taken', message: `The time of reservation ${r.id} was taken after it was denied, by: ${by}.`, current: slot };
    }
  }
  const status = r.paymentStatus;
  const paymentStatus = status !== null && OPEN_ORDER_STATUSES.includes(status) ? 'CANCELLED' : status;
  const to: ReservationState = 'REQUIRES_HANDLING';
  return { ok: true, puts: transitionPuts(g.current, ctx, 'returned_to_handling', { state: to, denyReasonId: null, paymentStatus, paymentDueAt: null }, null) };
}

/** Cancel on the customer's behalf (or a staff booking): a paid one is refunded automatically. */
export function decideCancelReservation(state: ReservationCommandState, p: BookingCommandPayload<'bookings.cancelReservation'>, ctx: CommandContext): BookingDecision {
  const g = guard(state, ctx, 'cancel');
  if ('decision' in g) return g.decision;
  const r = g.current.record;
  return {
    ok: true,
    puts: transitionPuts(
      g.current,
      ctx,
      'cancelled',
      { state: 'CANCELLED', cancelReason: p.reason, cancelDetails: p.details || null, paymentStatus: releasedPayment(r.paymentStatus, true), paymentDueAt: null },
      p.details || null,
    ),
  };
}

/** The state each command's decider is given, loaded by the caller. */
export interface BookingCommandStates {
  'bookings.approveReservation': ReservationCommandState;
  'bookings.denyReservation': ReservationCommandState;
  'bookings.returnToHandling': ReservationCommandState;
  'bookings.cancelReservation': ReservationCommandState;
  'bookings.createStaffReservation': StaffReservationState;
  'bookings.createSeries': SeriesState;
  'bookings.endSeries': EndSeriesState;
  'bookings.rescheduleSeries': RescheduleSeriesState;
  'bookings.setPrices': ReservationUnitState;
  'bookings.setUnitRules': ReservationUnitState;
  'bookings.requestReservation': ReservationRequestState;
}

export type Decider<T extends BookingCommandType> = (state: BookingCommandStates[T], payload: BookingCommandPayload<T>, ctx: CommandContext) => BookingDecision;

export const BOOKING_DECIDERS: { [T in BookingCommandType]: Decider<T> } = {
  'bookings.approveReservation': decideApproveReservation,
  'bookings.denyReservation': decideDenyReservation,
  'bookings.returnToHandling': decideReturnToHandling,
  'bookings.cancelReservation': decideCancelReservation,
  'bookings.createStaffReservation': decideCreateStaffReservation,
  'bookings.createSeries': decideCreateSeries,
  'bookings.endSeries': decideEndSeries,
  'bookings.rescheduleSeries': decideRescheduleSeries,
  'bookings.setPrices': decideSetPrices,
  'bookings.setUnitRules': decideSetUnitRules,
  'bookings.requestReservation': decideRequestReservation,
};
