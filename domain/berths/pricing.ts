import type { Berth, BerthProduct, Customer, Harbour, Pier } from './entities.ts';
import { validOn } from './price-list.ts';
import type { AdditionalProduct, WinterStorageProduct } from './price-list.ts';

type CustomerKind = Customer['kind'];
type PricingCategory = BerthProduct['pricingCategory'];

/** A price incl. VAT, with the amount before VAT the invoice shows. */
export interface Price {
  cents: number;
  pretaxCents: number;
  vatPercent: number;
}

/** Either a price, or why there is none: the handler is told, nothing is priced from another list. */
export type Pricing =
  | { ok: true; price: Price; productId?: string }
  | { ok: false; flag: 'no_product'; category: PricingCategory; width: number };

const VASIKKASAARI = /vasikkasaar/i; // "Vasikkasaaren venesatama"

/** Dinghy and trailer places are flat-priced wherever they are; Vasikkasaari has its own list. */
export function pricingCategory(berth: Pick<Berth, 'mooringType'>, harbour: Pick<Harbour, 'name'>): PricingCategory {
  if (berth.mooringType === 'dinghy') return 'dinghy';
  if (berth.mooringType === 'trailer') return 'trailer';
  return VASIKKASAARI.test(harbour.name.fi) ? 'vasikkasaari' : 'default';
}

/** The amount before VAT, rounded to the cent: price / (1 + VAT / 100). */
export function pretaxCents(cents: number, vatPercent: number): number {
  // In tenths of a percent, so 25.5 % divides exactly: 29000 * 1000 / 1255.
  return Math.round((cents * 1000) / (1000 + Math.round(vatPercent * 10)));
}

/**
 * The customer group's price: companies pay double, non-billable customers nothing and no VAT;
 * internal customers and associations pay what a private customer pays.
 */
export function priceFor(cents: number, vatPercent: number, kind: CustomerKind): Price {
  if (kind === 'non_billable') return { cents: 0, pretaxCents: 0, vatPercent: 0 };
  const total = kind === 'company' ? cents * 2 : cents;
  return { cents: total, pretaxCents: pretaxCents(total, vatPercent), vatPercent };
}

/**
 * The season price of a berth (never pro-rated): the product of the berth's pricing category
 * whose width band holds the berth's width (lower bound exclusive, upper inclusive), at the
 * pier's tier. `day` picks the products in force (the lease's first day); without it, all count.
 */
export function berthPrice(
  berth: Pick<Berth, 'width' | 'mooringType'>,
  pier: Pick<Pier, 'priceTier'>,
  harbour: Pick<Harbour, 'name'>,
  products: readonly BerthProduct[],
  customerKind: CustomerKind = 'private',
  day?: string,
): Pricing {
  const category = pricingCategory(berth, harbour);
  const product = products.find(
    (p) =>
      p.pricingCategory === category &&
      berth.width > p.minWidthExclusive + 1e-9 &&
      berth.width <= p.maxWidthInclusive + 1e-9 &&
      (day === undefined || validOn(p, day)),
  );
  if (!product) return { ok: false, flag: 'no_product', category, width: berth.width };
  const base = product.tierPricesCents[pier.priceTier - 1] ?? product.tierPricesCents[0];
  return { ok: true, price: priceFor(base, product.vatPercent, customerKind), productId: product.id };
}

/** Square metres to the cent: dimensions in whole centimetres, so 2.5 x 6 m is exactly 15 m². */
function areaCents(width: number, length: number, centsPerM2: number): number {
  return Math.round((Math.round(width * 100) * Math.round(length * 100) * centsPerM2) / 10_000);
}

/**
 * Winter storage for the winter: the area's price per m² times the place (marked storage) or
 * the boat (unmarked), never pro-rated. An area with no price is flagged like a berth.
 */
export function winterStoragePrice(
  size: { width: number; length: number },
  areaId: string,
  products: readonly WinterStorageProduct[],
  customerKind: CustomerKind = 'private',
): { ok: true; price: Price } | { ok: false; flag: 'no_product'; areaId: string } {
  const product = products.find((p) => p.areaId === areaId);
  if (!product) return { ok: false, flag: 'no_product', areaId };
  return { ok: true, price: priceFor(areaCents(size.width, size.length, product.centsPerM2), product.vatPercent, customerKind) };
}

/** Unmarked storage is priced by the boat; with no boat on record, by the size the application gives. */
export function unmarkedStorageSize(
  boat: { width: number; length: number } | null,
  application: { width: number; length: number },
): { width: number; length: number } {
  return boat ?? application;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Days of the lease (both ends included) falling in each calendar month or year, as fractions of it. */
function periodsCovered(startDate: string, endDate: string, period: 'month' | 'year'): number {
  let total = 0;
  let at = dayNumber(startDate);
  const last = dayNumber(endDate);
  while (at <= last) {
    const d = new Date(at * DAY_MS);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const periodStart = period === 'month' ? Date.UTC(y, m, 1) / DAY_MS : Date.UTC(y, 0, 1) / DAY_MS;
    const next = period === 'month' ? Date.UTC(y, m + 1, 1) / DAY_MS : Date.UTC(y + 1, 0, 1) / DAY_MS;
    const upTo = Math.min(last + 1, next);
    total += (upTo - at) / (next - periodStart);
    at = upTo;
  }
  return total;
}

/**
 * An additional service on a lease: a fixed amount, or a percentage of the lease order's price.
 * Season products are charged in full; month and year products by the days of the lease, each
 * month (or year) counted as its share of days. A non-billable customer pays nothing.
 */
export function additionalProductPrice(
  product: AdditionalProduct,
  lease: { startDate: string; endDate: string },
  leaseOrderCents: number,
  customerKind: CustomerKind = 'private',
): Price {
  const base = product.unit === 'amount' ? product.value : (leaseOrderCents * product.value) / 100;
  const periods = product.period === 'season' ? 1 : periodsCovered(lease.startDate, lease.endDate, product.period);
  const cents = Math.round(base * periods);
  if (customerKind === 'non_billable') return { cents: 0, pretaxCents: 0, vatPercent: 0 };
  return { cents, pretaxCents: pretaxCents(cents, product.vatPercent), vatPercent: product.vatPercent };
}
