import type { ApplicationStatus, Lease } from '../../../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../../../domain/berths/order-entity.ts';
import { orderActionAllowed } from '../../../../../domain/berths/order-machine.ts';
import { canTerminateLease } from '../../../../../domain/berths/lease-machine.ts';
import { cascadeOrder } from '../../../../../domain/berths/cascades.ts';

export type OrderAction = 'resend' | 'markPaidElsewhere' | 'cancel' | 'refund' | 'terminate';

/**
 * The actions the order's, the lease's and the application's machines allow together, as the
 * central decides them (cascades.ts); paper invoices are never sent. A lease made without an
 * application passes null: only the order's and the lease's machines speak.
 */
export function orderActions({ order, lease }: { order: BerthOrder; lease: Lease }, application: ApplicationStatus | null): Record<OrderAction, boolean> {
  const carries = (to: 'offered' | 'paid_man' | 'cancelled') => order.status === to || cascadeOrder({ order: order.status, lease: lease.status, application }, to).ok;
  return {
    resend: orderActionAllowed('send', order.status) && order.invoicingType !== 'paper_invoice' && carries('offered'),
    markPaidElsewhere: orderActionAllowed('markPaidElsewhere', order.status) && carries('paid_man'),
    cancel: orderActionAllowed('cancel', order.status) && carries('cancelled'),
    refund: orderActionAllowed('refund', order.status) && lease.status === 'paid',
    terminate: canTerminateLease(lease.status),
  };
}
