import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BerthPaymentIssue } from '../../../domain/berths/payment-issue-entity.ts';
import type { Input, Method, Output } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { HANDLER, put, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2027-03-02T10:00:00Z');
const HARRI: StaffUser = { id: 'u-harri', name: 'Harri Laine', roles: ['harbour_services'], grants: [] };

let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
  t.cache.applyChanges(w.changes, 'c1');
});
afterEach(() => t.dispose());

function call<M extends Method>(method: M, input: Input<M>, user: StaffUser = HANDLER): Result<Output<M>> {
  return t.cache.handle(method, input as never, user, NOW) as Result<Output<M>>;
}
function rows(user: StaffUser = HANDLER) {
  const r = call('berths.listPaymentIssues', {}, user);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const listed = (user: StaffUser = HANDLER) => rows(user).map((row) => [row.issue.payableNumber, row.issue.status, row.customerName, row.pending]);

function issue(n: number, extra: Partial<BerthPaymentIssue> = {}): BerthPaymentIssue {
  const v = w.apps.Virtanen!;
  return {
    id: uid(30, n),
    payableKind: 'order',
    payableId: uid(31, n),
    customerId: v.customerId,
    payableNumber: `VP27-00000${n}`,
    amountCents: 29_000,
    provider: 'demo',
    providerPaymentId: `bank-${n}`,
    receivedAt: `2027-03-0${n}T10:00:00.000Z`,
    reason: 'paid_already',
    status: 'open',
    refundedAt: null,
    refundedById: null,
    refundedByName: null,
    ...extra,
  };
}

describe('unapplied payments in the cache', () => {
  it('lists open ones first, newest first within, with the customer’s name', () => {
    const refunded = issue(3, { status: 'refunded', refundedAt: '2027-03-03T12:00:00.000Z', refundedById: 'u-eero', refundedByName: 'Eero Lindqvist' });
    t.cache.applyChanges([put('berth_payment_issue', issue(1)), put('berth_payment_issue', issue(2)), put('berth_payment_issue', refunded, 2)], 'c2');
    const name = listed()[0]![2];
    expect(name).toContain('Virtanen');
    expect(listed()).toEqual([
      ['VP27-000002', 'open', name, false],
      ['VP27-000001', 'open', name, false],
      ['VP27-000003', 'refunded', name, false],
    ]);
    // A supervisor reads them too.
    expect(listed(SUPERVISOR)).toHaveLength(3);
  });

  it('a handler marks one refunded at once (pending), a second mark is refused, the central settles it', () => {
    t.cache.applyChanges([put('berth_payment_issue', issue(1))], 'c2');
    expect(call('berths.markPaymentRefunded', { issueId: uid(30, 1) }).ok).toBe(true);
    const [row] = rows();
    expect(row).toMatchObject({ pending: true, issue: { status: 'refunded', refundedByName: HANDLER.name } });
    expect(call('berths.markPaymentRefunded', { issueId: uid(30, 1) })).toMatchObject({ ok: false, error: { code: 'payment_issue_already_refunded' } });
    const queued = t.cache.pendingCommands(10);
    expect(queued.map((c) => [c.type, c.payload])).toEqual([['berths.markPaymentRefunded', { issueId: uid(30, 1) }]]);
    t.cache.settle([{ id: queued[0]!.id, status: 'applied' }]);
    t.cache.applyChanges([put('berth_payment_issue', row!.issue, 2)], 'c3');
    expect(listed()).toEqual([['VP27-000001', 'refunded', expect.any(String), false]]);
  });

  it('refuses supervisors and harbour services, and an unknown issue, queueing nothing', () => {
    t.cache.applyChanges([put('berth_payment_issue', issue(1))], 'c2');
    expect(call('berths.markPaymentRefunded', { issueId: uid(30, 1) }, SUPERVISOR)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.markPaymentRefunded', { issueId: uid(30, 1) }, HARRI)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.listPaymentIssues', {}, HARRI)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.markPaymentRefunded', { issueId: uid(30, 9) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.cache.counts().pendingCommands).toBe(0);
  });
});

describe('a mark the central refuses', () => {
  it('lands in the conflict inbox naming the payment’s order number, and the issue shows as the central holds it', () => {
    t.cache.applyChanges([put('berth_payment_issue', issue(1))], 'c2');
    expect(call('berths.markPaymentRefunded', { issueId: uid(30, 1) }).ok).toBe(true);
    const [queued] = t.cache.pendingCommands(10);
    t.cache.settle([{ id: queued!.id, status: 'rejected', code: 'payment_issue_already_refunded', message: 'Marked by Eero.' }]);
    const inbox = call('conflicts.list', {});
    expect(inbox.ok && inbox.value.map((c) => [c.commandType, c.code, c.applicationReference])).toEqual([['berths.markPaymentRefunded', 'payment_issue_already_refunded', 'VP27-000001']]);
    expect(listed()).toEqual([['VP27-000001', 'open', expect.any(String), false]]);
  });
});

describe("a customer's unapplied payments", () => {
  const SANNA: StaffUser = { id: 'u-sanna', name: 'Sanna Nieminen', roles: ['berth_services'], grants: [] };

  it('are listed for the customer alone, open ones first; another customer has none', () => {
    const v = w.apps.Virtanen!;
    const other = { ...issue(4), customerId: w.apps.Korhonen!.customerId };
    t.cache.applyChanges([put('berth_payment_issue', issue(1, { status: 'refunded', refundedAt: '2027-03-03T12:00:00.000Z', refundedById: 'u-eero', refundedByName: 'Eero Lindqvist' }), 2), put('berth_payment_issue', issue(2)), put('berth_payment_issue', other)], 'c2');
    const of = (customerId: string) => {
      const r = call('berths.listPaymentIssues', { customerId });
      if (!r.ok) throw new Error(r.error.code);
      return r.value.map((row) => [row.issue.payableNumber, row.issue.status, row.customerErased]);
    };
    expect(of(v.customerId)).toEqual([
      ['VP27-000002', 'open', false],
      ['VP27-000001', 'refunded', false],
    ]);
    expect(of(w.apps.Korhonen!.customerId)).toEqual([['VP27-000004', 'open', false]]);
    expect(of(uid(5, 77))).toEqual([]);
    expect(call('berths.listPaymentIssues', { customerId: v.customerId }, HARRI)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keep the erasure back while one is open: the desk refuses it at once, and takes it once the payment is marked refunded', () => {
    const kalle = w.apps.Korhonen!.customerId;
    const owed = { ...issue(5), customerId: kalle };
    t.cache.applyChanges([put('berth_payment_issue', owed)], 'c2');
    expect(call('berths.eraseCustomer', { customerId: kalle }, SANNA)).toMatchObject({ ok: false, error: { code: 'customer_payment_unrefunded' } });
    expect(t.cache.counts().pendingCommands).toBe(0);
    expect(call('berths.markPaymentRefunded', { issueId: owed.id }).ok).toBe(true);
    expect(call('berths.eraseCustomer', { customerId: kalle }, SANNA).ok).toBe(true);
    expect(t.cache.pendingCommands(10).map((c) => c.type)).toEqual(['berths.markPaymentRefunded', 'berths.eraseCustomer']);
    // The issue stays, of the erased customer, and says so: an erasure takes no ids, numbers or sums.
    const r = call('berths.listPaymentIssues', { customerId: kalle });
    expect(r.ok && r.value.map((row) => [row.issue.id, row.issue.status, row.customerName, row.customerErased])).toEqual([[owed.id, 'refunded', '', true]]);
  });
});
