import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { StorableText } from '../text.ts';
import { IsoDate, Uuid } from './record-primitives.ts';
import { ADDITIONAL_SERVICES, ADDITIONAL_VAT_PERCENTS } from './price-list.ts';

/**
 * The order and invoice commands (brief 4.6). None carries a base version: each is decided on the
 * order's status under the central's row locks, and the write rule refuses a stale write.
 */
export const ResendOfferPayload = z.object({ orderId: Uuid, dueDate: IsoDate });

const ServiceKey = z.enum(ADDITIONAL_SERVICES);
const ServiceVat = z.number().refine((v) => (ADDITIONAL_VAT_PERCENTS as readonly number[]).includes(v), 'not an accepted VAT rate');

/**
 * A share of the berth line's price, as the price list's percentage products are: more than 0,
 * at most 100, in hundredths (counted in integers so 0.29 is two decimals, not 0.28999…).
 */
export const LinePercent = z
  .number()
  .gt(0, 'a percentage must be more than 0')
  .max(100, 'a percentage must be at most 100')
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'a percentage has at most two decimals');

/**
 * The handler prices each additional service (incl. VAT) as an amount or as a percentage of the
 * berth line (decision 48); the berth line stays as offered. Strict, so a line is one or the
 * other: the amount shape is the one desks queued before percentages were kept.
 */
const AmountServiceLine = z.strictObject({ service: ServiceKey, totalCents: z.number().int().nonnegative().max(10_000_000), vatPercent: ServiceVat });
const PercentServiceLine = z.strictObject({ service: ServiceKey, percent: LinePercent, vatPercent: ServiceVat });
export type ServiceLinePrice = z.infer<typeof AmountServiceLine> | z.infer<typeof PercentServiceLine>;

export const EditOrderLinesPayload = z.object({
  orderId: Uuid,
  services: z
    .array(z.union([AmountServiceLine, PercentServiceLine]))
    .max(ADDITIONAL_SERVICES.length)
    .refine((s) => new Set(s.map((x) => x.service)).size === s.length, 'each service at most once'),
});

export const ByOrderPayload = z.object({ orderId: Uuid });

export const TerminateLeasePayload = z.object({ leaseId: Uuid, endDate: IsoDate });

/** The payment provider's confirmation of an online payment. */
export const RecordPaymentPayload = z.object({
  orderId: Uuid,
  amountCents: z.number().int().nonnegative(),
  providerReference: StorableText.min(1).max(200),
});

export const BERTH_ORDER_COMMANDS = {
  'berths.resendOffer': { payload: ResendOfferPayload, permission: 'berths.cases.write', versioned: false },
  'berths.editOrderLines': { payload: EditOrderLinesPayload, permission: 'berths.cases.write', versioned: false },
  'berths.markOrderPaidElsewhere': { payload: ByOrderPayload, permission: 'berths.cases.write', versioned: false },
  'berths.cancelOrder': { payload: ByOrderPayload, permission: 'berths.cases.write', versioned: false },
  'berths.refundOrder': { payload: ByOrderPayload, permission: 'berths.cases.write', versioned: false },
  'berths.terminateLease': { payload: TerminateLeasePayload, permission: 'berths.cases.write', versioned: false },
  // Staff may not push it: the central's push refuses it (payment_not_staff); the payment route runs it.
  'berths.recordPayment': { payload: RecordPaymentPayload, permission: 'berths.cases.write', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

/** Commands that act on an order or a lease rather than on an application. */
export const ORDER_COMMAND_TYPES = Object.keys(BERTH_ORDER_COMMANDS) as (keyof typeof BERTH_ORDER_COMMANDS)[];
