import { z } from 'zod';
import { OrderLineChange } from './order-line-changes.ts';
import { Language, Localized } from '../languages.ts';
import { IsoDate, IsoDateTime, Uuid } from './record-primitives.ts';
import { ORDER_STATUSES } from './order-machine.ts';
import { REFUND_STATUSES } from './refund-machine.ts';

/**
 * A berth lease's order (the invoice, brief 2.5): created with the lease by an offer, and followed
 * by the lease and the application (cascades.ts). Lines are a snapshot: what the customer was
 * offered stays as offered when the price list changes. Money in euro cents.
 */
export const OrderLine = z.object({
  /** `berth` for the berth itself, else the additional service's key (price-list.ts). */
  product: z.string().min(1).max(60),
  title: Localized,
  pretaxCents: z.number().int().nonnegative(),
  vatPercent: z.number().nonnegative(),
  totalCents: z.number().int().nonnegative(),
  /**
   * A service line priced as this share of the berth line (decision 48), which its total follows
   * when the berth line is repriced; absent on an amount line and on every line stored before.
   */
  percent: z.number().gt(0).max(100).optional(),
});
export type OrderLine = z.infer<typeof OrderLine>;

/** How an order came to be paid: through the payment provider, marked paid elsewhere, or free (non-billable). */
export const PAYMENT_WAYS = ['online', 'elsewhere', 'free'] as const;
export const INVOICING_TYPES = ['online_payment', 'paper_invoice'] as const;

export const OrderRefund = z.object({
  status: z.enum(REFUND_STATUSES),
  amountCents: z.number().int().nonnegative(),
  at: IsoDateTime,
});

/**
 * What staff (or the payment provider) did to an order whose lease has no application (decision
 * 41): such an order has no application history, so it keeps its own. The kinds are the
 * application history's, so the customer's history shows them alike.
 */
export const ORDER_LOG_KINDS = ['offer_resent', 'order_lines_edited', 'order_paid', 'order_cancelled', 'order_refunded', 'lease_terminated'] as const;
export const OrderLogEntry = z.object({
  kind: z.enum(ORDER_LOG_KINDS),
  at: IsoDateTime,
  actorName: z.string().nullable(),
  /** An `order_lines_edited` entry's lines added, removed or repriced; absent on every other kind. */
  lineChanges: z.array(OrderLineChange).optional(),
});
export type OrderLogEntry = z.infer<typeof OrderLogEntry>;

export const BerthOrder = z.object({
  id: Uuid,
  leaseId: Uuid,
  applicationId: Uuid.nullable(),
  customerId: Uuid,
  season: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  lines: z.array(OrderLine).min(1),
  pretaxCents: z.number().int().nonnegative(),
  vatCents: z.number().int().nonnegative(),
  totalCents: z.number().int().nonnegative(),
  dueDate: IsoDate.nullable(),
  sentAt: IsoDateTime.nullable(),
  paidAt: IsoDateTime.nullable(),
  paidVia: z.enum(PAYMENT_WAYS).nullable(),
  /** The customer's invoicing type when the order was made: a paper-invoice order is never sent digitally. */
  invoicingType: z.enum(INVOICING_TYPES),
  /** The language the customer is written to in (the application's, else the customer's). */
  language: Language,
  refund: OrderRefund.nullable(),
  /**
   * Why the order is in error (brief 4.6: a renewal for a customer with no usable email address):
   * listed for the handler to fix, cleared when the order is sent again.
   */
  problem: z.enum(['customer_email_missing', 'customer_email_invalid']).nullable().optional(),
  /** Only on an order whose lease has no application: its history, oldest first. */
  log: z.array(OrderLogEntry).optional(),
});
export type BerthOrder = z.infer<typeof BerthOrder>;
