import type { PaymentStatus } from './vocabulary.ts';
import { OPEN_ORDER_STATUSES } from './pricing.ts';

/**
 * What happens to the payment when a booking stops holding its time. An unpaid order is cancelled;
 * a paid one is refunded when chosen: a webshop payment returned, an invoice cancelled.
 */
export function releasedPayment(status: PaymentStatus | null, refund: boolean): PaymentStatus | null {
  if (status === null) return null;
  if (OPEN_ORDER_STATUSES.includes(status) || status === 'PAID_MANUALLY') return 'CANCELLED';
  if (!refund) return status;
  if (status === 'PAID') return 'REFUNDED';
  return status === 'PAID_BY_INVOICE' ? 'CANCELLED' : status;
}
