import type { ReservationState } from './vocabulary.ts';
import type { Reservation } from './entities.ts';
import type { BookingErrorCode } from './errors.ts';
import { helsinkiDateOf } from '../wall-clock.ts';
import { isPaid } from './pricing.ts';

/**
 * Which handler action is allowed on which reservation at `now` (brief 3.1 "who can act", 3.3,
 * 4.4). The central refuses by these rules; the client disables what they refuse, offline too.
 */
export const HANDLER_ACTIONS = ['approve', 'deny', 'returnToHandling', 'cancel', 'editTime', 'refund', 'markPaid'] as const;
export type HandlerAction = (typeof HANDLER_ACTIONS)[number];

type Subject = Pick<Reservation, 'state' | 'type' | 'beginsAt' | 'endsAt' | 'priceCents' | 'paymentStatus'>;

const FROM_STATES: Record<HandlerAction, readonly ReservationState[]> = {
  approve: ['REQUIRES_HANDLING'],
  deny: ['REQUIRES_HANDLING', 'CONFIRMED'],
  returnToHandling: ['CONFIRMED', 'DENIED'],
  cancel: ['CONFIRMED'],
  editTime: ['CONFIRMED'],
  refund: ['CANCELLED', 'DENIED'],
  markPaid: ['CONFIRMED'],
};

/** Payment states staff may mark paid (brief 3.3 "can be marked paid"). */
const MARKABLE_PAID = ['DRAFT', 'PENDING', 'EXPIRED', 'CANCELLED'] as const;

const ended = (r: Subject, now: number) => Date.parse(r.endsAt) <= now;

/**
 * The end of a time change's window: staff may move a booking whose end is no earlier than the
 * start of today in Helsinki, and during 00:00–00:59 still yesterday's (a late evening's booking
 * is often fixed just after midnight). Shifting `now` back an hour gives exactly that day.
 */
function editableFromDay(now: number): string {
  return helsinkiDateOf(now - 3_600_000);
}

/** Why the action is refused, or null when it is allowed. */
export function handlerActionRefusal(action: HandlerAction, r: Subject, nowIso: string): BookingErrorCode | null {
  const now = Date.parse(nowIso);
  // The customer and the payment provider own a booking waiting for payment.
  if (r.state === 'WAITING_FOR_PAYMENT') return 'reservation_awaiting_payment';
  if (!FROM_STATES[action].includes(r.state)) return 'reservation_wrong_state';
  switch (action) {
    case 'approve':
    case 'returnToHandling':
      return ended(r, now) ? 'reservation_ended' : null;
    case 'deny':
      // An unhandled request can always be denied: after its end that is the only way to close it.
      return r.state === 'CONFIRMED' && ended(r, now) ? 'reservation_ended' : null;
    case 'cancel':
      // Staff cancel a customer's NORMAL or SEASONAL booking for them and their own STAFF, BEHALF
      // and BLOCKED ones; a SEASONAL one only while unpaid (a paid season is settled by its round).
      if (r.type === 'SEASONAL' && isPaid(r.paymentStatus)) return 'reservation_seasonal_paid';
      return Date.parse(r.beginsAt) <= now ? 'reservation_started' : null;
    case 'editTime':
      return helsinkiDateOf(Date.parse(r.endsAt)) < editableFromDay(now) ? 'reservation_edit_closed' : null;
    case 'refund':
      if (r.priceCents === 0) return 'reservation_free';
      return isPaid(r.paymentStatus) ? null : 'reservation_not_paid';
    case 'markPaid':
      if (r.priceCents === 0) return 'reservation_free';
      return (MARKABLE_PAID as readonly (string | null)[]).includes(r.paymentStatus) ? null : 'reservation_payment_not_markable';
  }
}

/** The actions a handler may take on the reservation now, for the detail page's buttons. */
export function allowedHandlerActions(r: Subject, nowIso: string): HandlerAction[] {
  return HANDLER_ACTIONS.filter((a) => handlerActionRefusal(a, r, nowIso) === null);
}
