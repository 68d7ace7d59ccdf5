import { describe, expect, it } from 'vitest';
import { berthPrice } from './pricing.ts';
import { HARBOUR_A, PIER_A, PRODUCTS, berth, harbour, pier } from './fixtures.test-support.ts';

const h = harbour(HARBOUR_A, 'Puotilan venesatama');

describe('berth price', () => {
  it('picks the width band by the berth and the price by the pier tier', () => {
    const b = berth(HARBOUR_A, PIER_A, 2.5, 6);
    expect(berthPrice(b, pier(PIER_A, HARBOUR_A, 'A', 1), h, PRODUCTS)).toEqual({ cents: 29000, vatPercent: 25.5 });
    expect(berthPrice(b, pier(PIER_A, HARBOUR_A, 'A', 3), h, PRODUCTS)).toEqual({ cents: 22000, vatPercent: 25.5 });
  });

  it('treats band edges as min exclusive, max inclusive', () => {
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 2, 5), pier(PIER_A, HARBOUR_A), h, PRODUCTS)?.cents).toBe(20000);
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 2.75, 5), pier(PIER_A, HARBOUR_A), h, PRODUCTS)?.cents).toBe(29000);
  });

  it('prices dinghy places flat and Vasikkasaari by its own list, falling back to the default list', () => {
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 1.5, 4, { mooringType: 'dinghy' }), pier(PIER_A, HARBOUR_A, 'A', 2), h, PRODUCTS)?.cents).toBe(6200);
    const v = harbour(HARBOUR_A, 'Vasikkasaaren venesatama');
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 2.5, 6), pier(PIER_A, HARBOUR_A), v, PRODUCTS)?.cents).toBe(10000);
    expect(berthPrice(berth(HARBOUR_A, PIER_A, 2.3, 6), pier(PIER_A, HARBOUR_A), v, PRODUCTS)?.cents).toBe(29000);
  });

  it('doubles for companies and is free for non-billable customers', () => {
    const b = berth(HARBOUR_A, PIER_A, 3, 6);
    expect(berthPrice(b, pier(PIER_A, HARBOUR_A), h, PRODUCTS, 'company')?.cents).toBe(66000);
    expect(berthPrice(b, pier(PIER_A, HARBOUR_A), h, PRODUCTS, 'non_billable')).toEqual({ cents: 0, vatPercent: 0 });
  });
});
