import { describe, expect, it } from 'vitest';
import { bookkeepingKeptUntil, bookkeepingRemovable, orderBookkeepingDates, winterLeaseBookkeepingDates } from './bookkeeping-retention.ts';
import type { WinterLease } from './winter-entities.ts';

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

  describe('of a winter lease (its invoice lives on the lease)', () => {
    /** Winter 2016, invoiced and paid in August 2016; the season runs to 10.6.2017. */
    const lease = (invoice: Partial<WinterLease['invoice']> = {}, endDate = '2017-06-10'): Pick<WinterLease, 'endDate' | 'invoice'> => ({
      endDate,
      invoice: { dueDate: '2016-09-01', sentAt: '2016-08-01T09:00:00+03:00', paidAt: '2016-08-20T10:00:00+03:00', ...invoice } as WinterLease['invoice'],
    });

    it("take the invoice's due, sent and paid dates and the lease's last day", () => {
      expect(winterLeaseBookkeepingDates(lease())).toEqual(['2016-09-01', '2016-08-01T09:00:00+03:00', '2016-08-20T10:00:00+03:00', '2017-06-10']);
      // An invoice never sent (cancelled as drafted) still has its lease's season.
      expect(winterLeaseBookkeepingDates(lease({ dueDate: null, sentAt: null, paidAt: null }, '2017-06-10'))).toEqual(['2017-06-10']);
    });

    it("are kept through 31 December of the tenth year after the season's end, removable the day after", () => {
      const dates = winterLeaseBookkeepingDates(lease());
      expect(bookkeepingKeptUntil(dates)).toBe('2027-12-31');
      expect(bookkeepingRemovable(erased, dates, '2027-12-31')).toBe(false);
      expect(bookkeepingRemovable(erased, dates, '2028-01-01')).toBe(true);
    });

    it('end with a termination: a lease ended within its first year counts from that year', () => {
      const dates = winterLeaseBookkeepingDates(lease({}, '2016-11-30'));
      expect(bookkeepingRemovable(erased, dates, '2026-12-31')).toBe(false);
      expect(bookkeepingRemovable(erased, dates, '2027-01-01')).toBe(true);
    });

    it("count with the customer's orders: the latest date of either keeps both", () => {
      const dates = [...orderBookkeepingDates({ dueDate: '2019-03-31', sentAt: null, paidAt: '2019-03-20T09:00:00+02:00', refund: null }), ...winterLeaseBookkeepingDates(lease())];
      expect(bookkeepingRemovable(erased, dates, '2028-01-01')).toBe(false);
      expect(bookkeepingRemovable(erased, dates, '2030-01-01')).toBe(true);
    });

    it('stay while the customer is not erased', () => {
      expect(bookkeepingRemovable({ erasedAt: null }, winterLeaseBookkeepingDates(lease()), '2040-01-01')).toBe(false);
    });
  });
});
