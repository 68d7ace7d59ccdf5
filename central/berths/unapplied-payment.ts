import type { OrderStatus } from '../../domain/berths/order-machine.ts';
import type { BerthPaymentIssue, PayableKind, PaymentIssueReason } from '../../domain/berths/payment-issue-entity.ts';
import type { Queryable } from '../db/db.ts';
import { markAttemptUnapplied, type PaymentAttempt } from '../payments/attempts.ts';
import { writePuts } from '../sync/feed.ts';

/** What a refused payment was for, as the payable's locks found it. */
export interface PayableFound {
  kind: PayableKind;
  customerId: string;
  status: OrderStatus;
}

/**
 * A true payment no payable took (decision 54): the attempt is settled `unapplied` with its reason
 * and its issue is put in the feed, in the caller's transaction, so staff see the money to refund
 * exactly when the central stops waiting for it. The caller numbers the feed lines.
 *
 * The caller holds the payable's locks (its application, lease and orders; a winter lease's
 * application and lease), which a customer's erasure takes too before it reads their issues
 * (customer-gdpr-rows.ts). So an erasure at the same moment either waits for this transaction
 * and is refused while the issue is open (`customer_payment_unrefunded`), or went first: the
 * issue is then made for the anonymised customer, whose id it keeps, and is listed and refunded
 * like any other. It holds no personal data (ids, the order or invoice number, the amount, the
 * provider's payment id, and who on the staff refunded it), so an erasure leaves it as it is.
 */
export async function recordUnappliedPayment(tx: Queryable, attempt: PaymentAttempt, payable: PayableFound, reason: PaymentIssueReason, now: Date): Promise<void> {
  await markAttemptUnapplied(tx, attempt.id, reason, now);
  const issue: BerthPaymentIssue = {
    id: attempt.id,
    payableKind: payable.kind,
    payableId: attempt.orderId,
    customerId: payable.customerId,
    payableNumber: attempt.reference,
    amountCents: attempt.amountCents,
    provider: attempt.provider,
    providerPaymentId: attempt.providerPaymentId,
    receivedAt: now.toISOString(),
    reason,
    status: 'open',
    refundedAt: null,
    refundedById: null,
    refundedByName: null,
  };
  const refused = await writePuts(tx, [{ entity: 'berth_payment_issue', id: issue.id, version: 1, data: issue }]);
  // The attempt's lock keeps a second answer out until this commits; a refusal here is a fault.
  if (refused) throw new Error(refused.message);
}
