import type { Berth, Customer, Lease } from './entities.ts';
import type { OrderStatus } from './order-machine.ts';
import { initialOrderStatus } from './order-machine.ts';

/**
 * The season renewal (brief 4.7, "kausilaskut"): last season's paid leases are offered again for
 * the season offers are made for now, with that season's dates, without a new application. A
 * lease is renewable when it was paid, its berth is in use and invoiced, and its customer has no
 * lease on the berth for the new season yet (the renewal hold of availability.ts ends with any).
 */
export type RenewalRefusal = 'lease_not_renewable' | 'berth_not_renewable' | 'already_renewed';

export function renewalRefusal(
  previous: Pick<Lease, 'id' | 'status' | 'season' | 'customerId' | 'berthId'>,
  berth: Pick<Berth, 'isActive' | 'isInvoiceable'> | null,
  leasesOnBerth: readonly Pick<Lease, 'season' | 'customerId' | 'berthId'>[],
  season: number,
): RenewalRefusal | null {
  if (previous.status !== 'paid' || previous.season !== season - 1) return 'lease_not_renewable';
  if (!berth || !berth.isActive || berth.isInvoiceable === false) return 'berth_not_renewable';
  if (leasesOnBerth.some((l) => l.berthId === previous.berthId && l.season === season && l.customerId === previous.customerId)) return 'already_renewed';
  return null;
}

export type ContactProblem = 'customer_email_missing' | 'customer_email_invalid';

// One @, something before it, a dot in the domain, no spaces: what a mail server could deliver to.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Whether an online invoice can reach the customer (brief 4.6: a renewal without one is in error). */
export function emailProblem(email: string): ContactProblem | null {
  const trimmed = email.trim();
  if (trimmed === '') return 'customer_email_missing';
  return EMAIL.test(trimmed) ? null : 'customer_email_invalid';
}

/** An online-invoice customer needs an address to be invoiced; paper and non-billable ones do not. */
export function invoiceContactProblem(customer: Pick<Customer, 'kind' | 'invoicingType' | 'email'>): ContactProblem | null {
  if (customer.kind === 'non_billable' || customer.invoicingType === 'paper_invoice') return null;
  return emailProblem(customer.email);
}

/**
 * What a renewal's order becomes: a non-billable customer's is paid at once, a paper-invoice
 * customer's waits drafted for the paper invoice, one that cannot be sent is in error (listed, to
 * be fixed and sent again), every other is offered with the common due date.
 */
export function renewalOrderStatus(customer: Pick<Customer, 'kind' | 'invoicingType' | 'email'>): OrderStatus {
  const initial = initialOrderStatus(customer.kind);
  if (initial !== 'drafted') return initial;
  if (customer.invoicingType === 'paper_invoice') return 'drafted';
  return invoiceContactProblem(customer) ? 'error' : 'offered';
}

/** How the season's renewal orders stand, as the renewal page counts them (brief 4.7). */
export interface RenewalCounts {
  /** Offered to the customer: waiting, paid, refused or expired. */
  sent: number;
  failed: number;
  paid: number;
  pending: number;
  /** Paper invoices made, not sent digitally. */
  paper: number;
}

export function renewalCounts(orders: readonly Pick<{ status: OrderStatus }, 'status'>[]): RenewalCounts {
  const counts: RenewalCounts = { sent: 0, failed: 0, paid: 0, pending: 0, paper: 0 };
  for (const o of orders) {
    if (o.status === 'error') counts.failed++;
    else if (o.status === 'drafted') counts.paper++;
    else {
      if (o.status === 'offered' || o.status === 'paid' || o.status === 'rejected' || o.status === 'expired') counts.sent++;
      if (o.status === 'offered') counts.pending++;
      if (o.status === 'paid' || o.status === 'paid_man') counts.paid++;
    }
  }
  return counts;
}
