import type { PaymentStatus } from './vocabulary.ts';
import type { PaymentType, PriceUnit, Pricing, Reservation } from './entities.ts';
import type { BookingErrorCode } from './errors.ts';
import { helsinkiDateOf } from '../wall-clock.ts';

/**
 * Prices of space bookings (brief 4.3, issue 7 point 7). All money is integer cents, VAT included
 * unless named net; every division rounds half up to the cent, so a price is the same on the
 * client, the central and in the statistics.
 */

/** Time-based units: the price is per this many minutes. The others are one flat price per booking. */
const UNIT_MINUTES: Partial<Record<PriceUnit, number>> = { PER_15_MINS: 15, PER_30_MINS: 30, PER_HOUR: 60 };

/** Whole cents of numerator / denominator (both non-negative integers), half up. */
function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** A booking's billable minutes: its length rounded up to the next 15 minutes. */
export function billableMinutes(beginsAt: string, endsAt: string): number {
  const minutes = (Date.parse(endsAt) - Date.parse(beginsAt)) / 60_000;
  return Math.ceil(minutes / 15) * 15;
}

/**
 * The pricing in force on a Helsinki day: the latest that begins on or before it. A future price
 * change therefore waits for its date; null when no price has begun yet.
 */
export function pricingOn(pricings: readonly Pricing[], date: string): Pricing | null {
  let best: Pricing | null = null;
  for (const p of pricings) if (p.begins <= date && (!best || p.begins > best.begins)) best = p;
  return best;
}

/** The gross price of one booking under a pricing: the normal price, or the subsidised guidance one. */
export function bookingPriceCents(pricing: Pricing, beginsAt: string, endsAt: string, level: 'highest' | 'lowest' = 'highest'): number {
  const price = level === 'highest' ? pricing.highestPriceCents : pricing.lowestPriceCents;
  const unitMinutes = UNIT_MINUTES[pricing.priceUnit];
  return unitMinutes === undefined ? price : divideHalfUp(price * billableMinutes(beginsAt, endsAt), unitMinutes);
}

export interface GrossSplit {
  grossCents: number;
  netCents: number;
  vatCents: number;
}

/**
 * Net and VAT derived from the gross price: net = gross / (1 + rate), half up to the cent, and VAT
 * the rest, so net + VAT is always the gross the customer pays. The rate is worked in hundredths
 * of a percent, which holds 25.5 % exactly.
 */
export function splitGross(grossCents: number, vatPercent: number): GrossSplit {
  const divisor = 10_000 + Math.round(vatPercent * 100);
  const netCents = divideHalfUp(grossCents * 10_000, divisor);
  return { grossCents, netCents, vatCents: grossCents - netCents };
}

/** A reservation's price with the breakdown the handler sees ("2 h × 40,00 € / h, incl. VAT 25.5 %"). */
export interface ReservationPrice extends GrossSplit {
  vatPercent: number;
  /** The minutes charged for a time-based price; null for a flat one. */
  billableMinutes: number | null;
  /** Null when the booking is free: there is nothing to pay. */
  paymentType: PaymentType | null;
  pricing: Pricing;
}

/** A reservation's price by the pricing in force on the day it takes place; null when none is. */
export function reservationPrice(pricings: readonly Pricing[], beginsAt: string, endsAt: string): ReservationPrice | null {
  const pricing = pricingOn(pricings, helsinkiDateOf(Date.parse(beginsAt)));
  if (!pricing) return null;
  const grossCents = bookingPriceCents(pricing, beginsAt, endsAt);
  return {
    ...splitGross(grossCents, pricing.vatPercent),
    vatPercent: pricing.vatPercent,
    billableMinutes: UNIT_MINUTES[pricing.priceUnit] === undefined ? null : billableMinutes(beginsAt, endsAt),
    paymentType: grossCents > 0 ? pricing.paymentType : null,
    pricing,
  };
}

/** Money has arrived (webshop) or is invoiced: such a booking's price is fixed and refundable. */
export const PAID_STATUSES: readonly PaymentStatus[] = ['PAID', 'PAID_BY_INVOICE'];

export function isPaid(status: PaymentStatus | null): boolean {
  return status !== null && PAID_STATUSES.includes(status);
}

/** An order nobody has paid yet: cancelled when the booking is denied, cancelled or sent back to handling. */
export const OPEN_ORDER_STATUSES: readonly PaymentStatus[] = ['DRAFT', 'PENDING', 'EXPIRED'];

/**
 * Why a handler cannot set this final price, or null: a subsidy goes from 0 up to the
 * undiscounted price, and a paid booking's price does not change at all.
 */
export function finalPriceProblem(reservation: Pick<Reservation, 'priceCents' | 'undiscountedPriceCents' | 'paymentStatus'>, finalPriceCents: number): BookingErrorCode | null {
  if (finalPriceCents !== reservation.priceCents && isPaid(reservation.paymentStatus)) return 'reservation_price_locked';
  if (finalPriceCents > reservation.undiscountedPriceCents) return 'reservation_price_above_full';
  return null;
}

/** The subsidy fields for a final price; the undiscounted price is never touched. */
export function withFinalPrice(reservation: Pick<Reservation, 'undiscountedPriceCents'>, finalPriceCents: number): Pick<Reservation, 'priceCents' | 'subsidised'> {
  return { priceCents: finalPriceCents, subsidised: finalPriceCents < reservation.undiscountedPriceCents };
}

const HOUR_MS = 3_600_000;
/** How long the customer has to pay after approval, and the last hour before the start that is left free. */
export const PAYMENT_DAYS_AFTER_APPROVAL = 3;
/** Closer to the start than this there is no time to pay online: it is paid on site. */
export const ON_SITE_WITHIN_HOURS = 2;

export type PaymentFields = Pick<Reservation, 'paymentStatus' | 'paymentType' | 'paymentDueAt'>;

/**
 * The payment of a booking being approved at `now` (brief 4.3, "handled paid flow"). A paid
 * booking needs a pending order due min(now + 3 days, start − 1 h); starting in under two hours,
 * or priced for on-site payment, it is paid on site. A free one has no open order left.
 */
export function paymentOnApproval(reservation: Pick<Reservation, 'paymentStatus' | 'paymentType' | 'beginsAt'>, priceCents: number, now: string): PaymentFields {
  const status = reservation.paymentStatus;
  if (priceCents === 0) {
    return { paymentStatus: status !== null && OPEN_ORDER_STATUSES.includes(status) ? 'CANCELLED' : status, paymentType: null, paymentDueAt: null };
  }
  if (status === 'PAID_MANUALLY' || isPaid(status)) return { paymentStatus: status, paymentType: reservation.paymentType, paymentDueAt: null };
  const start = Date.parse(reservation.beginsAt);
  const at = Date.parse(now);
  if (reservation.paymentType === 'ON_SITE' || start - at < ON_SITE_WITHIN_HOURS * HOUR_MS) {
    return { paymentStatus: 'PAID_MANUALLY', paymentType: 'ON_SITE', paymentDueAt: null };
  }
  const due = Math.min(at + PAYMENT_DAYS_AFTER_APPROVAL * 24 * HOUR_MS, start - HOUR_MS);
  return { paymentStatus: 'PENDING', paymentType: reservation.paymentType ?? 'ONLINE', paymentDueAt: new Date(due).toISOString() };
}
