import type { TransitionTable } from './transition-table.ts';
import { canMove } from './transition-table.ts';

/**
 * Application statuses of brief section 3.1. The brief moves an application only as a cascade
 * of its lease, order or switch offer, or by the handler's "no suitable berth" and "extend".
 * Two statuses are the foundation's own, until orders exist: `awaiting_payment` (the customer
 * accepted, no invoice yet) and `declined_by_customer` (declined, may return to the queue).
 */
export const BRIEF_APPLICATION_STATUSES = ['pending', 'offer_generated', 'offer_sent', 'no_suitable_berths', 'handled', 'rejected', 'expired'] as const;
export const INTERIM_APPLICATION_STATUSES = ['awaiting_payment', 'declined_by_customer'] as const;
export type ApplicationMachineStatus = (typeof BRIEF_APPLICATION_STATUSES)[number] | (typeof INTERIM_APPLICATION_STATUSES)[number];

export const APPLICATION_TRANSITIONS: TransitionTable<ApplicationMachineStatus> = {
  // A lease (or switch offer) is drafted; or the handler finds no suitable berth (only with no lease).
  pending: ['offer_generated', 'no_suitable_berths'],
  // Drafted lease deleted -> back in the queue; sent; paid at once (non-billable); switch offer expired.
  offer_generated: ['pending', 'offer_sent', 'handled', 'expired'],
  // Paid, declined, expired. Interim: withdrawn before any invoice, accepted awaiting payment, declined.
  offer_sent: ['handled', 'rejected', 'expired', 'pending', 'awaiting_payment', 'declined_by_customer'],
  // Extended to the next season (at low priority).
  no_suitable_berths: ['pending'],
  handled: [],
  rejected: [],
  expired: [],
  awaiting_payment: ['handled', 'expired'],
  declined_by_customer: ['pending'],
};

export function canMoveApplication(from: ApplicationMachineStatus, to: ApplicationMachineStatus): boolean {
  return canMove(APPLICATION_TRANSITIONS, from, to);
}

/** Whether a command moving through several statuses at once (e.g. draft and send) is allowed at every step. */
export function canMoveApplicationVia(from: ApplicationMachineStatus, path: readonly ApplicationMachineStatus[]): boolean {
  let at = from;
  for (const next of path) {
    if (!canMoveApplication(at, next)) return false;
    at = next;
  }
  return path.length > 0;
}

/**
 * The statuses an application may be in (brief 3.1 validation). A new application with no lease
 * can only wait, be unserved or expire. A switch application never holds its own lease (the
 * switch offer moves the current one), so it stays among the offer's statuses.
 */
export function applicationStatusValid(status: ApplicationMachineStatus, a: { kind: 'new' | 'switch'; hasLease: boolean }): boolean {
  if (a.kind === 'switch') return (['pending', 'offer_generated', 'offer_sent', 'expired', 'rejected'] as const).some((s) => s === status);
  if (!a.hasLease) return (['pending', 'expired', 'no_suitable_berths'] as const).some((s) => s === status);
  return true;
}

/** Customers may edit their application only while it waits; once processed it keeps its customer. */
export function customerMayEditApplication(status: ApplicationMachineStatus): boolean {
  return status === 'pending';
}
