import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, LEASE_STATUSES } from './entities.ts';
import { BRIEF_APPLICATION_STATUSES, INTERIM_APPLICATION_STATUSES, applicationStatusValid, canMoveApplication, canMoveApplicationVia, customerMayEditApplication } from './application-machine.ts';
import { BRIEF_LEASE_STATUSES, INTERIM_LEASE_STATUSES, canDeleteLease, canMoveLease, canTerminateLease, isActiveLease, terminationEndDate } from './lease-machine.ts';
import { ORDER_STATUSES, customerMayDecline, customerMayPay, initialOrderStatus, orderActionAllowed, orderMoveProblem } from './order-machine.ts';
import { OFFER_STATUSES, canChangeOfferDueDate, offerMoveProblem } from './offer-machine.ts';
import { REFUND_STATUSES, canMoveRefund, refundProblem } from './refund-machine.ts';

/**
 * Every pair of statuses of each machine, checked against the brief's section 3 written out
 * here as "from>to" (the allowed moves); every pair not listed must be refused.
 */
function everyPair<S extends string>(statuses: readonly S[], allowed: readonly string[], can: (a: S, b: S) => boolean) {
  const wrong: string[] = [];
  for (const from of statuses) {
    for (const to of statuses) {
      const expected = allowed.includes(`${from}>${to}`);
      if (can(from, to) !== expected) wrong.push(`${from}>${to} should be ${expected ? 'allowed' : 'refused'}`);
    }
  }
  return wrong;
}

describe('order state machine (brief 3.3)', () => {
  const allowed = [
    'drafted>offered', 'drafted>paid_man', 'drafted>error',
    'offered>paid', 'offered>paid_man', 'offered>expired', 'offered>rejected', 'offered>error', 'offered>cancelled',
    'paid>refunded',
    'error>drafted', 'error>offered', 'error>paid_man', 'error>cancelled',
    'cancelled>offered',
  ];

  it('allows exactly the brief moves and refuses all others', () => {
    expect(everyPair(ORDER_STATUSES, allowed, (a, b) => orderMoveProblem({ status: a, dueDate: '2027-01-08' }, b) === null)).toEqual([]);
  });

  it('keeps paid elsewhere, expired, rejected and refunded final', () => {
    for (const s of ['paid_man', 'expired', 'rejected', 'refunded'] as const) {
      expect(ORDER_STATUSES.filter((to) => orderMoveProblem({ status: s, dueDate: '2027-01-08' }, to) === null)).toEqual([]);
    }
  });

  it('cannot offer an order without a due date', () => {
    expect(orderMoveProblem({ status: 'drafted', dueDate: null }, 'offered')).toBe('due_date_required');
    expect(orderMoveProblem({ status: 'cancelled', dueDate: null }, 'offered')).toBe('due_date_required');
    expect(orderMoveProblem({ status: 'drafted', dueDate: null }, 'paid_man')).toBeNull();
    expect(orderMoveProblem({ status: 'paid', dueDate: null }, 'offered')).toBe('invalid_transition');
  });

  it('offers the handler invoice actions only from the brief statuses', () => {
    const from = (a: Parameters<typeof orderActionAllowed>[0]) => ORDER_STATUSES.filter((s) => orderActionAllowed(a, s));
    expect(from('send')).toEqual(['drafted', 'offered', 'cancelled', 'error']);
    expect(from('markPaidElsewhere')).toEqual(['drafted', 'offered', 'error']);
    expect(from('cancel')).toEqual(['offered', 'error']);
    expect(from('refund')).toEqual(['paid']);
  });

  it('lets the customer pay an offered (or declined) order and decline an offered one, unless unmarked storage', () => {
    expect(ORDER_STATUSES.filter(customerMayPay)).toEqual(['offered', 'rejected']);
    expect(ORDER_STATUSES.filter((s) => customerMayDecline(s, false))).toEqual(['offered']);
    expect(customerMayDecline('offered', true)).toBe(false);
  });

  it('pays a non-billable customer\'s order at once and drafts everyone else\'s', () => {
    expect(initialOrderStatus('non_billable')).toBe('paid_man');
    for (const kind of ['private', 'company', 'internal', 'association']) expect(initialOrderStatus(kind)).toBe('drafted');
  });
});

describe('lease state machine (brief 3.2)', () => {
  const allowed = [
    'drafted>offered', 'drafted>paid', 'drafted>error',
    'offered>paid', 'offered>refused', 'offered>expired', 'offered>error', 'offered>terminated',
    'error>drafted', 'error>offered', 'error>paid', 'error>terminated',
    'paid>terminated',
  ];

  it('allows exactly the brief moves among the brief statuses', () => {
    expect(everyPair(BRIEF_LEASE_STATUSES, allowed, canMoveLease)).toEqual([]);
  });

  it('holds the berth while drafted, offered, paid or in error', () => {
    expect(BRIEF_LEASE_STATUSES.filter(isActiveLease)).toEqual(['drafted', 'offered', 'error', 'paid']);
  });

  it('terminates an offered, paid or failed lease, and deletes only a drafted one', () => {
    expect(BRIEF_LEASE_STATUSES.filter(canTerminateLease)).toEqual(['offered', 'error', 'paid']);
    expect(BRIEF_LEASE_STATUSES.filter(canDeleteLease)).toEqual(['drafted']);
    expect(canMoveLease('drafted', 'terminated')).toBe(false);
  });

  it('ends a terminated lease on the chosen day, else at its start, today, or its end', () => {
    const l = { startDate: '2027-06-10', endDate: '2027-09-14' };
    expect(terminationEndDate(l, '2027-07-01', '2027-08-01')).toBe('2027-08-01');
    expect(terminationEndDate(l, '2027-03-01')).toBe('2027-06-10');
    expect(terminationEndDate(l, '2027-07-01')).toBe('2027-07-01');
    expect(terminationEndDate(l, '2027-10-01')).toBe('2027-09-14');
  });

  it('keeps the foundation\'s interim statuses apart: an accepted offer holds the berth until paid, a withdrawn one frees it', () => {
    expect(canMoveLease('offered', 'awaiting_payment')).toBe(true);
    expect(canMoveLease('awaiting_payment', 'paid')).toBe(true);
    expect(isActiveLease('awaiting_payment')).toBe(true);
    expect(canMoveLease('offered', 'cancelled')).toBe(true);
    expect(isActiveLease('cancelled')).toBe(false);
    expect(INTERIM_LEASE_STATUSES.flatMap((s) => BRIEF_LEASE_STATUSES.filter((b) => canMoveLease(b, s) && b !== 'offered'))).toEqual([]);
  });

  it('has a row for every status a lease can be stored in', () => {
    expect(LEASE_STATUSES.filter((s) => ![...BRIEF_LEASE_STATUSES, ...INTERIM_LEASE_STATUSES].includes(s as never))).toEqual([]);
  });
});

describe('switch offer state machine (brief 3.4)', () => {
  const allowed = ['drafted>offered', 'drafted>cancelled', 'drafted>expired', 'offered>accepted', 'offered>rejected', 'offered>expired', 'offered>cancelled'];

  it('allows exactly the brief moves', () => {
    expect(everyPair(OFFER_STATUSES, allowed, (a, b) => offerMoveProblem({ status: a, dueDate: '2027-01-08' }, b) === null)).toEqual([]);
  });

  it('needs a due date to leave drafted, except to be cancelled', () => {
    expect(offerMoveProblem({ status: 'drafted', dueDate: null }, 'offered')).toBe('due_date_required');
    expect(offerMoveProblem({ status: 'drafted', dueDate: null }, 'expired')).toBe('due_date_required');
    expect(offerMoveProblem({ status: 'drafted', dueDate: null }, 'cancelled')).toBeNull();
  });

  it('does not change the due date of an expired offer', () => {
    expect(OFFER_STATUSES.filter((s) => !canChangeOfferDueDate(s))).toEqual(['expired']);
  });
});

describe('refund state machine (brief 3.5)', () => {
  it('decides a pending refund once', () => {
    expect(everyPair(REFUND_STATUSES, ['pending>accepted', 'pending>rejected'], canMoveRefund)).toEqual([]);
  });

  it('refunds only a paid order of a paid lease, one at a time, with no payment under way', () => {
    const ok = { orderStatus: 'paid', leaseStatus: 'paid', refunds: [], activePaymentToken: false };
    expect(refundProblem(ok)).toBeNull();
    expect(refundProblem({ ...ok, orderStatus: 'paid_man' })).toBe('not_paid');
    expect(refundProblem({ ...ok, leaseStatus: 'terminated' })).toBe('not_paid');
    expect(refundProblem({ ...ok, refunds: [{ status: 'rejected' }, { status: 'pending' }] })).toBe('refund_pending');
    expect(refundProblem({ ...ok, refunds: [{ status: 'rejected' }] })).toBeNull();
    expect(refundProblem({ ...ok, activePaymentToken: true })).toBe('payment_in_progress');
  });
});

describe('application state machine (brief 3.1)', () => {
  const allowed = [
    'pending>offer_generated', 'pending>no_suitable_berths',
    'offer_generated>pending', 'offer_generated>offer_sent', 'offer_generated>handled', 'offer_generated>expired',
    'offer_sent>handled', 'offer_sent>rejected', 'offer_sent>expired',
    // The one interim move among the brief's statuses: a handler withdraws an offer before any invoice exists.
    'offer_sent>pending',
    'no_suitable_berths>pending',
  ];

  it('allows exactly the brief moves among the brief statuses', () => {
    expect(everyPair(BRIEF_APPLICATION_STATUSES, allowed, canMoveApplication)).toEqual([]);
  });

  it('drafts and sends an offer in one command only through offer_generated', () => {
    expect(canMoveApplicationVia('pending', ['offer_generated', 'offer_sent'])).toBe(true);
    expect(canMoveApplicationVia('no_suitable_berths', ['offer_generated', 'offer_sent'])).toBe(false);
    expect(canMoveApplicationVia('offer_sent', ['offer_generated', 'offer_sent'])).toBe(false);
    expect(canMoveApplicationVia('pending', [])).toBe(false);
  });

  it('keeps the foundation\'s interim statuses on their own rows', () => {
    expect(canMoveApplication('offer_sent', 'awaiting_payment')).toBe(true);
    expect(canMoveApplication('awaiting_payment', 'handled')).toBe(true);
    expect(canMoveApplication('offer_sent', 'declined_by_customer')).toBe(true);
    expect(canMoveApplication('declined_by_customer', 'pending')).toBe(true);
    expect(canMoveApplication('rejected', 'pending')).toBe(false);
    expect(APPLICATION_STATUSES.filter((s) => ![...BRIEF_APPLICATION_STATUSES, ...INTERIM_APPLICATION_STATUSES].includes(s as never))).toEqual([]);
  });

  it('holds a new application with no lease to pending, expired or no suitable berth', () => {
    expect(BRIEF_APPLICATION_STATUSES.filter((s) => applicationStatusValid(s, { kind: 'new', hasLease: false }))).toEqual(['pending', 'no_suitable_berths', 'expired']);
    expect(BRIEF_APPLICATION_STATUSES.every((s) => applicationStatusValid(s, { kind: 'new', hasLease: true }))).toBe(true);
  });

  it('holds a switch application to the offer\'s statuses', () => {
    const valid = BRIEF_APPLICATION_STATUSES.filter((s) => applicationStatusValid(s, { kind: 'switch', hasLease: false }));
    expect(valid).toEqual(['pending', 'offer_generated', 'offer_sent', 'rejected', 'expired']);
  });

  it('lets the customer edit only a waiting application', () => {
    expect(BRIEF_APPLICATION_STATUSES.filter(customerMayEditApplication)).toEqual(['pending']);
  });
});
