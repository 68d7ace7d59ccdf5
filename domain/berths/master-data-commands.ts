import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { StorableText } from '../text.ts';
import { BerthProduct, IsoDate, MooringType, PIER_SERVICES, Uuid } from './entities.ts';

/**
 * Commands that edit the berth master data: harbours, piers, berths and the dated price list.
 * The payload carries the whole new state of what is edited (not a diff), so the central's
 * decision is the same whatever the client's cache held. Shapes are checked here; the rules
 * (positive sizes, unique numbers, leases in force, width bands) are the deciders' and answer
 * their own codes.
 */
const Text = (max: number) => StorableText.trim().max(max);

export const EditHarbourPayload = z
  .object({
    harbourId: Uuid,
    name: z.object({ fi: Text(120), sv: Text(120), en: Text(120) }).strict(),
    streetAddress: Text(200),
    zipCode: Text(10),
    wwwUrl: Text(500),
  })
  .strict();

export const EditPierPayload = z
  .object({
    pierId: Uuid,
    identifier: Text(20),
    priceTier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    services: z.array(z.enum(PIER_SERVICES)).max(PIER_SERVICES.length),
    personalElectricity: z.boolean(),
    suitableBoatTypes: z.array(Text(60)).max(20),
    isActive: z.boolean(),
  })
  .strict();

export const EditBerthPayload = z
  .object({
    berthId: Uuid,
    number: Text(20),
    width: z.number(),
    length: z.number(),
    depth: z.number().nullable(),
    mooringType: MooringType,
    isAccessible: z.boolean().nullable(),
    isActive: z.boolean(),
    isInvoiceable: z.boolean(),
    comment: Text(2000),
  })
  .strict();

/** A new berth on a pier: the edit's fields, the pier it is on, and the id the desk made for it. */
export const AddBerthPayload = EditBerthPayload.extend({ pierId: Uuid }).strict();

/** A new pier in a harbour: the edit's fields, the harbour it is in, and the id the desk made for it (`pierId`). */
export const AddPierPayload = EditPierPayload.extend({ harbourId: Uuid }).strict();

/** One width band of a price list; the id is the product row's (client-chosen for a new list). */
export const PriceBand = BerthProduct.pick({ id: true, pricingCategory: true, minWidthExclusive: true, maxWidthInclusive: true, tierPricesCents: true, vatPercent: true }).strict();
export type PriceBand = z.infer<typeof PriceBand>;

/**
 * A price list version: every product valid from one day to another (or on). Bands whose ids
 * exist already are that version's own rows (an upcoming version edited); new ids make a new version.
 */
export const SavePriceListPayload = z
  .object({
    validFrom: IsoDate,
    validUntil: IsoDate.nullable(),
    products: z.array(PriceBand).min(1).max(200),
  })
  .strict();

export const MASTER_DATA_COMMANDS = {
  'berths.editHarbour': { payload: EditHarbourPayload, permission: 'berths.resources.write', versioned: true },
  'berths.editPier': { payload: EditPierPayload, permission: 'berths.resources.write', versioned: true },
  'berths.editBerth': { payload: EditBerthPayload, permission: 'berths.resources.write', versioned: true },
  'berths.addBerth': { payload: AddBerthPayload, permission: 'berths.resources.write', versioned: false },
  'berths.addPier': { payload: AddPierPayload, permission: 'berths.resources.write', versioned: false },
  'berths.savePriceList': { payload: SavePriceListPayload, permission: 'berths.resources.write', versioned: true },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type MasterDataCommandType = keyof typeof MASTER_DATA_COMMANDS;
export type MasterDataPayload<T extends MasterDataCommandType> = z.infer<(typeof MASTER_DATA_COMMANDS)[T]['payload']>;
