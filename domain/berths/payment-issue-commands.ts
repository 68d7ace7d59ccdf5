import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { Uuid } from './record-primitives.ts';

/**
 * A handler refunded an unapplied payment at the provider and marks it so (payment-issue-decider.ts).
 * Not versioned: the issue only ever moves open -> refunded, so a second mark is refused by its
 * status, in words, rather than as a stale version.
 */
export const MarkPaymentRefundedPayload = z.object({ issueId: Uuid }).strict();

export const PAYMENT_ISSUE_COMMANDS = {
  'berths.markPaymentRefunded': { payload: MarkPaymentRefundedPayload, permission: 'berths.cases.write', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type PaymentIssueCommandType = keyof typeof PAYMENT_ISSUE_COMMANDS;
export type MarkPaymentRefundedPayload = z.infer<typeof MarkPaymentRefundedPayload>;
