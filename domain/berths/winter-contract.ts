import { z } from 'zod';
import type { Localized } from '../languages.ts';
import { StorableText } from '../text.ts';
import type { Customer } from './entities.ts';
import { IsoDate, Uuid } from './record-primitives.ts';
import { APPLICATION_STATUSES } from './record-primitives.ts';
import type { VersionedRecord } from './master-data-contract.ts';
import { AddWinterPlacePayload, AddWinterSectionPayload, EditWinterAreaPayload, EditWinterPlacePayload, EditWinterSectionPayload, TerminateWinterLeasePayload } from './winter-commands.ts';
import type { ContactProblem, RenewalCounts } from './renewal.ts';
import type { RenewalContact } from './renewal-contract.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterPlace, WinterSection } from './winter-entities.ts';
import type { PlaceFit } from './winter-places.ts';

/**
 * The winter storage part of the renderer contract (domain/contract.ts names each method): the
 * inbox of marked applications and unmarked notices, one case with its place suggestions, the
 * commands, and the sticker letters still to post.
 */

const Winter = z.number().int().min(2000).max(2100);

export const WinterApplicationsInput = z
  .object({
    /** null: the winter offers are made for now. */
    winter: Winter.nullable(),
    areaType: z.enum(['marked', 'unmarked']).nullable(),
    statuses: z.array(z.enum(APPLICATION_STATUSES)).max(APPLICATION_STATUSES.length),
    areaId: Uuid.nullable(),
    /** Name, reference, registration number or sticker number. */
    search: StorableText.max(100),
  })
  .strict();

export interface WinterApplicationRow {
  id: string;
  reference: string;
  areaType: WinterApplication['areaType'];
  status: WinterApplication['status'];
  receivedAt: string;
  applicantName: string;
  boatRegistration: string;
  boatWidth: number;
  boatLength: number;
  /** The first chosen area (an unmarked notice's only one). */
  areaName: Localized;
  lease: WinterLeaseSummary | null;
  pending: boolean;
}

export interface WinterLeaseSummary {
  id: string;
  status: WinterLease['status'];
  invoiceStatus: WinterLease['invoice']['status'];
  totalCents: number;
  dueDate: string | null;
  /** "Rajasaari B-12" for a marked place, the area's name otherwise. */
  placeLabel: Localized;
  stickerNumber: number | null;
  stickerPostedOn: string | null;
}

export interface WinterApplicationList {
  winter: number;
  rows: WinterApplicationRow[];
  /** Rows before the status and search filters: "12 of 140". */
  total: number;
}

export interface WinterPlaceSuggestion {
  placeId: string;
  areaName: Localized;
  section: string;
  number: number;
  width: number;
  length: number;
  choice: number;
  fit: Exclude<PlaceFit, 'too_narrow'>;
  /** The winter's price for this customer incl. VAT; null when the area has no price. */
  priceCents: number | null;
}

export interface WinterApplicationDetail {
  application: WinterApplication;
  customer: Pick<Customer, 'id' | 'kind' | 'invoicingType' | 'email' | 'phone' | 'address' | 'zipCode' | 'municipality'> | null;
  areas: { id: string; name: Localized; choice: number }[];
  /** The length the boat takes (a metre more on a trailer). */
  storedLength: number;
  lease: (WinterLease & { placeLabel: Localized; pending: boolean }) | null;
  /** Marked and waiting: free places of the chosen areas that are wide enough, best first (at most 50). */
  suggestions: WinterPlaceSuggestion[];
  /** Unmarked and waiting: what the notice's invoice would be; null when the area has no price. */
  unmarkedPriceCents: number | null;
  /** The due date a sent invoice gets unless the handler picks another, and the allowed window. */
  dueDate: { suggested: string; earliest: string; latest: string } | null;
  events: WinterEvent[];
  pending: boolean;
}

export const StickerLettersInput = z.object({ winter: Winter.nullable() }).strict();

/** A sticker whose letter is not yet posted: what the letters page lists and prints. */
export interface StickerLetterRow {
  leaseId: string;
  applicationId: string | null;
  reference: string;
  customerName: string;
  address: string;
  zipCode: string;
  municipality: string;
  areaName: Localized;
  stickerNumber: number;
  stickerSeason: string;
  boatRegistration: string;
  pending: boolean;
}

export const CreateWinterLeaseInput = z.object({ applicationId: Uuid, placeId: Uuid.nullable() }).strict();
export const SendWinterInvoiceInput = z.object({ leaseId: Uuid, dueDate: IsoDate }).strict();
export const ByWinterLease = z.object({ leaseId: Uuid }).strict();
export const SetWinterStickerPostedInput = z.object({ leaseId: Uuid, postedOn: IsoDate }).strict();

/**
 * Places by state for the winter offers are made for (decision 43): free counts only places in
 * use that no lease holds (the berths' rule); occupied is held by a lease; not in use is the rest.
 */
export interface WinterPlaceCounts {
  places: number;
  free: number;
  occupied: number;
  inactive: number;
}

export interface WinterPlaceView {
  place: VersionedRecord<WinterPlace>;
  /** A lease of the winter holds it (or last winter's paid one, for its renewal). */
  held: boolean;
  /** Edited here, not yet confirmed by the central. */
  pending: boolean;
}

export interface WinterSectionView {
  section: VersionedRecord<WinterSection>;
  counts: WinterPlaceCounts;
  /** By number. */
  places: WinterPlaceView[];
  pending: boolean;
}

export interface WinterAreaView {
  area: VersionedRecord<WinterArea>;
  counts: WinterPlaceCounts;
  /** In natural order of identifier. */
  sections: WinterSectionView[];
  pending: boolean;
}

/** The winter storage areas with their sections and marked places, by name. */
export interface WinterAreasView {
  winter: number;
  areas: WinterAreaView[];
}

/** A new marked place as typed: the core gives it its id. */
export const AddWinterPlaceInput = AddWinterPlacePayload.omit({ placeId: true }).strict();
/** A new section as typed: the core gives it its id. */
export const AddWinterSectionInput = AddWinterSectionPayload.omit({ sectionId: true }).strict();

export const RenewWinterLeaseInput = z.object({ previousLeaseId: Uuid, dueDate: IsoDate }).strict();

/** A marked lease of last winter that renews when the run is sent, with what the run will make of it (decision 49). */
export interface WinterRenewalCandidate {
  previousLeaseId: string;
  customerId: string;
  customerName: string;
  /** "Rajasaari B-12". */
  placeLabel: Localized;
  invoicing: 'online' | 'paper' | 'free';
  /** The run will put its invoice in error: no email can reach the customer. */
  problem: ContactProblem | null;
  /** The customer's contact, where it has a problem to fix. */
  contact: RenewalContact | null;
  /** The new winter's price incl. VAT; null when the area has no price (the renewal is refused). */
  priceCents: number | null;
}

/** A renewal whose invoice is in error, with what the handler needs to fix the contact and send it again. */
export interface WinterRenewalFailure {
  leaseId: string;
  customerId: string;
  customerVersion: number;
  customerName: string;
  customer: RenewalContact;
  placeLabel: Localized;
  problem: ContactProblem | null;
  /** The customer's contact is fixed since: the invoice can be sent again. */
  contactFixed: boolean;
}

export interface WinterRenewalOverview {
  /** The winter renewals are made for now, and the one they renew. */
  winter: number;
  previousWinter: number;
  candidates: WinterRenewalCandidate[];
  counts: RenewalCounts;
  failures: WinterRenewalFailure[];
  /** The due date the run gives unless the handler picks another, and the allowed window; null when none is left. */
  dueDate: { suggested: string; earliest: string; latest: string } | null;
}

export const WINTER_CONTRACT_INPUTS = {
  'berths.winterAreas': z.object({}).strict(),
  'berths.editWinterArea': EditWinterAreaPayload,
  'berths.editWinterSection': EditWinterSectionPayload,
  'berths.editWinterPlace': EditWinterPlacePayload,
  'berths.addWinterPlace': AddWinterPlaceInput,
  'berths.addWinterSection': AddWinterSectionInput,
  'berths.winterApplications': WinterApplicationsInput,
  'berths.winterApplication': z.object({ id: Uuid }).strict(),
  'berths.stickerLetters': StickerLettersInput,
  'berths.createWinterLease': CreateWinterLeaseInput,
  'berths.sendWinterInvoice': SendWinterInvoiceInput,
  'berths.markWinterInvoicePaid': ByWinterLease,
  'berths.reassignWinterSticker': ByWinterLease,
  'berths.setWinterStickerPosted': SetWinterStickerPostedInput,
  'berths.terminateWinterLease': TerminateWinterLeasePayload,
  'berths.renewWinterLease': RenewWinterLeaseInput,
  'berths.winterRenewalOverview': z.object({}).strict(),
} as const;
