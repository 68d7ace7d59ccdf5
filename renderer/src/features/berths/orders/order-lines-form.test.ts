import { describe, expect, it } from 'vitest';
import type { BerthOrder } from '../../../../../domain/berths/order-entity.ts';
import { orderTotals, pricedServiceLine, serviceLine } from '../../../../../domain/berths/order-lines.ts';
import { checkLines, newRow, rowsOf, withService, type LineRow } from './order-lines-form.ts';

const berth = { product: 'berth', title: { fi: 'Venepaikka Pajalahti 1', sv: 'Båtplats Pajalahti 1', en: 'Berth Pajalahti 1' }, pretaxCents: 23108, vatPercent: 25.5, totalCents: 29000 };
function order(lines = [berth]): BerthOrder {
  return {
    id: 'o', leaseId: 'l', applicationId: null, customerId: 'c', season: 2027, status: 'drafted', lines, ...orderTotals(lines),
    dueDate: null, sentAt: null, paidAt: null, paidVia: null, invoicingType: 'online_payment', language: 'fi', refund: null,
  };
}
const row = (extra: Partial<LineRow>): LineRow => ({ key: 'r1', service: 'water', unit: 'amount', value: '', vatPercent: 25.5, ...extra });

describe('the invoice line editor’s form', () => {
  it('starts from the order’s service lines as euros in the reader’s format; a new row takes the first service not on it', () => {
    const o = order([berth, serviceLine('electricity', 12550, 25.5)]);
    expect(rowsOf(o, 'fi')).toEqual([{ key: 'line-1', service: 'electricity', unit: 'amount', value: '125,50', vatPercent: 25.5 }]);
    expect(rowsOf(o, 'en')[0]!.value).toBe('125.50');
    expect(newRow(rowsOf(o, 'fi'), 'n')).toMatchObject({ service: 'water', value: '', vatPercent: 25.5 });
    // A fixed harbour service always carries the general VAT.
    expect(withService(row({ service: 'parking_permit', vatPercent: 10 }), 'electricity').vatPercent).toBe(25.5);
    expect(withService(row({ service: 'water' }), 'parking_permit').vatPercent).toBe(25.5);
  });

  it('prices an amount and a percentage of the berth price by the domain’s rules and totals the invoice as the central will', () => {
    const c = checkLines(order(), [row({ service: 'electricity', value: '125,50' }), row({ key: 'r2', service: 'parking_permit', unit: 'percentage', value: '10', vatPercent: 10 })]);
    expect(c.problems).toEqual({});
    // The percentage is sent as its percent (decision 48), and previewed as the central prices it.
    expect(c.services).toEqual([{ service: 'electricity', totalCents: 12550, vatPercent: 25.5 }, { service: 'parking_permit', percent: 10, vatPercent: 10 }]);
    expect(c.lines.map((l) => [l.product, l.pretaxCents, l.totalCents, l.percent])).toEqual([['berth', 23108, 29000, undefined], ['electricity', 10000, 12550, undefined], ['parking_permit', 2636, 2900, 10]]);
    expect(c.totals).toEqual({ pretaxCents: 35744, vatCents: 8706, totalCents: 44450 });
    expect(c.changed).toBe(true);
  });

  it('says what is wrong next to each field, and gives no payload while anything is', () => {
    const bad = (value: string, unit: LineRow['unit'] = 'amount') => checkLines(order(), [row({ value, unit })]).problems.r1?.value?.key;
    expect(bad('')).toBe('berthOrders.lines.problems.required');
    for (const v of ['12,345', '-1', 'abc', '1,2,3', '12.5.0']) expect(bad(v), v).toBe('berthOrders.lines.problems.amountFormat');
    expect(bad('x', 'percentage')).toBe('berthOrders.lines.problems.percentFormat');
    expect(bad('100,5', 'percentage')).toBe('berthOrders.lines.problems.percentTooLarge');
    expect(bad('0', 'percentage')).toBe('berthOrders.lines.problems.percentZero');
    expect(bad('0,01', 'percentage')).toBeUndefined();
    expect(bad('100000,01')).toBe('berthOrders.lines.problems.tooLarge');
    expect(bad('100 000')).toBeUndefined();
    expect(bad('12.50 €')).toBeUndefined();
    const twice = checkLines(order(), [row({ value: '1' }), row({ key: 'r2', value: '2' })]);
    expect(twice.problems).toEqual({ r2: { service: { key: 'berthOrders.lines.problems.duplicate' } } });
    expect(twice.services).toBeNull();
    // The totals show what prices while the rest is fixed.
    expect(twice.totals.totalCents).toBe(29100);
  });

  it('opens a percentage line as its percent in the reader’s format; the same euros as an amount are a change', () => {
    const o = order([berth, pricedServiceLine({ service: 'electricity', percent: 12.5, vatPercent: 25.5 }, 29000)]);
    expect(rowsOf(o, 'fi')).toEqual([{ key: 'line-1', service: 'electricity', unit: 'percentage', value: '12,5', vatPercent: 25.5 }]);
    expect(rowsOf(o, 'en')[0]!.value).toBe('12.5');
    expect(checkLines(o, rowsOf(o, 'fi')).changed).toBe(false);
    expect(checkLines(o, [row({ key: 'r', service: 'electricity', value: '36,25' })])).toMatchObject({ changed: true, totals: orderTotals(o.lines) });
  });

  it('knows an unchanged invoice, and one whose only service line is removed', () => {
    const o = order([berth, serviceLine('water', 1000, 25.5)]);
    expect(checkLines(o, rowsOf(o, 'sv')).changed).toBe(false);
    expect(checkLines(o, [])).toMatchObject({ changed: true, services: [], totals: { totalCents: 29000 } });
  });
});
