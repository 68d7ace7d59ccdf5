import type { ApplicationStatus } from './entities.ts';

/**
 * An offer is overdue when the application still waits for the customer's answer and the offer's
 * due date (a Helsinki calendar day) is before today in Helsinki. Due today is not overdue yet:
 * the customer has the whole day. Expiring overdue offers is a later step; this only tells them.
 */
export function isOfferOverdue(status: ApplicationStatus, dueDate: string | null, today: string): boolean {
  return status === 'offer_sent' && dueDate !== null && dueDate < today;
}
