import type { CommandContext, Versioned } from '../sync/command-context.ts';
import { reject, type Decision } from './decision.ts';
import type { MarkPaymentRefundedPayload, PaymentIssueCommandType } from './payment-issue-commands.ts';
import type { BerthPaymentIssue } from './payment-issue-entity.ts';

/** What the command needs: the issue (central: under its row lock). */
export interface PaymentIssueState {
  issue: Versioned<BerthPaymentIssue> | null;
}

/** The money was returned at the provider: the issue is closed with who did it and when. */
export function decideMarkPaymentRefunded(state: PaymentIssueState, p: MarkPaymentRefundedPayload, ctx: CommandContext): Decision {
  const row = state.issue;
  if (!row || row.record.id !== p.issueId) return reject('not_found', 'The unapplied payment does not exist.');
  const issue = row.record;
  if (issue.status !== 'open') {
    return { ok: false, status: 'rejected', code: 'payment_issue_already_refunded', message: `The payment was marked refunded by ${issue.refundedByName ?? 'someone'} at ${issue.refundedAt ?? '?'}.`, current: issue };
  }
  const record: BerthPaymentIssue = { ...issue, status: 'refunded', refundedAt: ctx.now, refundedById: ctx.actor.id, refundedByName: ctx.actor.name };
  return { ok: true, puts: [{ entity: 'berth_payment_issue', record, version: row.version + 1 }] };
}

export const PAYMENT_ISSUE_DECIDERS: { [T in PaymentIssueCommandType]: (state: PaymentIssueState, payload: MarkPaymentRefundedPayload, ctx: CommandContext) => Decision } = {
  'berths.markPaymentRefunded': decideMarkPaymentRefunded,
};

/** The record the command acts on: the issue. */
export const paymentIssueAggregate = (payload: unknown): { entity: 'berth_payment_issue'; id: string } => ({ entity: 'berth_payment_issue', id: (payload as MarkPaymentRefundedPayload).issueId });
