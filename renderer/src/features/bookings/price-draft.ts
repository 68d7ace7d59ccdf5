import type { Pricing } from '../../../../domain/bookings/entities.ts';
import type { Language } from '../../../../domain/languages.ts';
import { parseDay } from '../../format/dates.ts';
import { parseEuros } from './money-input.ts';

/** A new price as typed: the texts of its fields, and the choices. */
export interface PriceDraft {
  begins: string;
  priceUnit: Pricing['priceUnit'];
  highest: string;
  lowest: string;
  vat: string;
  paymentType: Pricing['paymentType'];
}

export type PriceDraftResult = { ok: true; pricing: Pricing } | { ok: false; field: 'begins' | 'highest' | 'lowest' | 'vat'; problem: string };

/**
 * The typed price, or the first field that does not read, with a translation key. A price begins
 * after today (one that has begun stays as it is) and on a day no other price begins; the
 * subsidised price is at most the normal one.
 */
export function readPriceDraft(d: PriceDraft, lang: Language, today: string, taken: readonly string[]): PriceDraftResult {
  const begins = parseDay(d.begins, lang);
  if (!begins.ok) return { ok: false, field: 'begins', problem: 'bookings.prices.beginsInvalid' };
  if (begins.iso <= today) return { ok: false, field: 'begins', problem: 'bookings.prices.beginsNotFuture' };
  if (taken.includes(begins.iso)) return { ok: false, field: 'begins', problem: 'bookings.prices.beginsTaken' };
  const highest = parseEuros(d.highest);
  if (highest === null) return { ok: false, field: 'highest', problem: 'bookings.prices.amountInvalid' };
  const lowest = d.lowest.trim() === '' ? 0 : parseEuros(d.lowest);
  if (lowest === null) return { ok: false, field: 'lowest', problem: 'bookings.prices.amountInvalid' };
  if (lowest > highest) return { ok: false, field: 'lowest', problem: 'bookings.prices.lowestAboveHighest' };
  const vat = Number(d.vat.trim().replace(',', '.'));
  if (d.vat.trim() === '' || !Number.isFinite(vat) || vat < 0 || vat > 100) return { ok: false, field: 'vat', problem: 'bookings.prices.vatInvalid' };
  return { ok: true, pricing: { begins: begins.iso, priceUnit: d.priceUnit, highestPriceCents: highest, lowestPriceCents: lowest, vatPercent: vat, paymentType: d.paymentType } };
}
