import type { MarkPaymentRefundedPayload } from '../../domain/berths/payment-issue-commands.ts';
import { PAYMENT_ISSUE_DECIDERS } from '../../domain/berths/payment-issue-decider.ts';
import type { BerthPaymentIssue } from '../../domain/berths/payment-issue-entity.ts';
import type { CommandHandler } from '../sync/handler.ts';

/**
 * Unapplied payments on the central: the decider the desk runs offline, on the issue loaded under
 * its row lock, so two handlers marking one payment refunded at once run one after the other and
 * the second is refused.
 */
export const paymentIssueCommandHandler: CommandHandler = {
  async decide(tx, command, ctx) {
    const p = command.payload as MarkPaymentRefundedPayload;
    const row = (await tx.query<{ data: BerthPaymentIssue; version: number }>('SELECT data, version FROM berth_payment_issue WHERE id = $1 FOR UPDATE', [p.issueId], 'payment_issue_lock')).rows[0];
    return PAYMENT_ISSUE_DECIDERS['berths.markPaymentRefunded']({ issue: row ? { record: row.data, version: row.version } : null }, p, ctx);
  },
  async explainViolation() {
    return null;
  },
};
