import type { CancelReason, Pricing, Reservation } from '../../../domain/bookings/entities.ts';
import { bookingPriceCents, paymentOnApproval, reservationPrice } from '../../../domain/bookings/pricing.ts';
import type { PaymentStatus, ReservationState, ReservationType } from '../../../domain/bookings/vocabulary.ts';
import { toIsoInstant } from '../../../domain/wall-clock.ts';
import type { Random } from '../../demo-data/random.ts';
import type { Reservee } from './generate-reservees.ts';
import type { BookingsReferenceData, ReservationUnit } from './reference-types.ts';

/**
 * One generated booking made whole: who, why, the price in force on its day, and a state with
 * the traces that state leaves (handled, paid, denied with a reason, cancelled with a reason).
 */
export interface PlacedBooking {
  id: string;
  unit: ReservationUnit;
  pricings: readonly Pricing[];
  seriesId: string | null;
  type: ReservationType;
  beginsAt: string;
  endsAt: string;
  createdAtMs: number;
  reservee: Reservee;
  /** Who made it: the customer, or the staff member for BEHALF, STAFF and BLOCKED. */
  userId: string;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const FREE_OF_CHARGE_REASONS: readonly string[] = [
  'Yleishyödyllistä nuorisotoimintaa, vapaa pääsy',
  'Rekisteröity yhdistys, avoin tilaisuus asukkaille',
  'Eläkeläisten vertaistoimintaa',
  'Koululaisten iltapäiväkerho',
];
const STAFF_NAMES: readonly string[] = ['Satutunti', 'Henkilökunnan koulutus', 'Näyttelyn pystytys', 'Tiimipalaveri'];
const BLOCKED_NAMES: readonly string[] = ['Suljettu: huolto', 'Suljettu: siivous', 'Suljettu: tekniikan asennus'];
const CANCEL_REASONS: readonly (readonly [CancelReason, number])[] = [
  ['CHANGE_OF_PLANS', 6], ['FOUND_ANOTHER_SPACE_ELSEWHERE', 1], ['FOUND_ANOTHER_SPACE_VARAAMO', 1], ['UNSUITABLE_SPACE', 1], ['OTHER', 1],
];

/** Whether a customer booking asks for free use: associations often, people now and then, companies never. */
export function appliesFreeOfCharge(rng: Random, unit: ReservationUnit, reservee: Reservee): boolean {
  if (!unit.canApplyFreeOfCharge) return false;
  return rng.chance(reservee.kind === 'association' ? 0.4 : reservee.kind === 'individual' ? 0.08 : 0);
}

/**
 * A state in realistic proportions. What has taken place was handled long ago; what lies ahead
 * may still wait for a handler (units that require handling, free-of-charge applications) or
 * for the customer's payment after approval.
 */
function stateOf(rng: Random, b: PlacedBooking, needsHandling: boolean, paid: boolean, future: boolean): ReservationState {
  const roll = rng.next();
  if (b.type === 'STAFF' || b.type === 'BLOCKED') return roll < 0.04 ? 'CANCELLED' : 'CONFIRMED';
  if (!needsHandling) return roll < 0.07 ? 'CANCELLED' : 'CONFIRMED';
  if (!future) return roll < 0.12 ? 'DENIED' : roll < 0.22 ? 'CANCELLED' : 'CONFIRMED';
  if (roll < 0.6) return 'REQUIRES_HANDLING';
  if (roll < 0.66) return 'DENIED';
  if (roll < 0.72) return 'CANCELLED';
  if (roll < 0.8 && paid) return 'WAITING_FOR_PAYMENT';
  return 'CONFIRMED';
}

/** How a confirmed booking with something to pay was paid, by its payment type. */
function paidStatus(b: PlacedBooking, paymentType: Reservation['paymentType']): PaymentStatus {
  if (paymentType === 'ON_SITE') return 'PAID_MANUALLY';
  if (paymentType === 'ONLINE_OR_INVOICE' && b.reservee.kind !== 'individual') return 'PAID_BY_INVOICE';
  return 'PAID';
}

export function bookingRecord(rng: Random, data: BookingsReferenceData, b: PlacedBooking, nowMs: number, freeApplication: boolean): Reservation {
  const customer = b.type === 'NORMAL' || b.type === 'BEHALF';
  const price = customer ? reservationPrice(b.pricings, b.beginsAt, b.endsAt) : null;
  const gross = price?.grossCents ?? 0;
  const beginMs = Date.parse(b.beginsAt);
  const future = beginMs > nowMs;
  const needsHandling = b.type === 'NORMAL' && (b.unit.requireReservationHandling || freeApplication);
  let state = stateOf(rng, b, needsHandling, gross > 0, future);

  const createdAt = b.createdAtMs;
  const latestHandling = Math.min(beginMs - HOUR_MS, nowMs - 10 * MINUTE_MS);
  // A booking still waiting for its payment was approved lately, so that its order is not yet due.
  const handledAfter = state === 'WAITING_FOR_PAYMENT' ? Math.max(createdAt, nowMs - rng.int(2, 48) * HOUR_MS) : createdAt + rng.int(2, 96) * HOUR_MS;
  const handledMs = needsHandling ? Math.max(createdAt + MINUTE_MS, Math.min(handledAfter, latestHandling)) : null;

  let priceCents = gross;
  let paymentType = price?.paymentType ?? null;
  let paymentStatus: PaymentStatus | null = null;
  let paymentDueAt: string | null = null;
  if (state === 'WAITING_FOR_PAYMENT') {
    const payment = paymentOnApproval({ paymentStatus: null, paymentType, beginsAt: b.beginsAt }, gross, toIsoInstant(handledMs!));
    // Priced for on-site payment or too close to the start: approval confirms it outright.
    if (payment.paymentStatus === 'PENDING') ({ paymentStatus, paymentType, paymentDueAt } = payment);
    else state = 'CONFIRMED';
  }
  if (state === 'CONFIRMED' && freeApplication && price) {
    // Granted free use, or the subsidised guidance price.
    priceCents = rng.chance(0.6) ? 0 : bookingPriceCents(price.pricing, b.beginsAt, b.endsAt, 'lowest');
  }
  if (priceCents === 0) paymentType = null;
  if (state === 'CONFIRMED' && priceCents > 0) paymentStatus = paidStatus(b, paymentType);
  if (state === 'CANCELLED' && priceCents > 0 && paymentType !== 'ON_SITE' && !needsHandling) paymentStatus = 'REFUNDED';

  const denied = state === 'DENIED';
  const denyReasons = data.denyReasons;
  const freeReason = denyReasons.find((r) => r.reason.en.startsWith('Does not meet the grounds'));
  const cancelReason = state === 'CANCELLED' ? (rng.weighted(CANCEL_REASONS) as CancelReason) : null;
  const purpose = customer ? rng.pick(data.purposes) : null;
  const handled = state !== 'REQUIRES_HANDLING' && handledMs !== null;
  const confirmed = state === 'CONFIRMED' || state === 'CANCELLED' || state === 'WAITING_FOR_PAYMENT';
  return {
    id: b.id,
    reservationUnitId: b.unit.id,
    unitId: b.unit.unitId,
    seriesId: b.seriesId,
    state,
    type: b.type,
    name: purpose ? purpose.name[b.reservee.language] : rng.pick(b.type === 'BLOCKED' ? BLOCKED_NAMES : STAFF_NAMES),
    description: '',
    beginsAt: b.beginsAt,
    endsAt: b.endsAt,
    bufferBeforeMin: customer ? b.unit.bufferBeforeMin : null,
    bufferAfterMin: customer ? b.unit.bufferAfterMin : null,
    userId: b.userId,
    reserveeKind: b.reservee.kind,
    reserveeFirstName: b.reservee.firstName,
    reserveeLastName: b.reservee.lastName,
    reserveeOrganisation: b.reservee.organisation,
    reserveeBusinessId: b.reservee.businessId,
    reserveeEmail: b.reservee.email,
    reserveePhone: b.reservee.phone,
    reserveeLanguage: b.reservee.language,
    purposeId: purpose?.id ?? null,
    ageGroupId: customer ? ageGroupFor(rng, data, b.reservee) : null,
    partySize: customer ? partySize(rng, b.unit) : null,
    applyingForFreeOfCharge: freeApplication,
    freeOfChargeReason: freeApplication ? rng.pick(FREE_OF_CHARGE_REASONS) : null,
    priceCents,
    undiscountedPriceCents: gross,
    subsidised: priceCents < gross,
    vatPercent: price?.vatPercent ?? 0,
    paymentType,
    paymentStatus,
    paymentDueAt,
    createdAt: toIsoInstant(createdAt),
    confirmedAt: confirmed ? toIsoInstant(handled ? handledMs! : createdAt + rng.int(1, 15) * MINUTE_MS) : null,
    handledAt: handled ? toIsoInstant(handledMs!) : null,
    denyReasonId: denied ? (freeApplication && freeReason ? freeReason.id : rng.pick(denyReasons).id) : null,
    handlingNote: denied && rng.chance(0.5) ? 'Asiakkaalle ehdotettu toista aikaa.' : null,
    cancelReason,
    cancelDetails: cancelReason === 'OTHER' ? 'Tilaisuus peruttiin sairastumisen vuoksi.' : null,
  };
}

/** People mostly book as adults; associations bring children and young people too. */
function ageGroupFor(rng: Random, data: BookingsReferenceData, reservee: Reservee): string | null {
  const groups = data.ageGroups;
  if (!groups.length) return null;
  if (reservee.kind === 'association') return rng.pick(groups).id;
  const adults = groups.filter((g) => g.minimum >= 18);
  return rng.pick(adults.length ? adults : groups).id;
}

function partySize(rng: Random, unit: ReservationUnit): number {
  const max = unit.maxPersons ?? 12;
  const min = Math.min(unit.minPersons ?? 1, max);
  // Most groups fill a room only partly.
  return min + Math.floor((max - min + 1) * rng.next() ** 1.6);
}
