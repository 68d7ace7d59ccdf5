import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BookingCommandPayload } from './commands.ts';
import type { DenyReason, Reservation, ReservationSeries } from './entities.ts';
import { eventIdFor, reject, seriesGuard, transitionPuts, utc, type BookingDecision, type BookingPut } from './decide-result.ts';
import { isBlockingState } from './conflicts.ts';
import { releasedPayment } from './decide-payment.ts';
import { handlerActionRefusal } from './transitions.ts';
import { helsinkiDateOf } from '../wall-clock.ts';

/** What the caller loads to end a series (central: the series and its members under row locks). */
export interface EndSeriesState {
  series: Versioned<ReservationSeries> | null;
  /** Every reservation of the series, whatever its state. */
  members: readonly Versioned<Reservation>[];
  /** The managed deny reasons: needed by the deny action. */
  denyReasons?: readonly DenyReason[];
  /** The actor is a reserver on the unit: they may end only a series they booked. */
  actorMayOnlyTouchOwn?: boolean;
}

/**
 * Deny or cancel every occurrence of a series from a date on (brief 4.7 denyReservationSeries):
 * only those still to begin that hold their time and allow the action; the past, today's started
 * one and occurrences already denied or cancelled stay as they are. The series itself is written
 * with a new version, so an edit of the series decided on the old one conflicts.
 */
export function decideEndSeries(state: EndSeriesState, p: BookingCommandPayload<'bookings.endSeries'>, ctx: CommandContext): BookingDecision {
  const g = seriesGuard(state.series, p.seriesId, state.actorMayOnlyTouchOwn, ctx);
  if ('decision' in g) return g.decision;
  const current = g.current;
  if (p.action === 'deny' && !state.denyReasons?.some((d) => d.id === p.denyReasonId && d.isActive)) {
    return reject('deny_reason_unknown', `The deny reason ${p.denyReasonId} is not on the list of deny reasons.`);
  }
  const now = Date.parse(ctx.now);
  const action = p.action === 'deny' ? 'deny' : 'cancel';
  const ending = state.members.filter(({ record: r }) => {
    const begin = Date.parse(r.beginsAt);
    return r.seriesId === p.seriesId && isBlockingState(r.state) && begin > now && helsinkiDateOf(begin) >= p.fromDate && handlerActionRefusal(action, r, ctx.now) === null;
  });
  if (!ending.length) return reject('series_nothing_to_end', `The series ${p.seriesId} has no occurrence from ${p.fromDate} on that could be ${p.action === 'deny' ? 'denied' : 'cancelled'}.`);

  const note = p.note || null;
  const puts: BookingPut[] = [{ entity: 'reservation_series', version: current.version + 1, record: current.record }];
  for (const m of ending) {
    const r = m.record;
    const eventId = eventIdFor(ctx.commandId, r.id);
    // A paid occurrence is refunded when cancelled (as a single cancel is); when denied its payment
    // stays for the handler to refund separately, as the series action offers no choice.
    const patch: Partial<Reservation> =
      p.action === 'deny'
        ? { state: 'DENIED', handledAt: utc(ctx.now), denyReasonId: p.denyReasonId, handlingNote: note, paymentStatus: releasedPayment(r.paymentStatus, false), paymentDueAt: null }
        : { state: 'CANCELLED', cancelReason: 'OTHER', cancelDetails: note, paymentStatus: releasedPayment(r.paymentStatus, true), paymentDueAt: null };
    puts.push(...transitionPuts(m, ctx, p.action === 'deny' ? 'denied' : 'cancelled', patch, note, eventId));
  }
  return { ok: true, puts };
}
