import type { BerthOrder } from './order-entity.ts';
import type { WinterLease } from './winter-entities.ts';

/**
 * How long an erased berth customer's bookkeeping records are kept (decision 51): the Finnish
 * Accounting Act (kirjanpitolaki 2:10) keeps records and vouchers for ten years from the end of
 * the financial year, which for the city is the calendar year. Counted from the customer's last
 * bookkeeping date (an order's due, sent, paid or refund date, a winter invoice's due, sent or
 * paid date and its lease's last day, a payment attempt's), they may be removed from 1 January of
 * the eleventh year after it: a last date in 2016 is kept through 31.12.2026 and removed from
 * 1.1.2027. One date for all of a customer's records, berth and winter: their account goes whole.
 */
export const BOOKKEEPING_RETENTION_YEARS = 10;

/** The year a date or a time belongs to as it is written (the local date's year: Helsinki's, as every date here is). */
const yearOf = (isoDateOrTime: string): number => Number(isoDateOrTime.slice(0, 4));

/** Every bookkeeping date an order holds. */
export function orderBookkeepingDates(o: Pick<BerthOrder, 'dueDate' | 'sentAt' | 'paidAt' | 'refund'>): string[] {
  return [o.dueDate, o.sentAt, o.paidAt, o.refund?.at ?? null].filter((d): d is string => typeof d === 'string' && d !== '');
}

/**
 * Every bookkeeping date a winter lease holds: its invoice's (decision 36: the invoice lives on the
 * lease) due, sent and paid dates, and the lease's last day. A winter runs into the next year, so
 * the invoice is a voucher of both financial years until the season (or a termination) ends; a
 * winter invoice records no refund date of its own.
 */
export function winterLeaseBookkeepingDates(l: Pick<WinterLease, 'endDate' | 'invoice'>): string[] {
  return [l.invoice.dueDate, l.invoice.sentAt, l.invoice.paidAt, l.endDate].filter((d): d is string => typeof d === 'string' && d !== '');
}

/** The last day the records must be kept: 31 December of the tenth year after the last date's year; null without any date. */
export function bookkeepingKeptUntil(dates: readonly string[]): string | null {
  if (dates.length === 0) return null;
  return `${Math.max(...dates.map(yearOf)) + BOOKKEEPING_RETENTION_YEARS}-12-31`;
}

/**
 * Whether an erased customer's bookkeeping records may be removed today (a Helsinki date): only
 * after their erasure, and only once the last day they must be kept has passed. A customer not
 * erased keeps everything; one without any dated record has nothing of this kind to remove.
 */
export function bookkeepingRemovable(customer: { erasedAt?: string | null | undefined }, dates: readonly string[], today: string): boolean {
  if (!customer.erasedAt) return false;
  const until = bookkeepingKeptUntil(dates);
  return until !== null && today > until;
}
