import type { ApplicationStatus, LeaseStatus } from './entities.ts';

/**
 * Application and lease (offer) state machines. The central enforces them on every command; the
 * client uses the same tables to disable actions that cannot succeed, offline included.
 */
const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  pending: ['offer_sent', 'no_suitable_berths', 'expired'],
  offer_sent: ['pending', 'awaiting_payment', 'declined_by_customer', 'expired'],
  awaiting_payment: ['handled', 'expired'],
  no_suitable_berths: ['pending'],
  handled: [],
  rejected: [],
  declined_by_customer: ['pending'],
  expired: [],
};

const LEASE_TRANSITIONS: Record<LeaseStatus, readonly LeaseStatus[]> = {
  drafted: ['offered', 'cancelled'],
  offered: ['awaiting_payment', 'refused', 'expired', 'cancelled'],
  // Paid once invoices exist; until then an accepted offer waits here, holding the berth.
  awaiting_payment: ['paid', 'cancelled', 'expired'],
  paid: ['terminated'],
  refused: [],
  expired: [],
  cancelled: [],
  terminated: [],
};

export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}

export function canMoveLease(from: LeaseStatus, to: LeaseStatus): boolean {
  return LEASE_TRANSITIONS[from].includes(to);
}

/** Statuses that hold the berth: nobody else may be offered it in the same season. */
export const ACTIVE_LEASE_STATUSES: readonly LeaseStatus[] = ['drafted', 'offered', 'awaiting_payment', 'paid'];

export function isActiveLease(status: LeaseStatus): boolean {
  return ACTIVE_LEASE_STATUSES.includes(status);
}
