import type { TransitionTable } from './transition-table.ts';
import { canMove } from './transition-table.ts';

/**
 * Lease statuses of brief section 3.2. A lease follows its lease order (see cascades.ts); a
 * handler may also terminate it. Two statuses are the foundation's own and last until orders
 * exist: `awaiting_payment` (the customer accepted, no invoice yet) and `cancelled` (an offer
 * withdrawn before any invoice). They are kept apart so the brief's rows stay exactly the brief's.
 */
export const BRIEF_LEASE_STATUSES = ['drafted', 'offered', 'refused', 'expired', 'error', 'paid', 'terminated'] as const;
export const INTERIM_LEASE_STATUSES = ['awaiting_payment', 'cancelled'] as const;
export type LeaseMachineStatus = (typeof BRIEF_LEASE_STATUSES)[number] | (typeof INTERIM_LEASE_STATUSES)[number];

export const LEASE_TRANSITIONS: TransitionTable<LeaseMachineStatus> = {
  // The order: drafted -> offered | paid_man | error. A drafted lease is deleted, never terminated.
  drafted: ['offered', 'paid', 'error'],
  offered: ['paid', 'refused', 'expired', 'error', 'terminated', 'awaiting_payment', 'cancelled'],
  // The order: error -> drafted | offered | paid_man; the lease still holds the berth meanwhile.
  error: ['drafted', 'offered', 'paid', 'terminated'],
  paid: ['terminated'],
  refused: [],
  expired: [],
  terminated: [],
  awaiting_payment: ['paid', 'expired', 'error', 'terminated', 'cancelled'],
  cancelled: [],
};

/** Statuses that hold the berth: nobody else may be offered it in the same season. */
export const ACTIVE_LEASE_STATUSES: readonly LeaseMachineStatus[] = ['drafted', 'offered', 'paid', 'error', 'awaiting_payment'];
/** A drafted lease is deleted instead (its application returns to the queue). */
export const TERMINABLE_LEASE_STATUSES: readonly LeaseMachineStatus[] = ['offered', 'paid', 'error', 'awaiting_payment'];

export function canMoveLease(from: LeaseMachineStatus, to: LeaseMachineStatus): boolean {
  return canMove(LEASE_TRANSITIONS, from, to);
}

export function isActiveLease(status: LeaseMachineStatus): boolean {
  return ACTIVE_LEASE_STATUSES.includes(status);
}

export function canTerminateLease(status: LeaseMachineStatus): boolean {
  return TERMINABLE_LEASE_STATUSES.includes(status);
}

/** Only a lease nobody has been offered yet may disappear; every later one stays on record. */
export function canDeleteLease(status: LeaseMachineStatus): boolean {
  return status === 'drafted';
}

/**
 * The end date of a termination: the handler's date, else the start when the lease has not
 * begun, today while it runs, and its own end when it is already over.
 */
export function terminationEndDate(lease: { startDate: string; endDate: string }, today: string, chosen?: string | null): string {
  if (chosen) return chosen;
  if (today < lease.startDate) return lease.startDate;
  if (today <= lease.endDate) return today;
  return lease.endDate;
}
