import type { ApplicationDetail } from '../../../../domain/contract.ts';
import { OrderPanel } from './orders/OrderPanel.tsx';
import './orders/orders.css';

export { orderActions } from './orders/order-actions.ts';

/** The offer's invoice in the application detail: the invoice panel, with the application's state. */
export function OrderSection({ detail, canWrite }: { detail: ApplicationDetail; canWrite: boolean }) {
  const o = detail.order;
  if (!o) return null;
  return (
    <OrderPanel
      order={o.order}
      lease={o.lease}
      pending={o.pending}
      applicationId={detail.application.id}
      applicationStatus={o.lease.applicationId ? detail.application.status : null}
      canWrite={canWrite}
      busy={detail.pendingCommands.length > 0}
    />
  );
}
