import type { ErrorCode } from '../errors.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { PaymentStatus, ReservationState, ReservationTiming } from './vocabulary.ts';
import type { BookingEntityName, BookingEntityRecord, DenyReason, Reservation, ReservationEvent } from './entities.ts';
import type { BookingCommandPayload, BookingCommandType } from './commands.ts';
import { finalPriceProblem, isPaid, OPEN_ORDER_STATUSES, paymentOnApproval, withFinalPrice } from './pricing.ts';
import { handlerActionRefusal, type HandlerAction } from './transitions.ts';

/**
 * The deciders of the handler's reservation commands, run by the central under row locks and by
 * the client on its cache (docs/decisions.md 3). Each takes the loaded rows, the payload and the
 * context and answers the rows to write, or a refusal with a stable code.
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
}

export type BookingPut = { [E in BookingEntityName]: { entity: E; record: BookingEntityRecord[E]; version: number } }[BookingEntityName];

export type BookingDecision =
  | { ok: true; puts: BookingPut[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

const reject = (code: ErrorCode, message: string): BookingDecision => ({ ok: false, status: 'rejected', code, message });

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
  if (ctx.baseVersion !== null && ctx.baseVersion !== current.version) {
    return {
      decision: {
        ok: false,
        status: 'conflict',
        code: 'stale_version',
        message: `The reservation ${r.id} was changed by someone else (version ${current.version}, you saw ${ctx.baseVersion}).`,
        current: { reservation: r, version: current.version },
      },
    };
  }
  const refusal = handlerActionRefusal(action, r, ctx.now);
  if (refusal) return { decision: reject(refusal, `The reservation ${r.id} (${r.state}, ${r.type}, ${r.beginsAt}–${r.endsAt}) cannot be ${ACTION_NAMES[action]}: ${refusal}.`) };
  return { current };
}

/** Customers hear only of their own live bookings; staff-made ones send nothing (brief 8.4). */
const notifiesCustomer = (r: Reservation) => r.type === 'NORMAL' || r.type === 'SEASONAL';

function written(current: Versioned<Reservation>, ctx: CommandContext, kind: ReservationEvent['kind'], patch: Partial<Reservation>, note: string | null): BookingPut[] {
  const r = current.record;
  const next: Reservation = { ...r, ...patch };
  const event: ReservationEvent = {
    id: ctx.commandId,
    reservationId: r.id,
    unitId: r.unitId,
    at: ctx.now,
    recordedAt: ctx.recordedAt,
    kind,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    fromState: r.state,
    toState: next.state,
    note,
    notifyCustomer: notifiesCustomer(r),
    commandId: ctx.commandId,
  };
  return [
    { entity: 'reservation', version: current.version + 1, record: next },
    { entity: 'reservation_event', version: 1, record: event },
  ];
}

/** `now` as the reservation's fields hold instants: UTC. */
const utc = (iso: string) => new Date(iso).toISOString();

/**
 * What happens to the payment when a booking stops holding its time. An unpaid order is cancelled;
 * a paid one is refunded when chosen: a webshop payment returned, an invoice cancelled.
 */
function releasedPayment(status: PaymentStatus | null, refund: boolean): PaymentStatus | null {
  if (status === null) return null;
  if (OPEN_ORDER_STATUSES.includes(status) || status === 'PAID_MANUALLY') return 'CANCELLED';
  if (!refund) return status;
  if (status === 'PAID') return 'REFUNDED';
  return status === 'PAID_BY_INVOICE' ? 'CANCELLED' : status;
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
    puts: written(
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
    puts: written(
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
  return { ok: true, puts: written(g.current, ctx, 'returned_to_handling', { state: to, denyReasonId: null, paymentStatus, paymentDueAt: null }, null) };
}

/** Cancel on the customer's behalf (or a staff booking): a paid one is refunded automatically. */
export function decideCancelReservation(state: ReservationCommandState, p: BookingCommandPayload<'bookings.cancelReservation'>, ctx: CommandContext): BookingDecision {
  const g = guard(state, ctx, 'cancel');
  if ('decision' in g) return g.decision;
  const r = g.current.record;
  return {
    ok: true,
    puts: written(
      g.current,
      ctx,
      'cancelled',
      { state: 'CANCELLED', cancelReason: p.reason, cancelDetails: p.details || null, paymentStatus: releasedPayment(r.paymentStatus, true), paymentDueAt: null },
      p.details || null,
    ),
  };
}

type Decider<T extends BookingCommandType> = (state: ReservationCommandState, payload: BookingCommandPayload<T>, ctx: CommandContext) => BookingDecision;

// The staff-booking and series deciders join this map next (they need the slot check's state).
export const BOOKING_DECIDERS: { [T in 'bookings.approveReservation' | 'bookings.denyReservation' | 'bookings.returnToHandling' | 'bookings.cancelReservation']: Decider<T> } = {
  'bookings.approveReservation': decideApproveReservation,
  'bookings.denyReservation': decideDenyReservation,
  'bookings.returnToHandling': decideReturnToHandling,
  'bookings.cancelReservation': decideCancelReservation,
};
