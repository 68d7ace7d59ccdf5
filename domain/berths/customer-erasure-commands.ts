import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { Uuid } from './record-primitives.ts';

/**
 * A customer's GDPR erasure (customer-erasure.ts): versioned on the customer, so an erasure decided
 * on the customer as the main user saw it lands in the conflict inbox when someone changed the
 * customer meanwhile. Only the berth service's main users may (decision 51).
 */
export const EraseCustomerPayload = z.object({ customerId: Uuid }).strict();

export const CUSTOMER_ERASURE_COMMANDS = {
  'berths.eraseCustomer': { payload: EraseCustomerPayload, permission: 'berths.customers.gdpr', versioned: true },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type CustomerErasureCommandType = keyof typeof CUSTOMER_ERASURE_COMMANDS;
export type EraseCustomerPayload = z.infer<typeof EraseCustomerPayload>;
