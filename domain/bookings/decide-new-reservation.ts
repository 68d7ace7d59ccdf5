import type { z } from 'zod';
import type { CommandContext } from '../sync/command-context.ts';
import type { BookingDecision } from './decide-result.ts';
import { reject, utc } from './decide-result.ts';
import type { BehalfReservee } from './commands.ts';
import { DEFAULT_VAT_PERCENT, type Reservation, type ReservationUnit } from './entities.ts';
import { reservationPrice } from './pricing.ts';
import type { STAFF_CREATED_TYPES } from './vocabulary.ts';

/**
 * The reservation a staff member creates from the calendar or in a series (brief 3.2, 4.7):
 * confirmed at once (handled = confirmed = now), booked by the staff member.
 */
export type StaffCreatedType = (typeof STAFF_CREATED_TYPES)[number];
type Reservee = z.infer<typeof BehalfReservee>;

export interface StaffBooking {
  id: string;
  seriesId: string | null;
  unit: ReservationUnit;
  type: StaffCreatedType;
  name: string;
  description: string;
  beginsAt: string;
  endsAt: string;
  /** As the payload gives them: null = the unit's own. */
  bufferBeforeMin: number | null;
  bufferAfterMin: number | null;
  reservee: Reservee | null;
}

/**
 * The buffers the booking keeps, copied from the unit when not set ("copied when booked", so a
 * later change of the unit's buffers does not move an existing booking's). BLOCKED has none.
 */
export function bookedBuffers(type: StaffCreatedType, unit: ReservationUnit, before: number | null, after: number | null) {
  if (type === 'BLOCKED') return { bufferBeforeMin: 0, bufferAfterMin: 0 };
  return { bufferBeforeMin: before ?? unit.bufferBeforeMin, bufferAfterMin: after ?? unit.bufferAfterMin };
}

/** BEHALF is for someone, with what the record needs of them; STAFF and BLOCKED for nobody. */
export function reserveeRefusal(type: StaffCreatedType, reservee: Reservee | null): BookingDecision | null {
  if (type !== 'BEHALF') {
    return reservee ? reject('reservation_reservee_not_allowed', `A ${type} booking has no reservee: it is the city's own or closed time.`) : null;
  }
  if (!reservee) return reject('reservation_reservee_required', 'A booking on a customer\'s behalf (BEHALF) needs the reservee\'s details.');
  if (reservee.kind !== 'individual' && !reservee.organisation) return reject('reservation_reservee_incomplete', `An ${reservee.kind} reservee needs an organisation name.`);
  if (reservee.kind === 'company' && !reservee.businessId) return reject('reservation_reservee_incomplete', 'A company reservee needs a business id (Y-tunnus).');
  return null;
}

/** The caller found no unit, or another one than the payload names. */
export function unitRefusal(unit: ReservationUnit | null, reservationUnitId: string): BookingDecision | null {
  return unit && unit.id === reservationUnitId ? null : reject('not_found', `The reservation unit ${reservationUnitId} does not exist.`);
}

/**
 * The price: STAFF and BLOCKED are the city's own time and cost nothing. BEHALF pays the price in
 * force on the day; it is confirmed at once, so there is no webshop order to wait for: as a
 * customer's ON_SITE booking is confirmed with its order PAID_MANUALLY (brief 3.1), staff collect
 * it on site (brief 3.3 "Maksetaan paikan päällä"), or mark it otherwise later.
 */
function priced(b: StaffBooking): Pick<Reservation, 'priceCents' | 'undiscountedPriceCents' | 'subsidised' | 'vatPercent' | 'paymentType' | 'paymentStatus' | 'paymentDueAt'> {
  const price = b.type === 'BEHALF' ? reservationPrice(b.unit.pricings, b.beginsAt, b.endsAt) : null;
  const cents = price?.grossCents ?? 0;
  const vatPercent = price?.vatPercent ?? b.unit.pricings[0]?.vatPercent ?? DEFAULT_VAT_PERCENT;
  const paid = cents > 0;
  return { priceCents: cents, undiscountedPriceCents: cents, subsidised: false, vatPercent, paymentType: paid ? 'ON_SITE' : null, paymentStatus: paid ? 'PAID_MANUALLY' : null, paymentDueAt: null };
}

/** The reservee fields: the customer's for BEHALF, the staff member's own otherwise (never anonymised, brief 3.2). */
function reserveeFields(b: StaffBooking, ctx: CommandContext): Pick<Reservation, 'reserveeKind' | 'reserveeFirstName' | 'reserveeLastName' | 'reserveeOrganisation' | 'reserveeBusinessId' | 'reserveeEmail' | 'reserveePhone' | 'reserveeLanguage'> {
  const r = b.reservee;
  if (r) {
    return {
      reserveeKind: r.kind,
      reserveeFirstName: r.firstName,
      reserveeLastName: r.lastName,
      reserveeOrganisation: r.organisation || null,
      reserveeBusinessId: r.businessId || null,
      reserveeEmail: r.email,
      reserveePhone: r.phone,
      reserveeLanguage: r.language,
    };
  }
  // Staff records show who holds the time; the staff member's full name is one field, kept whole.
  return { reserveeKind: 'individual', reserveeFirstName: ctx.actor.name, reserveeLastName: '', reserveeOrganisation: null, reserveeBusinessId: null, reserveeEmail: '', reserveePhone: '', reserveeLanguage: 'fi' };
}

export function staffReservation(b: StaffBooking, ctx: CommandContext): Reservation {
  const at = utc(ctx.now);
  return {
    id: b.id,
    reservationUnitId: b.unit.id,
    unitId: b.unit.unitId,
    seriesId: b.seriesId,
    state: 'CONFIRMED',
    type: b.type,
    name: b.name,
    description: b.description,
    beginsAt: utc(b.beginsAt),
    endsAt: utc(b.endsAt),
    ...bookedBuffers(b.type, b.unit, b.bufferBeforeMin, b.bufferAfterMin),
    userId: ctx.actor.id,
    ...reserveeFields(b, ctx),
    purposeId: null,
    ageGroupId: null,
    partySize: null,
    applyingForFreeOfCharge: false,
    freeOfChargeReason: null,
    ...priced(b),
    createdAt: at,
    confirmedAt: at,
    handledAt: at,
    denyReasonId: null,
    handlingNote: null,
    cancelReason: null,
    cancelDetails: null,
  };
}
