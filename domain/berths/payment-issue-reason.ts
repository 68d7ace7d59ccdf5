import type { ErrorCode } from '../errors.ts';
import type { OrderStatus } from './order-machine.ts';
import type { PaymentIssueReason } from './payment-issue-entity.ts';

/**
 * Why a true payment was not taken, in the words staff act on: read from the payable's status as
 * it stood when the payment was refused (an order's, or a winter invoice's, which share one
 * machine), and from the refusal itself when the payable still waited for money but not that sum.
 * `status` is null when the payable no longer exists.
 */
export function unappliedReason(status: OrderStatus | null, refusal: ErrorCode): PaymentIssueReason {
  switch (status) {
    case 'paid':
    case 'paid_man':
      return 'paid_already';
    case 'expired':
      return 'expired';
    case 'cancelled':
    case 'rejected':
      return 'cancelled';
    default:
      return refusal === 'payment_amount_mismatch' ? 'amount_changed' : 'not_payable';
  }
}
