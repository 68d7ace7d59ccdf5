import { describe, expect, it } from 'vitest';
import type { BerthProduct } from './entities.ts';
import { additionalProductPrice, berthPrice, pretaxCents, priceFor, unmarkedStorageSize, winterStoragePrice } from './pricing.ts';
import { AdditionalProduct, priceListOn, vatPercentOn, type WinterStorageProduct } from './price-list.ts';
import { HARBOUR_A, PIER_A, berth, harbour, pier } from './fixtures.test-support.ts';

/** Brief 4.5 written out: [category, lower bound (exclusive), upper bound (inclusive), tier 1-3 €]. */
const BRIEF: [BerthProduct['pricingCategory'], number, number, number, number, number][] = [
  ['default', 0, 2, 200, 170, 150], ['default', 2, 2.75, 290, 250, 220], ['default', 2.75, 3, 330, 310, 290],
  ['default', 3, 4, 440, 410, 380], ['default', 4, 4.5, 530, 490, 450], ['default', 4.5, 5, 610, 550, 520],
  ['default', 5, 999.99, 820, 750, 660], ['dinghy', 0, 999.99, 62, 62, 62], ['trailer', 0, 999.99, 129, 129, 129],
  ['vasikkasaari', 2.49, 2.5, 100, 100, 100], ['vasikkasaari', 2.69, 2.7, 102, 102, 102],
  ['vasikkasaari', 2.99, 3, 129, 129, 129], ['vasikkasaari', 3.49, 3.5, 157, 157, 157],
];
const PRODUCTS: BerthProduct[] = BRIEF.map(([pricingCategory, minWidthExclusive, maxWidthInclusive, t1, t2, t3], i) => ({
  id: `p${i}`, pricingCategory, minWidthExclusive, maxWidthInclusive, tierPricesCents: [t1 * 100, t2 * 100, t3 * 100], vatPercent: 25.5, validFrom: '2024-09-01', validUntil: null,
}));
const WINTER: WinterStorageProduct[] = [
  { areaId: 'pajalahti', areaName: 'Pajalahti', centsPerM2: 970, vatPercent: 25.5 },
  { areaId: 'rajasaari', areaName: 'Rajasaari', centsPerM2: 1140, vatPercent: 25.5 },
];
const VAT_RATES = [{ validFrom: '2013-01-01', validUntil: '2024-08-31', percent: 24 }, { validFrom: '2024-09-01', validUntil: null, percent: 25.5 }];

const h = harbour(HARBOUR_A, 'Puotilan venesatama');
const vasikkasaari = harbour(HARBOUR_A, 'Vasikkasaaren venesatama');
const tier = (t: 1 | 2 | 3) => pier(PIER_A, HARBOUR_A, 'A', t);
const euros = (width: number, t: 1 | 2 | 3, extra: Parameters<typeof berth>[4] = {}, where = h, kind: Parameters<typeof berthPrice>[4] = 'private') => {
  const r = berthPrice(berth(HARBOUR_A, PIER_A, width, 6, extra), tier(t), where, PRODUCTS, kind);
  return r.ok ? r.price.cents / 100 : r.flag;
};

describe('berth price list (brief 4.5)', () => {
  it('costs 290 € incl. VAT 25.5 % for a 2.50 m berth at tier 1, 231.08 € before VAT', () => {
    const r = berthPrice(berth(HARBOUR_A, PIER_A, 2.5, 6), tier(1), h, PRODUCTS);
    expect(r).toMatchObject({ ok: true, price: { cents: 29000, pretaxCents: 23108, vatPercent: 25.5 } });
  });

  it('costs a company double: 580 €', () => {
    const r = berthPrice(berth(HARBOUR_A, PIER_A, 2.5, 6), tier(1), h, PRODUCTS, 'company');
    expect(r).toMatchObject({ ok: true, price: { cents: 58000, pretaxCents: 46215, vatPercent: 25.5 } });
  });

  it('costs a non-billable customer 0 € at 0 % VAT; internal customers and associations pay the private price', () => {
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 2.5, 6), tier(1), h, PRODUCTS, 'non_billable')).toMatchObject({ ok: true, price: { cents: 0, pretaxCents: 0, vatPercent: 0 } });
    expect(euros(2.5, 1, {}, h, 'internal')).toBe(290);
    expect(euros(2.5, 1, {}, h, 'association')).toBe(290);
  });

  it('holds every band and tier of the table', () => {
    const table: [number, number, number, number][] = [
      [2.0, 200, 170, 150], [2.75, 290, 250, 220], [3.0, 330, 310, 290], [4.0, 440, 410, 380],
      [4.5, 530, 490, 450], [5.0, 610, 550, 520], [6.0, 820, 750, 660],
    ];
    for (const [w, t1, t2, t3] of table) expect([euros(w, 1), euros(w, 2), euros(w, 3)]).toEqual([t1, t2, t3]);
  });

  it('reads a band\'s lower bound exclusive and its upper bound inclusive', () => {
    expect(euros(2.0, 1)).toBe(200);
    expect(euros(2.01, 1)).toBe(290);
    expect(euros(2.75, 1)).toBe(290);
    expect(euros(2.76, 1)).toBe(330);
    expect(euros(5.0, 1)).toBe(610);
    expect(euros(5.01, 1)).toBe(820);
  });

  it('prices a dinghy place 62 € and a trailer place 129 € at any width and tier', () => {
    for (const w of [1.2, 2.5, 3.5, 6]) {
      for (const t of [1, 2, 3] as const) {
        expect(euros(w, t, { mooringType: 'dinghy' })).toBe(62);
        expect(euros(w, t, { mooringType: 'trailer' })).toBe(129);
      }
    }
  });

  it('prices Vasikkasaari by its own widths only and flags any other width there', () => {
    expect([2.5, 2.7, 3.0, 3.5].map((w) => euros(w, 1, {}, vasikkasaari))).toEqual([100, 102, 129, 157]);
    expect(euros(2.3, 1, {}, vasikkasaari)).toBe('no_product');
    expect(euros(4.0, 1, {}, vasikkasaari)).toBe('no_product');
  });

  it('flags a width with no product in its category instead of pricing it from another', () => {
    const defaultOnly = PRODUCTS.filter((p) => p.pricingCategory === 'default');
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 1.5, 4, { mooringType: 'dinghy' }), tier(1), h, defaultOnly)).toEqual({ ok: false, flag: 'no_product', category: 'dinghy', width: 1.5 });
    const noWide = PRODUCTS.filter((p) => !(p.pricingCategory === 'default' && p.minWidthExclusive === 5));
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 6, 10), tier(1), h, noWide)).toEqual({ ok: false, flag: 'no_product', category: 'default', width: 6 });
  });

  it('uses only the products in force on the day asked', () => {
    const b = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const next = PRODUCTS.map((p) => ({ ...p, id: `${p.id}n`, validFrom: '2027-01-01', validUntil: null, tierPricesCents: [p.tierPricesCents[0] + 1000, p.tierPricesCents[1], p.tierPricesCents[2]] as [number, number, number] }));
    const old = PRODUCTS.map((p) => ({ ...p, validUntil: '2026-12-31' }));
    const both = [...old, ...next];
    expect(berthPrice(b, tier(1), h, both, 'private', '2026-06-10')).toMatchObject({ price: { cents: 29000 } });
    expect(berthPrice(b, tier(1), h, both, 'private', '2027-06-10')).toMatchObject({ price: { cents: 30000 } });
    expect(berthPrice(b, tier(1), h, old, 'private', '2027-06-10')).toMatchObject({ ok: false, flag: 'no_product' });
  });
});

describe('VAT', () => {
  it('shows the amount before VAT rounded to the cent', () => {
    expect(pretaxCents(29000, 25.5)).toBe(23108);
    expect(pretaxCents(6200, 25.5)).toBe(4940);
    expect(pretaxCents(12900, 25.5)).toBe(10279);
    expect(pretaxCents(25600, 24)).toBe(20645);
    expect(pretaxCents(0, 0)).toBe(0);
    expect(priceFor(10000, 25.5, 'private')).toEqual({ cents: 10000, pretaxCents: 7968, vatPercent: 25.5 });
  });

  it('is 25.5 % from 1.9.2024 and 24 % before', () => {
    expect(vatPercentOn(VAT_RATES, '2024-08-31')).toBe(24);
    expect(vatPercentOn(VAT_RATES, '2024-09-01')).toBe(25.5);
    expect(vatPercentOn(VAT_RATES, '2012-12-31')).toBeNull();
  });
});

describe('price lists with dates of validity', () => {
  it('picks the list in force, the later one where two overlap', () => {
    const a = { id: 'a', validFrom: '2024-09-01', validUntil: null };
    const b = { id: 'b', validFrom: '2027-01-01', validUntil: '2027-12-31' };
    expect(priceListOn([a, b], '2026-12-31')?.id).toBe('a');
    expect(priceListOn([a, b], '2027-01-01')?.id).toBe('b');
    expect(priceListOn([a, b], '2028-01-01')?.id).toBe('a');
    expect(priceListOn([a, b], '2024-08-31')).toBeNull();
  });
});

describe('winter storage (brief 4.5)', () => {
  const area = 'pajalahti';

  it('prices a marked place by its width x length to the cent', () => {
    expect(winterStoragePrice({ width: 2.5, length: 6 }, area, WINTER)).toEqual({ ok: true, price: { cents: 14550, pretaxCents: 11594, vatPercent: 25.5 } });
    expect(winterStoragePrice({ width: 2.35, length: 7.15 }, area, WINTER)).toMatchObject({ price: { cents: 16298 } }); // 16.8025 m² x 9.70 € = 162.98425 €
  });

  it('doubles for companies and is free for non-billable customers', () => {
    expect(winterStoragePrice({ width: 2.5, length: 6 }, area, WINTER, 'company')).toMatchObject({ price: { cents: 29100 } });
    expect(winterStoragePrice({ width: 2.5, length: 6 }, area, WINTER, 'non_billable')).toMatchObject({ price: { cents: 0, vatPercent: 0 } });
  });

  it('prices unmarked storage by the boat, or by the application when there is no boat', () => {
    expect(unmarkedStorageSize({ width: 2.1, length: 5.5 }, { width: 2, length: 5 })).toEqual({ width: 2.1, length: 5.5 });
    expect(unmarkedStorageSize(null, { width: 2, length: 5 })).toEqual({ width: 2, length: 5 });
  });

  it('flags an area with no price', () => {
    expect(winterStoragePrice({ width: 2.5, length: 6 }, 'no-such-area', WINTER)).toEqual({ ok: false, flag: 'no_product', areaId: 'no-such-area' });
  });
});

describe('additional services (brief 4.5)', () => {
  const product = (p: Partial<AdditionalProduct>): AdditionalProduct => AdditionalProduct.parse({ id: 'x', service: 'parking_permit', period: 'season', unit: 'amount', value: 12000, vatPercent: 25.5, ...p });
  const season = { startDate: '2027-06-10', endDate: '2027-09-14' };

  it('charges a season service in full whatever the lease dates', () => {
    expect(additionalProductPrice(product({}), { startDate: '2027-08-01', endDate: '2027-09-14' }, 29000)).toEqual({ cents: 12000, pretaxCents: 9562, vatPercent: 25.5 });
  });

  it('takes a percentage of the lease order\'s price', () => {
    expect(additionalProductPrice(product({ unit: 'percentage', value: 10, service: 'electricity' }), season, 29000).cents).toBe(2900);
  });

  it('pro-rates a month service by the days of each month the lease covers', () => {
    const monthly = product({ period: 'month', value: 3000 });
    expect(additionalProductPrice(monthly, { startDate: '2027-07-01', endDate: '2027-07-31' }, 0).cents).toBe(3000);
    expect(additionalProductPrice(monthly, { startDate: '2027-07-01', endDate: '2027-08-31' }, 0).cents).toBe(6000);
    // 21 of June's 30 days, all of July and August, 14 of September's 30.
    expect(additionalProductPrice(monthly, season, 0).cents).toBe(Math.round(3000 * (21 / 30 + 2 + 14 / 30)));
  });

  it('pro-rates a year service by the days of the year the lease covers', () => {
    const yearly = product({ period: 'year', value: 36500, service: 'storage_on_ice' });
    expect(additionalProductPrice(yearly, { startDate: '2027-01-01', endDate: '2027-12-31' }, 0).cents).toBe(36500);
    expect(additionalProductPrice(yearly, season, 0).cents).toBe(9700); // 97 days of 365
  });

  it('costs a non-billable customer nothing', () => {
    expect(additionalProductPrice(product({}), season, 0, 'non_billable')).toEqual({ cents: 0, pretaxCents: 0, vatPercent: 0 });
  });

  it('refuses a fixed harbour service for a month or year, and an unknown VAT rate', () => {
    expect(AdditionalProduct.safeParse({ id: 'e', service: 'electricity', period: 'month', unit: 'amount', value: 1, vatPercent: 25.5 }).success).toBe(false);
    expect(AdditionalProduct.safeParse({ id: 'p', service: 'parking_permit', period: 'month', unit: 'amount', value: 1, vatPercent: 14 }).success).toBe(true);
    expect(AdditionalProduct.safeParse({ id: 'p', service: 'parking_permit', period: 'month', unit: 'amount', value: 1, vatPercent: 12 }).success).toBe(false);
  });
});
