import type { TransitionTable } from './transition-table.ts';
import { canMove } from './transition-table.ts';

/** Berth switch offer statuses of brief section 3.4, exactly. */
export const OFFER_STATUSES = ['drafted', 'offered', 'accepted', 'rejected', 'expired', 'cancelled'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const OFFER_TRANSITIONS: TransitionTable<OfferStatus> = {
  drafted: ['offered', 'cancelled', 'expired'],
  offered: ['accepted', 'rejected', 'expired', 'cancelled'],
  accepted: [],
  rejected: [],
  expired: [],
  cancelled: [],
};

/** A switch offer on a berth blocks it while drafted or offered. */
export const BLOCKING_OFFER_STATUSES: readonly OfferStatus[] = ['drafted', 'offered'];

export function canMoveOffer(from: OfferStatus, to: OfferStatus): boolean {
  return canMove(OFFER_TRANSITIONS, from, to);
}

export type OfferMoveProblem = 'invalid_transition' | 'due_date_required';

/** Leaving drafted needs a due date, except to be cancelled. */
export function offerMoveProblem(offer: { status: OfferStatus; dueDate: string | null }, to: OfferStatus): OfferMoveProblem | null {
  if (!canMoveOffer(offer.status, to)) return 'invalid_transition';
  if (offer.status === 'drafted' && to !== 'cancelled' && !offer.dueDate) return 'due_date_required';
  return null;
}

/** The due date of an expired offer is history. */
export function canChangeOfferDueDate(status: OfferStatus): boolean {
  return status !== 'expired';
}

/** Switch offers expire three days after their due date. */
export const OFFER_EXPIRY_GRACE_DAYS = 3;
