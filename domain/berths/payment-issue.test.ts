import { describe, expect, it } from 'vitest';
import { can } from '../roles.ts';
import type { CommandContext } from '../sync/command-context.ts';
import { ORDER_STATUSES } from './order-machine.ts';
import { MarkPaymentRefundedPayload, PAYMENT_ISSUE_COMMANDS } from './payment-issue-commands.ts';
import { decideMarkPaymentRefunded } from './payment-issue-decider.ts';
import { BerthPaymentIssue } from './payment-issue-entity.ts';
import { unappliedReason } from './payment-issue-reason.ts';

const ISSUE = '00000000-0000-4000-8000-0000000000a1';
const ctx: CommandContext = {
  commandId: '00000000-0000-4000-f000-000000000001',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2027-03-02T10:00:00+02:00',
  recordedAt: null,
  today: '2027-03-02',
  baseVersion: null,
};
const issue: BerthPaymentIssue = {
  id: ISSUE,
  payableKind: 'order',
  payableId: '00000000-0000-4000-8000-0000000000b1',
  customerId: '00000000-0000-4000-8000-0000000000c1',
  payableNumber: 'VP27-000123',
  amountCents: 29_000,
  provider: 'demo',
  providerPaymentId: 'bank-1',
  receivedAt: '2027-03-01T18:00:00.000Z',
  reason: 'paid_already',
  status: 'open',
  refundedAt: null,
  refundedById: null,
  refundedByName: null,
};

describe('marking an unapplied payment refunded', () => {
  it('closes an open one with who and when, at its next version', () => {
    const d = decideMarkPaymentRefunded({ issue: { record: issue, version: 1 } }, { issueId: ISSUE }, ctx);
    expect(d).toEqual({
      ok: true,
      puts: [{ entity: 'berth_payment_issue', version: 2, record: { ...issue, status: 'refunded', refundedAt: ctx.now, refundedById: 'u-aino', refundedByName: 'Aino Virtanen' } }],
    });
    if (d.ok) expect(BerthPaymentIssue.safeParse(d.puts[0]!.record).success).toBe(true);
  });

  it('refuses a second mark, saying who marked it, and an issue that does not exist', () => {
    const refunded: BerthPaymentIssue = { ...issue, status: 'refunded', refundedAt: '2027-03-01T12:00:00+02:00', refundedById: 'u-eero', refundedByName: 'Eero Lindqvist' };
    expect(decideMarkPaymentRefunded({ issue: { record: refunded, version: 2 } }, { issueId: ISSUE }, ctx)).toMatchObject({
      ok: false,
      status: 'rejected',
      code: 'payment_issue_already_refunded',
      message: expect.stringContaining('Eero Lindqvist') as string,
    });
    expect(decideMarkPaymentRefunded({ issue: null }, { issueId: ISSUE }, ctx)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('is a case handler’s: a supervisor and harbour services may not', () => {
    const permission = PAYMENT_ISSUE_COMMANDS['berths.markPaymentRefunded'].permission;
    expect(can(['berth_handler'], permission)).toBe(true);
    expect(can(['berth_services'], permission)).toBe(true);
    expect(can(['berth_supervisor'], permission)).toBe(false);
    expect(can(['harbour_services'], permission)).toBe(false);
    expect(MarkPaymentRefundedPayload.safeParse({ issueId: ISSUE, extra: 1 }).success).toBe(false);
  });
});

describe('why a payment was not applied', () => {
  it('reads the payable’s status, and the refusal when it still waited for another sum', () => {
    expect(unappliedReason('paid', 'invalid_transition')).toBe('paid_already');
    expect(unappliedReason('paid_man', 'invalid_transition')).toBe('paid_already');
    expect(unappliedReason('expired', 'invalid_transition')).toBe('expired');
    expect(unappliedReason('cancelled', 'invalid_transition')).toBe('cancelled');
    expect(unappliedReason('rejected', 'invalid_transition')).toBe('cancelled');
    expect(unappliedReason('offered', 'payment_amount_mismatch')).toBe('amount_changed');
    expect(unappliedReason('refunded', 'invalid_transition')).toBe('not_payable');
    expect(unappliedReason(null, 'not_found')).toBe('not_payable');
    // Every status has a reason.
    for (const s of ORDER_STATUSES) expect(typeof unappliedReason(s, 'invalid_transition')).toBe('string');
  });
});
