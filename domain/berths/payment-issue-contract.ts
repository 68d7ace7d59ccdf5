import { z } from 'zod';
import { MarkPaymentRefundedPayload } from './payment-issue-commands.ts';
import type { BerthPaymentIssue } from './payment-issue-entity.ts';
import { Uuid } from './record-primitives.ts';

/**
 * Unapplied payments in the renderer contract (domain/contract.ts names each method): the list
 * staff refund from, and the mark that they did.
 */

/** One unapplied payment as the list shows it. */
export interface PaymentIssueRow {
  issue: BerthPaymentIssue;
  /** The customer's name as this desk holds it; empty when the customer is not in the cache, or erased. */
  customerName: string;
  /**
   * The customer's personal data was erased (decision 51): an erasure waits for open issues, but
   * a payment found unapplied after it is still the anonymised customer's to refund.
   */
  customerErased: boolean;
  /** A mark made here that the central has not confirmed yet. */
  pending: boolean;
}

export const PAYMENT_ISSUE_CONTRACT_INPUTS = {
  /** Every issue this desk holds, or one customer's (the 360° view's section). */
  'berths.listPaymentIssues': z.object({ customerId: Uuid.optional() }).strict(),
  'berths.markPaymentRefunded': MarkPaymentRefundedPayload,
} as const;
