import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { Language } from '../languages.ts';
import { StorableText } from '../text.ts';
import { IsoDate, Uuid } from './record-primitives.ts';
import { INVOICING_TYPES } from './order-entity.ts';

/**
 * The season renewal's command and the customer contact edit that fixes a failed one. The renewal
 * creates the new lease and its order: their ids are the client's, like an offer's.
 */
export const RenewLeasePayload = z
  .object({
    previousLeaseId: Uuid,
    leaseId: Uuid,
    orderId: Uuid,
    dueDate: IsoDate,
  })
  .strict();

const Text = (max: number) => StorableText.trim().max(max);

/** The whole contact as the handler leaves it (not a diff): the central decides on what it holds. */
export const EditCustomerContactPayload = z
  .object({
    customerId: Uuid,
    email: Text(254),
    phone: Text(40),
    address: Text(200),
    zipCode: Text(10),
    municipality: Text(100),
    language: Language,
    invoicingType: z.enum(INVOICING_TYPES),
  })
  .strict();

export const RENEWAL_COMMANDS = {
  // Each renewal decides on the lease it renews and the berth's leases: no base version.
  'berths.renewLease': { payload: RenewLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.editCustomerContact': { payload: EditCustomerContactPayload, permission: 'berths.cases.write', versioned: true },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type RenewalCommandType = keyof typeof RENEWAL_COMMANDS;
export type RenewalPayload<T extends RenewalCommandType> = z.infer<(typeof RENEWAL_COMMANDS)[T]['payload']>;
