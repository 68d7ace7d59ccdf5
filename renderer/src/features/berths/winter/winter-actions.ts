import { canMoveApplicationVia } from '../../../../../domain/berths/application-machine.ts';
import { cascadeOrder } from '../../../../../domain/berths/cascades.ts';
import { isActiveLease } from '../../../../../domain/berths/lease-machine.ts';
import type { OrderStatus } from '../../../../../domain/berths/order-machine.ts';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { stickerProblem } from '../../../../../domain/berths/winter-stickers.ts';
import { canTerminateWinterLease } from '../../../../../domain/berths/winter-termination.ts';

export interface WinterActions {
  /** A marked application waits for a place. */
  allocate: boolean;
  /** An unmarked notice waits for its invoice. */
  createInvoice: boolean;
  send: boolean;
  markPaid: boolean;
  reassignSticker: boolean;
  markPosted: boolean;
  /** Offered, paid or in error: ended on a chosen day (decision 49). */
  terminate: boolean;
}

/** Invoices a handler sends: a new one, and one the city cancelled or that failed to go. */
const SENDABLE: readonly OrderStatus[] = ['drafted', 'cancelled', 'error'];

/**
 * What a case handler may do with a winter case now, as the central's deciders would decide it
 * (domain/berths/winter-deciders.ts): the order, lease and application machines move together
 * (cascades.ts). A paper invoice is never sent; it is marked paid once the money is in.
 */
export function winterActions(detail: Pick<WinterApplicationDetail, 'application' | 'lease'>): WinterActions {
  const { application, lease } = detail;
  const waiting = !(lease && isActiveLease(lease.status)) && canMoveApplicationVia(application.status, ['offer_generated']);
  const none = { send: false, markPaid: false, reassignSticker: false, markPosted: false, terminate: false };
  const base = { allocate: waiting && application.areaType === 'marked', createInvoice: waiting && application.areaType === 'unmarked' };
  if (!lease) return { ...base, ...none };
  const invoice = lease.invoice;
  const carries = (to: OrderStatus) =>
    cascadeOrder({ order: invoice.status, lease: lease.status, application: lease.applicationId === application.id ? application.status : null }, to).ok;
  const paper = invoice.invoicingType === 'paper_invoice';
  const sticker = stickerProblem(lease) === null && lease.stickerNumber !== null;
  return {
    ...base,
    send: !paper && SENDABLE.includes(invoice.status) && carries('offered'),
    markPaid: (invoice.status === 'offered' || (paper && (invoice.status === 'drafted' || invoice.status === 'error'))) && carries('paid_man'),
    reassignSticker: sticker,
    markPosted: sticker && lease.stickerPostedOn === null,
    terminate: canTerminateWinterLease(lease),
  };
}
