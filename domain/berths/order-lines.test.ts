import { describe, expect, it } from 'vitest';
import type { OrderLine } from './order-entity.ts';
import { fixedPriceCents, percentOfCents, pricedServiceLine, serviceLine, withPercentLinesPriced } from './order-lines.ts';

const berth = (totalCents: number): OrderLine => ({ product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: Math.round(totalCents / 1.255), vatPercent: 25.5, totalCents });

describe('a percentage service line (decision 48)', () => {
  it('is its percent of the berth line, to the cent, with the amount before VAT as any line has it', () => {
    expect(fixedPriceCents([berth(29000), serviceLine('water', 1000, 25.5)])).toBe(29000);
    expect(pricedServiceLine({ service: 'electricity', percent: 10, vatPercent: 25.5 }, 29000)).toEqual({ ...serviceLine('electricity', 2900, 25.5), percent: 10 });
    // 12.35 % of 333.33 € is 41.166… €: rounded to the cent, and counted in hundredths so no float slips through.
    expect(percentOfCents(12.35, 33333)).toBe(4117);
    expect(percentOfCents(0.29, 100)).toBe(0);
    expect(percentOfCents(0.5, 101)).toBe(1);
    expect(percentOfCents(100, 29000)).toBe(29000);
    // An amount line is what the handler typed, whatever the berth costs.
    expect(pricedServiceLine({ service: 'water', totalCents: 1234, vatPercent: 14 }, 29000)).toEqual(serviceLine('water', 1234, 14));
  });

  it('follows the berth line when it is repriced; an amount line and the berth line stay as they are', () => {
    const lines = [berth(29000), pricedServiceLine({ service: 'electricity', percent: 10, vatPercent: 25.5 }, 29000), serviceLine('water', 2900, 25.5)];
    const repriced = withPercentLinesPriced([berth(35000), ...lines.slice(1)]);
    expect(repriced.map((l) => [l.product, l.totalCents, l.pretaxCents, l.percent])).toEqual([
      ['berth', 35000, berth(35000).pretaxCents, undefined],
      ['electricity', 3500, 2789, 10],
      ['water', 2900, 2311, undefined],
    ]);
    // Priced from the berth it already had, nothing moves.
    expect(withPercentLinesPriced(lines)).toEqual(lines);
  });
});
