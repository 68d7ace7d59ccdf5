import { describe, expect, it } from 'vitest';
import { bookkeepingKeptUntil, bookkeepingRemovable, orderBookkeepingDates } from './bookkeeping-retention.ts';

const erased = { erasedAt: '2020-03-01T10:00:00+02:00' };

describe("an erased berth customer's bookkeeping records", () => {
  it('are kept through 31 December of the tenth year after the last date, and removable from 1 January after', () => {
    const dates = ['2014-03-31', '2016-06-10T09:00:00+03:00', '2015-12-31'];
    expect(bookkeepingKeptUntil(dates)).toBe('2026-12-31');
    expect(bookkeepingRemovable(erased, dates, '2026-12-31')).toBe(false);
    expect(bookkeepingRemovable(erased, dates, '2027-01-01')).toBe(true);
  });

  it('count a date on the last day of a year in that year, and on the first day of the next in the next', () => {
    expect(bookkeepingKeptUntil(['2016-12-31T23:59:00+02:00'])).toBe('2026-12-31');
    expect(bookkeepingRemovable(erased, ['2017-01-01'], '2027-12-31')).toBe(false);
    expect(bookkeepingRemovable(erased, ['2017-01-01'], '2028-01-01')).toBe(true);
  });

  it('stay while the customer is not erased, and there is nothing to remove without a date', () => {
    expect(bookkeepingRemovable({ erasedAt: undefined }, ['2000-01-01'], '2030-01-01')).toBe(false);
    expect(bookkeepingRemovable(erased, [], '2030-01-01')).toBe(false);
    expect(bookkeepingKeptUntil([])).toBeNull();
  });

  it("take an order's due, sent, paid and refund dates", () => {
    expect(orderBookkeepingDates({ dueDate: '2016-03-31', sentAt: '2016-03-01T09:00:00+02:00', paidAt: null, refund: { status: 'refunded', amountCents: 100, at: '2017-01-05T10:00:00+02:00' } } as never)).toEqual([
      '2016-03-31',
      '2016-03-01T09:00:00+02:00',
      '2017-01-05T10:00:00+02:00',
    ]);
  });
});
