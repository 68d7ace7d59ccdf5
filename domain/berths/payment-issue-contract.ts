import { z } from 'zod';
import { MarkPaymentRefundedPayload } from './payment-issue-commands.ts';
import type { BerthPaymentIssue } from './payment-issue-entity.ts';

/**
 * Unapplied payments in the renderer contract (domain/contract.ts names each method): the list
 * staff refund from, and the mark that they did.
 */

/** One unapplied payment as the list shows it. */
export interface PaymentIssueRow {
  issue: BerthPaymentIssue;
  /** The customer's name as this desk holds it; empty when the customer is not in the cache. */
  customerName: string;
  /** A mark made here that the central has not confirmed yet. */
  pending: boolean;
}

export const PAYMENT_ISSUE_CONTRACT_INPUTS = {
  'berths.listPaymentIssues': z.object({}).strict(),
  'berths.markPaymentRefunded': MarkPaymentRefundedPayload,
} as const;
