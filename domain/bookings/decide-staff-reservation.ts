import type { CommandContext } from '../sync/command-context.ts';
import type { BookingCommandPayload } from './commands.ts';
import type { ProposedSlot, SlotCheck } from './conflicts.ts';
import type { ReservationUnit } from './entities.ts';
import { reject, reservationEvent, type BookingDecision } from './decide-result.ts';
import { reserveeRefusal, staffReservation, unitRefusal } from './decide-new-reservation.ts';

/** What the caller loads for a staff booking (central: under row locks on the related units). */
export interface StaffReservationState {
  reservationUnit: ReservationUnit | null;
  /**
   * The conflict rule closed over the related units' bookings (conflicts.ts `checkSlot`, or the
   * conflict index's `check`): its blockers tell the handler which booking or buffer is in the way.
   */
  checkSlot: (slot: ProposedSlot) => SlotCheck;
}

/**
 * Longer is a typing slip (a wrong month or year), not a booking: a summer's renovation closure
 * (BLOCKED) still fits.
 */
export const MAX_STAFF_RESERVATION_DAYS = 92;

const DAY_MS = 86_400_000;

/**
 * A STAFF, BEHALF or BLOCKED booking from the calendar (brief 4.7, 5.4). It skips the opening
 * hours, the booking windows and the duration limits, never the conflict check; it may not begin
 * in the past.
 */
export function decideCreateStaffReservation(state: StaffReservationState, p: BookingCommandPayload<'bookings.createStaffReservation'>, ctx: CommandContext): BookingDecision {
  const unitProblem = unitRefusal(state.reservationUnit, p.reservationUnitId);
  if (unitProblem) return unitProblem;
  const unit = state.reservationUnit!;
  const reserveeProblem = reserveeRefusal(p.type, p.reservee);
  if (reserveeProblem) return reserveeProblem;
  const begin = Date.parse(p.beginsAt);
  const end = Date.parse(p.endsAt);
  if (end <= begin) return reject('reservation_ends_before_begins', `The booking must end after it begins (${p.beginsAt}–${p.endsAt}).`);
  if (end - begin > MAX_STAFF_RESERVATION_DAYS * DAY_MS) return reject('reservation_too_long', `A booking can be at most ${MAX_STAFF_RESERVATION_DAYS} days long (${p.beginsAt}–${p.endsAt}).`);
  if (begin < Date.parse(ctx.now)) return reject('reservation_in_past', `The booking would begin in the past (${p.beginsAt}).`, { beginsAt: [p.beginsAt] });

  const record = staffReservation({ ...p, id: p.reservationId, seriesId: null, unit }, ctx);
  const slot = state.checkSlot({ id: null, reservationUnitId: unit.id, beginsAt: record.beginsAt, endsAt: record.endsAt, type: record.type, bufferBeforeMin: record.bufferBeforeMin, bufferAfterMin: record.bufferAfterMin });
  if (!slot.free) {
    const by = slot.blockers.map((b) => (b.cause.kind === 'time' ? b.reservationId : `${b.reservationId} (${b.cause.whose === 'existing' ? 'its' : 'this booking\'s'} ${b.cause.minutes}-minute buffer ${b.cause.side})`)).join(', ');
    return { ok: false, status: 'conflict', code: 'reservation_time_taken', message: `The time ${record.beginsAt}–${record.endsAt} is not free: ${by}.`, current: slot };
  }
  return {
    ok: true,
    puts: [
      { entity: 'reservation', version: 1, record },
      { entity: 'reservation_event', version: 1, record: reservationEvent(ctx, ctx.commandId, 'created', null, record, null) },
    ],
  };
}
