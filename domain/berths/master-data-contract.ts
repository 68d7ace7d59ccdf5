import { z } from 'zod';
import type { Berth, BerthProduct, Harbour, Pier } from './entities.ts';
import { Uuid } from './entities.ts';
import { AddBerthPayload, AddPierPayload, EditBerthPayload, EditHarbourPayload, EditPierPayload, PriceBand, SavePriceListPayload } from './master-data-commands.ts';

/**
 * The berth master data's part of the renderer contract (domain/contract.ts lists its methods).
 * Edits carry the whole new state with the record's id; a new berth and a price list's new bands
 * get their ids in the core (an upcoming list's bands keep theirs).
 */

export interface VersionedRecord<T> {
  record: T;
  version: number;
}

/** One harbour as the edit dialogs need it: every record with the version an edit is based on. */
export interface HarbourMasterData {
  harbour: VersionedRecord<Harbour>;
  /** In natural order of identifier. */
  piers: VersionedRecord<Pier>[];
  /** By pier, then number in natural order. */
  berths: VersionedRecord<Berth>[];
}

export type PriceListState = 'past' | 'current' | 'upcoming';

/** The bands valid from one day to another: a price list version. */
export interface PriceListVersion {
  validFrom: string | null;
  validUntil: string | null;
  state: PriceListState;
  /** By category, then width. */
  products: VersionedRecord<BerthProduct>[];
}

export interface PriceListsView {
  today: string;
  /** Newest first; bands dropped from an upcoming list before it began are left out. */
  versions: PriceListVersion[];
}

const NewBand = PriceBand.extend({ id: Uuid.optional() }).strict();
export const SavePriceListInput = SavePriceListPayload.extend({ products: z.array(NewBand).min(1).max(200) }).strict();
export type SavePriceListInput = z.infer<typeof SavePriceListInput>;

/** A new berth as typed: the core gives it its id. */
export const AddBerthInput = AddBerthPayload.omit({ berthId: true }).strict();
/** A new pier as typed: the core gives it its id. */
export const AddPierInput = AddPierPayload.omit({ pierId: true }).strict();

export const MASTER_DATA_CONTRACT_INPUTS = {
  'berths.harbourMasterData': z.object({ harbourId: Uuid }).strict(),
  'berths.priceLists': z.object({}).strict(),
  'berths.editHarbour': EditHarbourPayload,
  'berths.editPier': EditPierPayload,
  'berths.editBerth': EditBerthPayload,
  'berths.addBerth': AddBerthInput,
  'berths.addPier': AddPierInput,
  'berths.savePriceList': SavePriceListInput,
} as const;
