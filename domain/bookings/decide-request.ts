import { z } from 'zod';
import { Language } from '../languages.ts';
import { StorableText } from '../text.ts';
import type { CommandContext } from '../sync/command-context.ts';
import { partySizeProblem } from '../space-holds/party-size.ts';
import { addDays, daysBetween, helsinkiDateOf, parseTimeOfDay, startOfHelsinkiDay, toWallClock } from '../wall-clock.ts';
import type { ProposedSlot, SlotCheck } from './conflicts.ts';
import { DEFAULT_VAT_PERCENT, Id, UtcInstant, type Reservation, type ReservationUnit } from './entities.ts';
import { reject, reservationEvent, utc, type BookingDecision } from './decide-result.ts';
import { reservationPrice } from './pricing.ts';

/**
 * A customer's space booking request from a kiosk (issue 9 item 6). The kiosk is no staff member:
 * every rule of the reservation unit applies (duration, start times, booking and publish windows,
 * days before, opening hours, persons, conflicts with buffers), and the request always lands in
 * the handling queue, whatever the unit's requiresHandling says: nobody has checked who the
 * customer is. It is booked by the terminal's user (`userId`, and the event's actor), which is how
 * the handler sees it came from a kiosk.
 */
const ShortText = StorableText.trim().max(200);

export const RequestReservationPayload = z.object({
  /** The client chose it (a UUID); creating never overwrites. */
  reservationId: z.uuid().lowercase(),
  reservationUnitId: Id,
  beginsAt: UtcInstant,
  endsAt: UtcInstant,
  numPersons: z.number().int('Count whole persons.').min(1, 'At least one person.').max(10_000),
  purpose: ShortText.min(1, 'Tell what the space is for.'),
  reservee: z.object({
    name: ShortText.min(1, 'Write your name.'),
    email: z.email('Write an e-mail address.').max(254),
    phone: StorableText.trim().max(32),
  }),
  /** The language the customer used at the kiosk: the handler's messages are written in it. */
  language: Language.default('fi'),
});
export type RequestReservationPayload = z.infer<typeof RequestReservationPayload>;

/** Open wall-clock intervals `HH:MM` (end may be `24:00`) of one Helsinki date. */
export type DayOpenings = readonly { begin: string; end: string }[];

/** What the caller loads (central: under the bookings locks). */
export interface ReservationRequestState {
  reservationUnit: ReservationUnit | null;
  /** The unit's opening hours on the booking's Helsinki date; null when no record covers it (unknown). */
  openingHours: DayOpenings | null;
  checkSlot: (slot: ProposedSlot) => SlotCheck;
}

const MINUTE_MS = 60_000;

/** Whether the unit takes customers' bookings now: published, not season-only, its booking calendar open. */
function notBookableNow(unit: ReservationUnit, nowMs: number): string | null {
  const within = (from: string | null, to: string | null) => (from === null || Date.parse(from) <= nowMs) && (to === null || nowMs < Date.parse(to));
  if (unit.reservationKind === 'SEASON') return 'it is booked through application rounds only';
  if (!within(unit.publishBeginsAt, unit.publishEndsAt)) return 'it is not published now';
  if (!within(unit.reservationBeginsAt, unit.reservationEndsAt)) return 'its booking calendar is closed now';
  return null;
}

/** The first rule of the unit the time breaks, or null. */
function timeRefusal(unit: ReservationUnit, p: RequestReservationPayload, ctx: CommandContext, openings: DayOpenings | null): BookingDecision | null {
  const begin = Date.parse(p.beginsAt);
  const end = Date.parse(p.endsAt);
  const minutes = (end - begin) / MINUTE_MS;
  if (minutes < unit.minDurationMin || minutes > unit.maxDurationMin || minutes % unit.startIntervalMin !== 0) {
    return reject('kiosk_duration_not_allowed', `A booking of this space lasts ${unit.minDurationMin}–${unit.maxDurationMin} minutes in steps of ${unit.startIntervalMin} (asked ${minutes}).`);
  }
  const date = helsinkiDateOf(begin);
  const earliest = startOfHelsinkiDay(addDays(ctx.today, unit.minDaysBefore));
  const latest = unit.maxDaysBefore === null ? null : addDays(ctx.today, unit.maxDaysBefore);
  if (begin < earliest || (latest !== null && date > latest)) {
    return reject('kiosk_outside_booking_window', `This space is booked ${unit.minDaysBefore} to ${unit.maxDaysBefore ?? 'any number of'} days ahead (asked ${date}).`);
  }
  const b = toWallClock(begin);
  const e = toWallClock(end);
  const endMinutes = e.minutes + daysBetween(b.date, e.date) * 24 * 60;
  const open = (openings ?? []).find((o) => {
    const from = parseTimeOfDay(o.begin);
    const to = parseTimeOfDay(o.end);
    return from !== null && to !== null && from <= b.minutes && endMinutes <= to;
  });
  if (!open) return reject('kiosk_outside_opening_hours', `The space is not open for the whole time ${p.beginsAt}–${p.endsAt}${openings === null ? ' (its opening hours that day are not known)' : ''}.`);
  // Start times run from the opening in steps of the start interval (Varaamo's reservation_start_interval).
  if ((b.minutes - parseTimeOfDay(open.begin)!) % unit.startIntervalMin !== 0) {
    return reject('kiosk_start_not_allowed', `A booking of this space starts at ${open.begin} or every ${unit.startIntervalMin} minutes after it.`);
  }
  return null;
}

function requestRecord(unit: ReservationUnit, p: RequestReservationPayload, ctx: CommandContext): Reservation {
  const price = reservationPrice(unit.pricings, p.beginsAt, p.endsAt);
  const cents = price?.grossCents ?? 0;
  return {
    id: p.reservationId,
    reservationUnitId: unit.id,
    unitId: unit.unitId,
    seriesId: null,
    state: 'REQUIRES_HANDLING',
    type: 'NORMAL',
    name: p.purpose,
    description: '',
    beginsAt: utc(p.beginsAt),
    endsAt: utc(p.endsAt),
    // Copied when booked: a later change of the unit's buffers does not move this one.
    bufferBeforeMin: unit.bufferBeforeMin,
    bufferAfterMin: unit.bufferAfterMin,
    userId: ctx.actor.id,
    reserveeKind: 'individual',
    // One field as typed: a kiosk cannot tell first names from last names.
    reserveeFirstName: p.reservee.name,
    reserveeLastName: '',
    reserveeOrganisation: null,
    reserveeBusinessId: null,
    reserveeEmail: p.reservee.email,
    reserveePhone: p.reservee.phone,
    reserveeLanguage: p.language,
    purposeId: null,
    ageGroupId: null,
    partySize: p.numPersons,
    applyingForFreeOfCharge: false,
    freeOfChargeReason: null,
    priceCents: cents,
    undiscountedPriceCents: cents,
    subsidised: false,
    vatPercent: price?.vatPercent ?? unit.pricings[0]?.vatPercent ?? DEFAULT_VAT_PERCENT,
    // The handler's approval sets the payment up (pricing.ts paymentOnApproval).
    paymentType: price?.paymentType ?? null,
    paymentStatus: null,
    paymentDueAt: null,
    createdAt: utc(ctx.now),
    confirmedAt: null,
    handledAt: null,
    denyReasonId: null,
    handlingNote: null,
    cancelReason: null,
    cancelDetails: null,
  };
}

export function decideRequestReservation(state: ReservationRequestState, p: RequestReservationPayload, ctx: CommandContext): BookingDecision {
  const unit = state.reservationUnit;
  if (!unit || unit.id !== p.reservationUnitId) return reject('not_found', `The space ${p.reservationUnitId} does not exist.`);
  const nowMs = Date.parse(ctx.now);
  const closed = notBookableNow(unit, nowMs);
  if (closed) return reject('kiosk_space_not_bookable', `The space ${unit.name.en} cannot be booked here: ${closed}.`);
  const begin = Date.parse(p.beginsAt);
  if (Date.parse(p.endsAt) <= begin) return reject('reservation_ends_before_begins', `The booking must end after it begins (${p.beginsAt}–${p.endsAt}).`);
  if (begin < nowMs) return reject('reservation_in_past', `The booking would begin in the past (${p.beginsAt}).`);
  if (partySizeProblem(unit, p.numPersons) !== null) {
    return reject('kiosk_party_size', `The space takes ${unit.minPersons ?? 1}–${unit.maxPersons ?? 'any number of'} persons (asked ${p.numPersons}).`);
  }
  const refusal = timeRefusal(unit, p, ctx, state.openingHours);
  if (refusal) return refusal;
  const record = requestRecord(unit, p, ctx);
  const slot = state.checkSlot({ id: null, reservationUnitId: unit.id, beginsAt: record.beginsAt, endsAt: record.endsAt, type: 'NORMAL', bufferBeforeMin: record.bufferBeforeMin, bufferAfterMin: record.bufferAfterMin });
  // Which bookings are in the way is not the customer's business: the refusal names none.
  if (!slot.free) return { ok: false, status: 'conflict', code: 'reservation_time_taken', message: `The time ${record.beginsAt}–${record.endsAt} is not free (or too close to another booking).` };
  return {
    ok: true,
    puts: [
      { entity: 'reservation', version: 1, record },
      { entity: 'reservation_event', version: 1, record: reservationEvent(ctx, ctx.commandId, 'created', null, record, null) },
    ],
  };
}
