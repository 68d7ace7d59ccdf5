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

/** The handler prices each additional service (incl. VAT); the berth line stays as offered. */
export const EditOrderLinesPayload = z.object({
  orderId: Uuid,
  services: z
    .array(
      z.object({
        service: z.enum(ADDITIONAL_SERVICES),
        totalCents: z.number().int().nonnegative().max(10_000_000),
        vatPercent: z.number().refine((v) => (ADDITIONAL_VAT_PERCENTS as readonly number[]).includes(v), 'not an accepted VAT rate'),
      }),
    )
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
