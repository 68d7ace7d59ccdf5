import type { Berth, BerthProduct, Customer, Harbour, Pier } from './entities.ts';

export interface Price {
  cents: number;
  vatPercent: number;
}

const VASIKKASAARI = /vasikkasaar/i; // "Vasikkasaaren venesatama"

/**
 * The season price of a berth: the product is chosen by the berth's width band and pricing
 * category (dinghy and trailer places and Vasikkasaari are flat-priced), then the pier's tier.
 * Companies pay double; non-billable customers pay nothing.
 */
export function berthPrice(
  berth: Pick<Berth, 'width' | 'mooringType'>,
  pier: Pick<Pier, 'priceTier'>,
  harbour: Pick<Harbour, 'name'>,
  products: readonly BerthProduct[],
  customerKind: Customer['kind'] = 'private',
): Price | null {
  const category =
    berth.mooringType === 'dinghy'
      ? 'dinghy'
      : berth.mooringType === 'trailer'
        ? 'trailer'
        : VASIKKASAARI.test(harbour.name.fi)
          ? 'vasikkasaari'
          : 'default';
  const inBand = (p: BerthProduct) =>
    berth.width > p.minWidthExclusive + 1e-9 && berth.width <= p.maxWidthInclusive + 1e-9;
  // Vasikkasaari lists only its own widths; any other width there is priced as usual.
  const product =
    products.find((p) => p.pricingCategory === category && inBand(p)) ??
    products.find((p) => p.pricingCategory === 'default' && inBand(p));
  if (!product) return null;
  const base = product.tierPricesCents[pier.priceTier - 1] ?? product.tierPricesCents[0];
  if (customerKind === 'non_billable') return { cents: 0, vatPercent: 0 };
  return { cents: customerKind === 'company' ? base * 2 : base, vatPercent: product.vatPercent };
}
