import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../../../../../domain/berths/fixtures.test-support.ts';
import { checkPriceListForm, priceListForm } from './price-list-form.ts';

describe('the price list form', () => {
  it('copies the bands with their prices in euros and gives a list without ids to save', () => {
    const f = priceListForm(PRODUCTS, '1.1.2027', '', 'fi');
    expect(f.prices[1]!.euros).toEqual(['290,00', '250,00', '220,00']);
    const edited = { ...f, prices: f.prices.map((p, i) => (i === 1 ? { ...p, euros: ['300', '255,5', '220'] as [string, string, string] } : p)) };
    const r = checkPriceListForm(edited, '2026-11-28', 'fi', false);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.input.validFrom).toBe('2027-01-01');
    expect(r.input.validUntil).toBeNull();
    expect(r.input.products[1]).toEqual({ pricingCategory: 'default', minWidthExclusive: 2, maxWidthInclusive: 2.75, tierPricesCents: [30000, 25550, 22000], vatPercent: 25.5 });
  });

  it('keeps the ids of an upcoming list it edits', () => {
    const r = checkPriceListForm(priceListForm(PRODUCTS, '1.1.2027', '', 'fi'), '2026-11-28', 'fi', true);
    expect(r.ok && r.input.products.map((p) => p.id)).toEqual(PRODUCTS.map((p) => p.id));
  });

  it('asks for a start from tomorrow, an end after it, and prices of 0 € or more', () => {
    const f = priceListForm(PRODUCTS, '28.11.2026', '1.11.2026', 'fi');
    const bad = { ...f, prices: f.prices.map((p, i) => (i === 0 ? { ...p, euros: ['-1', 'x', '2'] as [string, string, string] } : p)) };
    const r = checkPriceListForm(bad, '2026-11-28', 'fi', false);
    expect(r.ok ? null : r.problems).toEqual({
      validFrom: { key: 'berthsMaster.validation.notFuture', params: { day: '2026-11-29' } },
      validUntil: { key: 'berthsMaster.validation.untilBeforeFrom' },
      prices: { '0-0': { key: 'berthsMaster.validation.price' }, '0-1': { key: 'berthsMaster.validation.price' } },
    });
    expect(checkPriceListForm({ ...f, validFrom: '1.1.2027', validUntil: '31.12.2026' }, '2026-11-28', 'fi', false)).toMatchObject({ ok: false, problems: { validUntil: { key: 'berthsMaster.validation.untilBeforeFrom' } } });
  });
});
