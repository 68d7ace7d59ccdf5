import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { IsoDate, Uuid } from './record-primitives.ts';

/**
 * Winter storage commands. None carries a base version: each is decided on the records' statuses
 * under the central's row locks, and the write rule refuses a stale write.
 */

/** A marked place for a marked application; an unmarked notice's lease is on its area (placeId null). */
export const CreateWinterLeasePayload = z.object({ applicationId: Uuid, leaseId: Uuid, placeId: Uuid.nullable() }).strict();
export const SendWinterInvoicePayload = z.object({ leaseId: Uuid, dueDate: IsoDate }).strict();
export const ByWinterLeasePayload = z.object({ leaseId: Uuid }).strict();
export const SetStickerPostedPayload = z.object({ leaseId: Uuid, postedOn: IsoDate }).strict();

export const WINTER_COMMANDS = {
  'berths.createWinterLease': { payload: CreateWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.sendWinterInvoice': { payload: SendWinterInvoicePayload, permission: 'berths.cases.write', versioned: false },
  'berths.markWinterInvoicePaid': { payload: ByWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.reassignWinterSticker': { payload: ByWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.setWinterStickerPosted': { payload: SetStickerPostedPayload, permission: 'berths.cases.write', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type WinterCommandType = keyof typeof WINTER_COMMANDS;
export type WinterPayload<T extends WinterCommandType> = z.infer<(typeof WINTER_COMMANDS)[T]['payload']>;
