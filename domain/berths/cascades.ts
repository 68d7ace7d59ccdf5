import type { ApplicationMachineStatus } from './application-machine.ts';
import { canMoveApplication } from './application-machine.ts';
import type { LeaseMachineStatus } from './lease-machine.ts';
import { canMoveLease } from './lease-machine.ts';
import type { OfferStatus } from './offer-machine.ts';
import { canMoveOffer } from './offer-machine.ts';
import type { OrderStatus } from './order-machine.ts';
import { canMoveOrder } from './order-machine.ts';

/**
 * How a move of one record carries to the others (brief 3.1-3.3): order -> lease -> application,
 * and switch offer -> application. Null: the other record stays as it is.
 */
export const ORDER_TO_LEASE: Readonly<Record<OrderStatus, LeaseMachineStatus | null>> = {
  drafted: 'drafted',
  offered: 'offered',
  paid: 'paid',
  paid_man: 'paid',
  rejected: 'refused',
  expired: 'expired',
  error: 'error',
  // A cancelled invoice leaves the lease; a full refund terminates it (see refundAccepted).
  cancelled: null,
  refunded: null,
};

export const ORDER_TO_APPLICATION: Readonly<Record<OrderStatus, ApplicationMachineStatus | null>> = {
  drafted: null,
  offered: 'offer_sent',
  paid: 'handled',
  paid_man: 'handled',
  rejected: 'rejected',
  expired: 'expired',
  error: null,
  cancelled: null,
  refunded: null,
};

/** An accepted switch offer leaves the application as it is: the switch itself is the outcome. */
export const OFFER_TO_APPLICATION: Readonly<Record<OfferStatus, ApplicationMachineStatus | null>> = {
  drafted: 'offer_generated',
  offered: 'offer_sent',
  accepted: null,
  rejected: 'rejected',
  expired: 'expired',
  cancelled: null,
};

/** The comment a lease gets when its order fails, so the handler looks at the order first. */
export const ORDER_ERROR_LEASE_COMMENT = 'Error with the order, check the order first';

export type Cascade =
  | { ok: true; order?: OrderStatus; offer?: OfferStatus; lease?: LeaseMachineStatus; application?: ApplicationMachineStatus; leaseComment?: string }
  | { ok: false; record: 'order' | 'offer' | 'lease' | 'application'; from: string; to: string };

/** A cascaded move that lands where the record already is, is no move. */
function follow<S extends string>(from: S | null | undefined, to: S | null, can: (a: S, b: S) => boolean): { to?: S } | { refused: true } {
  if (from == null || to === null || from === to) return {};
  return can(from, to) ? { to } : { refused: true };
}

/** An order's move with everything it carries; refused whole if any part of it is not allowed. */
export function cascadeOrder(
  current: { order: OrderStatus; lease: LeaseMachineStatus; application: ApplicationMachineStatus | null },
  to: OrderStatus,
): Cascade {
  if (!canMoveOrder(current.order, to)) return { ok: false, record: 'order', from: current.order, to };
  const lease = follow(current.lease, ORDER_TO_LEASE[to], canMoveLease);
  if ('refused' in lease) return { ok: false, record: 'lease', from: current.lease, to: ORDER_TO_LEASE[to] ?? '' };
  const app = follow(current.application, ORDER_TO_APPLICATION[to], canMoveApplication);
  if ('refused' in app) return { ok: false, record: 'application', from: current.application ?? '', to: ORDER_TO_APPLICATION[to] ?? '' };
  return {
    ok: true,
    order: to,
    ...(lease.to ? { lease: lease.to } : {}),
    ...(app.to ? { application: app.to } : {}),
    ...(to === 'error' ? { leaseComment: ORDER_ERROR_LEASE_COMMENT } : {}),
  };
}

/** A switch offer's move with the application status it carries. */
export function cascadeOffer(current: { offer: OfferStatus; application: ApplicationMachineStatus }, to: OfferStatus): Cascade {
  if (!canMoveOffer(current.offer, to)) return { ok: false, record: 'offer', from: current.offer, to };
  const app = follow(current.application, OFFER_TO_APPLICATION[to], canMoveApplication);
  if ('refused' in app) return { ok: false, record: 'application', from: current.application, to: OFFER_TO_APPLICATION[to] ?? '' };
  return { ok: true, offer: to, ...(app.to ? { application: app.to } : {}) };
}

/** A full refund, once accepted, refunds the order and terminates the lease. */
export function refundAccepted(current: { order: OrderStatus; lease: LeaseMachineStatus }, full: boolean): Cascade {
  if (!canMoveOrder(current.order, 'refunded')) return { ok: false, record: 'order', from: current.order, to: 'refunded' };
  if (!full) return { ok: true, order: 'refunded' };
  if (!canMoveLease(current.lease, 'terminated')) return { ok: false, record: 'lease', from: current.lease, to: 'terminated' };
  return { ok: true, order: 'refunded', lease: 'terminated' };
}

/** A lease created from an application drafts the offer; deleting the drafted lease puts it back in the queue. */
export function cascadeLeaseCreated(application: ApplicationMachineStatus): Cascade {
  return canMoveApplication(application, 'offer_generated')
    ? { ok: true, lease: 'drafted', application: 'offer_generated' }
    : { ok: false, record: 'application', from: application, to: 'offer_generated' };
}

export function cascadeLeaseDeleted(lease: LeaseMachineStatus, application: ApplicationMachineStatus | null): Cascade {
  if (lease !== 'drafted') return { ok: false, record: 'lease', from: lease, to: 'deleted' };
  if (application === null) return { ok: true };
  return canMoveApplication(application, 'pending')
    ? { ok: true, application: 'pending' }
    : { ok: false, record: 'application', from: application, to: 'pending' };
}
