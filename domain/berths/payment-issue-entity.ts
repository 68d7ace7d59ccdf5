import { z } from 'zod';
import { IsoDateTime, Uuid } from './record-primitives.ts';

/**
 * A payment the provider took that no payable took (decision 54): the customer paid an order or
 * a winter invoice that was paid already by another payment, had expired, was cancelled or no
 * longer asked for that sum. The money is held at the provider until staff refund it there; this
 * record is how they learn of it. Its id is the payment attempt's, so one payment is one issue.
 */
export const PAYMENT_ISSUE_REASONS = ['paid_already', 'expired', 'cancelled', 'amount_changed', 'not_payable'] as const;
export const PaymentIssueReason = z.enum(PAYMENT_ISSUE_REASONS);
export type PaymentIssueReason = z.infer<typeof PaymentIssueReason>;

/** What the payment was for: a berth order, or a winter lease's invoice. */
export const PAYABLE_KINDS = ['order', 'winter_invoice'] as const;
export type PayableKind = (typeof PAYABLE_KINDS)[number];

export const PAYMENT_ISSUE_STATUSES = ['open', 'refunded'] as const;

export const BerthPaymentIssue = z.object({
  /** The payment attempt's id. */
  id: Uuid,
  payableKind: z.enum(PAYABLE_KINDS),
  /** The order's id, or the winter lease's. */
  payableId: Uuid,
  customerId: Uuid,
  /** The order or invoice number the customer and the bank saw. */
  payableNumber: z.string(),
  amountCents: z.number().int().positive(),
  provider: z.string(),
  /** The provider's own id of the payment: what a refund at the provider is made against. */
  providerPaymentId: z.string(),
  /** When the central learnt of the payment. */
  receivedAt: IsoDateTime,
  reason: PaymentIssueReason,
  status: z.enum(PAYMENT_ISSUE_STATUSES),
  refundedAt: IsoDateTime.nullable(),
  refundedById: z.string().nullable(),
  refundedByName: z.string().nullable(),
});
export type BerthPaymentIssue = z.infer<typeof BerthPaymentIssue>;

// With the orders: the roles that see a customer's invoices see money taken for them.
export const PAYMENT_ISSUE_ENTITIES = {
  berth_payment_issue: { schema: BerthPaymentIssue, scope: 'berths.cases' },
} as const;

export type PaymentIssueEntityRecord = { berth_payment_issue: BerthPaymentIssue };
