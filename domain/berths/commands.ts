import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { StorableText } from '../text.ts';
import { IsoDate, Uuid } from './entities.ts';
import { BERTH_ORDER_COMMANDS } from './order-commands.ts';
import { EditApplicationPayload } from './application-edit-schema.ts';
import { CreateLeasePayload } from './lease-create-schema.ts';
import { LinkApplicationCustomerPayload } from './application-link-schema.ts';

/**
 * Berth commands as they travel in a push. Ids of anything a command creates (the lease of an
 * offer) are chosen by the client, so the optimistic row and the server's row are one row.
 * The application event a command writes takes the command's own id. Every string is
 * StorableText: a value the central cannot store is refused before it is queued.
 */
export const OfferBerthPayload = z.object({
  applicationId: Uuid,
  berthId: Uuid,
  leaseId: Uuid,
  /** The lease's order, created with it. */
  orderId: Uuid,
  dueDate: IsoDate,
  /** The handler confirmed offering a berth shorter than the boat. */
  acceptShorter: z.boolean(),
});

export const WithdrawOfferPayload = z.object({ applicationId: Uuid, leaseId: Uuid, reason: StorableText.max(2000) });

export const RecordOfferAnswerPayload = z.object({
  applicationId: Uuid,
  leaseId: Uuid,
  answer: z.enum(['accepted', 'declined']),
});

export const MarkNoSuitableBerthPayload = z.object({ applicationId: Uuid });

export const ExtendApplicationPayload = z.object({ applicationId: Uuid });

export const ReturnToQueuePayload = z.object({ applicationId: Uuid });

export const AddNotePayload = z.object({ applicationId: Uuid, note: StorableText.trim().min(1).max(2000) });

export const BERTH_COMMANDS = {
  'berths.offerBerth': { payload: OfferBerthPayload, permission: 'berths.cases.write', versioned: true },
  'berths.withdrawOffer': { payload: WithdrawOfferPayload, permission: 'berths.cases.write', versioned: true },
  'berths.recordOfferAnswer': { payload: RecordOfferAnswerPayload, permission: 'berths.cases.write', versioned: true },
  'berths.markNoSuitableBerth': { payload: MarkNoSuitableBerthPayload, permission: 'berths.cases.write', versioned: true },
  'berths.extendApplication': { payload: ExtendApplicationPayload, permission: 'berths.cases.write', versioned: true },
  'berths.returnToQueue': { payload: ReturnToQueuePayload, permission: 'berths.cases.write', versioned: true },
  // A note changes nothing anyone decided on: it commutes, so it carries no base version.
  'berths.addNote': { payload: AddNotePayload, permission: 'berths.cases.write', versioned: false },
  // Versioned: an edit rests on the application as the handler saw it (application-edit.ts).
  'berths.editApplication': { payload: EditApplicationPayload, permission: 'berths.cases.write', versioned: true },
  // Versioned on the application: the handler links the application as they saw it (application-link.ts).
  'berths.linkApplicationCustomer': { payload: LinkApplicationCustomerPayload, permission: 'berths.cases.write', versioned: true },
  // A new lease without an application decides on the berth's leases under its lock, like a renewal: no base version.
  'berths.createLease': { payload: CreateLeasePayload, permission: 'berths.cases.write', versioned: false },
  ...BERTH_ORDER_COMMANDS,
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type BerthCommandType = keyof typeof BERTH_COMMANDS;
export type BerthCommandPayload<T extends BerthCommandType> = z.infer<(typeof BERTH_COMMANDS)[T]['payload']>;
export type OfferBerthPayload = z.infer<typeof OfferBerthPayload>;
