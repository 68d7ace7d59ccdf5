import type { TransitionTable } from './transition-table.ts';
import { canMove } from './transition-table.ts';

/** Order (invoice) statuses of brief section 3.3, exactly. */
export const ORDER_STATUSES = ['drafted', 'offered', 'rejected', 'cancelled', 'expired', 'error', 'paid', 'paid_man', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_TRANSITIONS: TransitionTable<OrderStatus> = {
  drafted: ['offered', 'paid_man', 'error'],
  offered: ['paid', 'paid_man', 'expired', 'rejected', 'error', 'cancelled'],
  paid: ['refunded'],
  paid_man: [],
  error: ['drafted', 'offered', 'paid_man', 'cancelled'],
  // A cancelled invoice may be sent again.
  cancelled: ['offered'],
  expired: [],
  rejected: [],
  refunded: [],
};

export const WAITING_ORDER_STATUSES: readonly OrderStatus[] = ['drafted', 'offered'];
export const PAID_ORDER_STATUSES: readonly OrderStatus[] = ['paid', 'paid_man'];

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return canMove(ORDER_TRANSITIONS, from, to);
}

export type OrderMoveProblem = 'invalid_transition' | 'due_date_required';

/** Why an order cannot move, or null: besides the table, an offered order needs a due date. */
export function orderMoveProblem(order: { status: OrderStatus; dueDate: string | null }, to: OrderStatus): OrderMoveProblem | null {
  if (!canMoveOrder(order.status, to)) return 'invalid_transition';
  if (to === 'offered' && !order.dueDate) return 'due_date_required';
  return null;
}

/**
 * The handler's invoice actions and the statuses each is offered from (brief 4.6). Sending
 * again re-prices a waiting order; a cancelled one may be sent again too.
 */
export const ORDER_ACTIONS = {
  send: ['drafted', 'offered', 'error', 'cancelled'],
  markPaidElsewhere: ['drafted', 'offered', 'error'],
  cancel: ['offered', 'error'],
  refund: ['paid'],
  editLines: ['drafted', 'offered', 'error'],
} as const satisfies Record<string, readonly OrderStatus[]>;
export type OrderAction = keyof typeof ORDER_ACTIONS;

export function orderActionAllowed(action: OrderAction, status: OrderStatus): boolean {
  return (ORDER_ACTIONS[action] as readonly OrderStatus[]).includes(status);
}

/** The customer's own moves on the payment page. */
export function customerMayPay(status: OrderStatus): boolean {
  return status === 'offered' || status === 'rejected';
}

/** Unmarked winter storage notices cannot be declined online: the boat is already in the area. */
export function customerMayDecline(status: OrderStatus, unmarkedWinterStorage: boolean): boolean {
  return status === 'offered' && !unmarkedWinterStorage;
}

/**
 * The status a lease order starts in. A non-billable customer's order is paid at once (paid
 * elsewhere): no invoice, no contract, and the lease is paid and the application handled with it.
 */
export function initialOrderStatus(customerKind: string): OrderStatus {
  return customerKind === 'non_billable' ? 'paid_man' : 'drafted';
}
