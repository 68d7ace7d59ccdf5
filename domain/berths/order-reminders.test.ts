import { describe, expect, it } from 'vitest';
import { helsinkiDateOf } from '../wall-clock.ts';
import { isOrderExpired, isPayableOn, reminderDue, remindersDue, type WaitingOrder } from './order-reminders.ts';

const order = (over: Partial<WaitingOrder> = {}): WaitingOrder => ({
  orderId: 'o1',
  status: 'offered',
  dueDate: '2027-06-20',
  offeredOn: '2027-06-06',
  paperInvoice: false,
  sent: [],
  ...over,
});

describe('payment reminders', () => {
  it('come 7, 3 and 1 days before the due date, each once', () => {
    const days = ['2027-06-12', '2027-06-13', '2027-06-14', '2027-06-16', '2027-06-17', '2027-06-18', '2027-06-19', '2027-06-20', '2027-06-21'];
    const sent: number[] = [];
    const got: [string, number][] = [];
    for (const today of days) {
      const due = reminderDue(order({ sent }), today);
      if (due !== null) {
        got.push([today, due]);
        sent.push(due);
      }
    }
    expect(got).toEqual([
      ['2027-06-13', 7],
      ['2027-06-17', 3],
      ['2027-06-19', 1],
    ]);
  });

  it('catch up a missed day with the most urgent reminder only', () => {
    // The job did not run from 12.6 to 17.6: on 18.6 the 3-day reminder goes, the 7-day one never.
    expect(reminderDue(order(), '2027-06-18')).toBe(3);
    expect(reminderDue(order({ sent: [3] }), '2027-06-18')).toBeNull();
    expect(reminderDue(order({ sent: [3] }), '2027-06-19')).toBe(1);
  });

  it('skip a threshold whose day came before the offer went out, and never remind on or after the due date', () => {
    // Sent seven days before the due date: the offer itself is the 7-day notice.
    const late = order({ offeredOn: '2027-06-13' });
    expect(reminderDue(late, '2027-06-13')).toBeNull();
    expect(reminderDue(late, '2027-06-14')).toBeNull();
    expect(reminderDue(late, '2027-06-17')).toBe(3);
    expect(reminderDue(order(), '2027-06-20')).toBeNull();
    expect(reminderDue(order(), '2027-06-25')).toBeNull();
  });

  it('go only to offered orders of digital customers with a due date', () => {
    for (const status of ['drafted', 'paid', 'paid_man', 'rejected', 'expired', 'cancelled', 'error'] as const) {
      expect(reminderDue(order({ status }), '2027-06-13')).toBeNull();
    }
    expect(reminderDue(order({ paperInvoice: true }), '2027-06-13')).toBeNull();
    expect(reminderDue(order({ dueDate: null }), '2027-06-13')).toBeNull();
    expect(remindersDue([order({ orderId: 'a' }), order({ orderId: 'b', sent: [7] }), order({ orderId: 'c', dueDate: '2027-06-14' })], '2027-06-13')).toEqual([
      { orderId: 'a', daysBefore: 7 },
      { orderId: 'c', daysBefore: 1 },
    ]);
  });

  it('count Helsinki calendar days across the clock changes', () => {
    // Summer time starts 28.3.2027: 25.3 -> 1.4 is still seven days, and 00:30 in Helsinki is already the new day.
    const spring = order({ dueDate: '2027-04-01', offeredOn: '2027-03-15' });
    expect(reminderDue(spring, '2027-03-25')).toBe(7);
    expect(reminderDue(spring, '2027-03-29')).toBe(3);
    expect(helsinkiDateOf(Date.parse('2027-03-28T21:30:00Z'))).toBe('2027-03-29');
    // Summer time ends 31.10.2027; 23:30 UTC on the 30th is 02:30 on the 31st in Helsinki.
    const autumn = order({ dueDate: '2027-11-01', offeredOn: '2027-10-15' });
    expect(helsinkiDateOf(Date.parse('2027-10-30T23:30:00Z'))).toBe('2027-10-31');
    expect(reminderDue(autumn, helsinkiDateOf(Date.parse('2027-10-30T23:30:00Z')))).toBe(1);
    expect(reminderDue(autumn, helsinkiDateOf(Date.parse('2027-10-30T20:30:00Z')))).toBe(3);
  });
});

describe('expiry of unpaid offers', () => {
  it('comes the day after the due date; until the end of the due date the customer may pay', () => {
    expect(isOrderExpired(order(), '2027-06-20')).toBe(false);
    expect(isPayableOn(order(), '2027-06-20')).toBe(true);
    expect(isOrderExpired(order(), '2027-06-21')).toBe(true);
    expect(isPayableOn(order(), '2027-06-21')).toBe(false);
    // Midnight in Helsinki, not in UTC: 22:30 UTC on the 20th in summer is already the 21st.
    expect(isOrderExpired(order(), helsinkiDateOf(Date.parse('2027-06-20T21:30:00Z')))).toBe(true);
    expect(isOrderExpired(order(), helsinkiDateOf(Date.parse('2027-06-20T20:30:00Z')))).toBe(false);
  });

  it('touches only offered orders of digital customers', () => {
    for (const status of ['drafted', 'paid', 'paid_man', 'rejected', 'expired', 'cancelled', 'error'] as const) {
      expect(isOrderExpired(order({ status }), '2027-07-01')).toBe(false);
      expect(isPayableOn(order({ status }), '2027-06-01')).toBe(false);
    }
    expect(isOrderExpired(order({ paperInvoice: true }), '2027-07-01')).toBe(false);
    expect(isOrderExpired(order({ dueDate: null }), '2027-07-01')).toBe(false);
  });
});
