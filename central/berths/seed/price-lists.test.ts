import { describe, expect, it } from 'vitest';
import { BerthProduct, type Harbour, type Pier } from '../../../domain/berths/entities.ts';
import { berthPrice, winterStoragePrice } from '../../../domain/berths/pricing.ts';
import { nameUuid } from '../../stable-ids.ts';
import { loadReferenceData } from './reference-data.ts';

const ref = loadReferenceData();
const harbourOf = new Map(ref.harbours.map((h) => [h.id, h]));
const pierOf = new Map(ref.piers.map((p) => [p.id, p]));
const placeOf = (b: (typeof ref.berths)[number]) => ({ pier: pierOf.get(b.pierId) as Pier, harbour: harbourOf.get(b.harbourId) as Harbour });

describe('the shipped price list (resources/data/berths/price-lists.json)', () => {
  it('seeds the 13 berth products with their dates and the ids they had before prices had dates', () => {
    expect(ref.products).toHaveLength(13);
    for (const p of ref.products) BerthProduct.parse(p);
    expect(ref.products.every((p) => p.validFrom === '2024-09-01' && p.validUntil === null)).toBe(true);
    const band = ref.products.find((p) => p.pricingCategory === 'default' && p.maxWidthInclusive === 2.75);
    expect(band?.id).toBe(nameUuid('berth_product:default:2.00:2.75'));
  });

  it('prices every one of the 4,068 berths from its own category: none is flagged', () => {
    const flagged = ref.berths.filter((b) => !berthPrice(b, placeOf(b).pier, placeOf(b).harbour, ref.products, 'private', '2027-06-10').ok);
    expect(flagged).toEqual([]);
  });

  it('holds the brief\'s must-show prices on real berths', () => {
    const wide = ref.berths.find((b) => b.width === 2.5 && b.mooringType !== 'dinghy' && b.mooringType !== 'trailer' && placeOf(b).pier.priceTier === 1 && !/vasikkasaar/i.test(placeOf(b).harbour.name.fi));
    if (!wide) throw new Error('the data has a 2.50 m tier-1 berth');
    const at = (kind: 'private' | 'company' | 'non_billable') => berthPrice(wide, placeOf(wide).pier, placeOf(wide).harbour, ref.products, kind, '2027-06-10');
    expect(at('private')).toMatchObject({ ok: true, price: { cents: 29000, vatPercent: 25.5, pretaxCents: 23108 } });
    expect(at('company')).toMatchObject({ ok: true, price: { cents: 58000, vatPercent: 25.5 } });
    expect(at('non_billable')).toMatchObject({ ok: true, price: { cents: 0, vatPercent: 0 } });
    const flat = (type: 'dinghy' | 'trailer') =>
      new Set(ref.berths.filter((b) => b.mooringType === type).map((b) => { const r = berthPrice(b, placeOf(b).pier, placeOf(b).harbour, ref.products); return r.ok ? r.price.cents : r.flag; }));
    expect(flat('dinghy')).toEqual(new Set([6200]));
    expect(flat('trailer')).toEqual(new Set([12900]));
  });

  it('prices winter storage at 9.70 or 11.40 €/m² in 13 areas, the VAT by date', () => {
    const list = ref.priceLists.priceLists[0];
    expect(list?.winterStorageProducts).toHaveLength(13);
    expect(new Set(list?.winterStorageProducts.map((p) => p.centsPerM2))).toEqual(new Set([970, 1140]));
    const rajasaari = list?.winterStorageProducts.find((p) => p.areaName === 'Rajasaari');
    expect(winterStoragePrice({ width: 3, length: 8 }, rajasaari?.areaId ?? '', list?.winterStorageProducts ?? [])).toMatchObject({ ok: true, price: { cents: 27360 } });
    expect(list?.winterStorageProducts.some((p) => p.areaName === 'Lähteelä')).toBe(false);
    expect(ref.priceLists.vatRates.map((r) => r.percent)).toEqual([24, 25.5]);
  });
});
