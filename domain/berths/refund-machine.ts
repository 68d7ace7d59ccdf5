import type { TransitionTable } from './transition-table.ts';
import { canMove } from './transition-table.ts';

/** Order refund statuses of brief section 3.5. */
export const REFUND_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const REFUND_TRANSITIONS: TransitionTable<RefundStatus> = {
  pending: ['accepted', 'rejected'],
  accepted: [],
  rejected: [],
};

export function canMoveRefund(from: RefundStatus, to: RefundStatus): boolean {
  return canMove(REFUND_TRANSITIONS, from, to);
}

/**
 * A refund may be asked for a paid order of a paid lease, and not while another is pending or
 * the customer holds a live payment token.
 */
export function refundProblem(o: {
  orderStatus: string;
  leaseStatus: string;
  refunds: readonly { status: RefundStatus }[];
  activePaymentToken: boolean;
}): 'not_paid' | 'refund_pending' | 'payment_in_progress' | null {
  if (o.orderStatus !== 'paid' || o.leaseStatus !== 'paid') return 'not_paid';
  if (o.refunds.some((r) => r.status === 'pending')) return 'refund_pending';
  if (o.activePaymentToken) return 'payment_in_progress';
  return null;
}
