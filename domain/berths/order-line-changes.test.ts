import { describe, expect, it } from 'vitest';
import type { OrderLine } from './order-entity.ts';
import { orderLineChanges } from './order-line-changes.ts';

const line = (product: string, totalCents: number, vatPercent = 25.5): OrderLine => ({
  product,
  title: { fi: product, sv: product, en: product },
  pretaxCents: Math.round(totalCents / (1 + vatPercent / 100)),
  vatPercent,
  totalCents,
});
const BERTH = line('berth', 29000);

describe('which invoice lines an edit changed', () => {
  it('names the added, the repriced (amount or VAT) and the removed service lines, never the berth', () => {
    const before = [BERTH, line('electricity', 5000), line('water', 2000), line('parking', 1000)];
    const after = [{ ...BERTH, totalCents: 1 }, line('electricity', 6000), line('water', 2000, 14), line('winch', 1500)];
    expect(orderLineChanges(before, after)).toEqual([
      { product: 'electricity', title: before[1]!.title, before: { totalCents: 5000, vatPercent: 25.5 }, after: { totalCents: 6000, vatPercent: 25.5 } },
      { product: 'water', title: before[2]!.title, before: { totalCents: 2000, vatPercent: 25.5 }, after: { totalCents: 2000, vatPercent: 14 } },
      { product: 'winch', title: after[3]!.title, before: null, after: { totalCents: 1500, vatPercent: 25.5 } },
      { product: 'parking', title: before[3]!.title, before: { totalCents: 1000, vatPercent: 25.5 }, after: null },
    ]);
  });

  it('keeps a percentage line’s percent beside its amount, and names an amount turned into the same euros as a percentage', () => {
    const percent = (product: string, pct: number, totalCents: number): OrderLine => ({ ...line(product, totalCents), percent: pct });
    expect(orderLineChanges([BERTH, line('electricity', 2900)], [BERTH, percent('electricity', 10, 2900), percent('water', 2.5, 725)])).toEqual([
      { product: 'electricity', title: line('electricity', 0).title, before: { totalCents: 2900, vatPercent: 25.5 }, after: { totalCents: 2900, vatPercent: 25.5, percent: 10 } },
      { product: 'water', title: line('water', 0).title, before: null, after: { totalCents: 725, vatPercent: 25.5, percent: 2.5 } },
    ]);
    expect(orderLineChanges([BERTH, percent('water', 2.5, 725)], [BERTH, percent('water', 2.5, 725)])).toEqual([]);
  });

  it('names the berth line too when asked, as a resend that priced the berth again does', () => {
    expect(orderLineChanges([BERTH, line('water', 2000)], [{ ...BERTH, totalCents: 33000 }, line('water', 2000)], { withBerth: true })).toEqual([
      { product: 'berth', title: BERTH.title, before: { totalCents: 29000, vatPercent: 25.5 }, after: { totalCents: 33000, vatPercent: 25.5 } },
    ]);
  });

  it('is empty when the lines are the same, in any order', () => {
    expect(orderLineChanges([BERTH, line('a', 1), line('b', 2)], [BERTH, line('b', 2), line('a', 1)])).toEqual([]);
  });
});
