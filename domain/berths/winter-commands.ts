import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { StorableText } from '../text.ts';
import { IsoDate, Uuid } from './record-primitives.ts';
import { WINTER_SECTION_SERVICES } from './winter-entities.ts';

/**
 * Winter storage commands. The case commands carry no base version: each is decided on the
 * records' statuses under the central's row locks, and the write rule refuses a stale write.
 */

/** A marked place for a marked application; an unmarked notice's lease is on its area (placeId null). */
export const CreateWinterLeasePayload = z.object({ applicationId: Uuid, leaseId: Uuid, placeId: Uuid.nullable() }).strict();
export const SendWinterInvoicePayload = z.object({ leaseId: Uuid, dueDate: IsoDate }).strict();
export const ByWinterLeasePayload = z.object({ leaseId: Uuid }).strict();
export const SetStickerPostedPayload = z.object({ leaseId: Uuid, postedOn: IsoDate }).strict();
/** A lease ended on the day the handler chooses, within its dates (decision 49). */
export const TerminateWinterLeasePayload = z.object({ leaseId: Uuid, endDate: IsoDate }).strict();
/** Last winter's paid marked lease renewed for the winter offers are made for: the new lease's id is the desk's (decision 49). */
export const RenewWinterLeasePayload = z.object({ previousLeaseId: Uuid, leaseId: Uuid, dueDate: IsoDate }).strict();

export const WINTER_CASE_COMMANDS = {
  'berths.createWinterLease': { payload: CreateWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.sendWinterInvoice': { payload: SendWinterInvoicePayload, permission: 'berths.cases.write', versioned: false },
  'berths.markWinterInvoicePaid': { payload: ByWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.reassignWinterSticker': { payload: ByWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.setWinterStickerPosted': { payload: SetStickerPostedPayload, permission: 'berths.cases.write', versioned: false },
  'berths.terminateWinterLease': { payload: TerminateWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
  'berths.renewWinterLease': { payload: RenewWinterLeasePayload, permission: 'berths.cases.write', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

/**
 * Winter storage master data (decision 43): areas, sections and marked places, edited like the
 * berth master data (the whole new state, versioned on the record edited, by whoever edits berth
 * master data; a new place is added in its section and a new section in its area, decision 45). Shapes are checked here; the rules are the deciders' (winter-master-deciders.ts).
 */
const Text = (max: number) => StorableText.trim().max(max);

export const EditWinterAreaPayload = z
  .object({
    areaId: Uuid,
    name: z.object({ fi: Text(120), sv: Text(120), en: Text(120) }).strict(),
    streetAddress: Text(200),
    zipCode: Text(10),
    /** Unmarked (lifting-order) spaces the area takes, an estimate; null where it has none. */
    estimatedUnmarkedSpaces: z.number().int().min(0).max(100_000).nullable(),
    isActive: z.boolean(),
  })
  .strict();

export const EditWinterSectionPayload = z
  .object({
    sectionId: Uuid,
    identifier: Text(20),
    services: z.array(z.enum(WINTER_SECTION_SERVICES)).max(WINTER_SECTION_SERVICES.length),
    isActive: z.boolean(),
  })
  .strict();

export const EditWinterPlacePayload = z
  .object({
    placeId: Uuid,
    number: z.number().int(),
    width: z.number(),
    length: z.number(),
    isActive: z.boolean(),
    isInvoiceable: z.boolean(),
    comment: Text(2000),
  })
  .strict();

/** A new marked place in a section: the edit's fields, the section it is in, and the id the desk made for it. */
export const AddWinterPlacePayload = EditWinterPlacePayload.extend({ sectionId: Uuid }).strict();

/** A new section in an area: the edit's fields, the area it is in, and the id the desk made for it (`sectionId`). */
export const AddWinterSectionPayload = EditWinterSectionPayload.extend({ areaId: Uuid }).strict();

export const WINTER_MASTER_COMMANDS = {
  'berths.editWinterArea': { payload: EditWinterAreaPayload, permission: 'berths.resources.write', versioned: true },
  'berths.editWinterSection': { payload: EditWinterSectionPayload, permission: 'berths.resources.write', versioned: true },
  'berths.editWinterPlace': { payload: EditWinterPlacePayload, permission: 'berths.resources.write', versioned: true },
  'berths.addWinterPlace': { payload: AddWinterPlacePayload, permission: 'berths.resources.write', versioned: false },
  'berths.addWinterSection': { payload: AddWinterSectionPayload, permission: 'berths.resources.write', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

/** Every winter storage command: what domain/workspaces.ts and the central register. */
export const WINTER_COMMANDS = { ...WINTER_CASE_COMMANDS, ...WINTER_MASTER_COMMANDS } as const;

/** A winter storage case command (an application's lease, its invoice and sticker). */
export type WinterCommandType = keyof typeof WINTER_CASE_COMMANDS;
export type WinterMasterCommandType = keyof typeof WINTER_MASTER_COMMANDS;
export type WinterPayload<T extends WinterCommandType | WinterMasterCommandType> = z.infer<(typeof WINTER_COMMANDS)[T]['payload']>;

export function isWinterMasterCommand(type: string): type is WinterMasterCommandType {
  return Object.hasOwn(WINTER_MASTER_COMMANDS, type);
}
