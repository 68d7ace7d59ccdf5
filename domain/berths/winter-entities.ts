import { z } from 'zod';
import { Language, Localized } from '../languages.ts';
import { ApplicantSnapshot, APPLICATION_STATUSES, BoatSnapshot, IsoDate, IsoDateTime, LEASE_STATUSES, Uuid } from './record-primitives.ts';
import { ORDER_STATUSES } from './order-machine.ts';
import { OrderLine, INVOICING_TYPES, PAYMENT_WAYS } from './order-entity.ts';

/**
 * Winter storage (brief 2.1, 2.3, 2.4, 2.6): areas with sections, marked places in four of them,
 * marked-place applications and unmarked notices, and the winter leases with their invoice and
 * sticker. Money in euro cents, lengths in metres; a winter is named by the year it starts in.
 */

export const WINTER_SECTION_SERVICES = ['electricity', 'water', 'gate', 'summerStorageForDockingEquipment', 'summerStorageForTrailers', 'summerStorageForBoats'] as const;

export const WinterArea = z.object({
  id: Uuid,
  name: Localized,
  streetAddress: z.string(),
  zipCode: z.string(),
  region: z.enum(['east', 'west']),
  location: z.object({ lon: z.number(), lat: z.number() }).nullable(),
  /** Unmarked (lifting-order) spaces the area takes, an estimate; null where it has none. */
  estimatedUnmarkedSpaces: z.number().int().nonnegative().nullable(),
  /** The winter's price per m² incl. VAT (brief 4.5), from the price list; null: the area is not priced. */
  price: z.object({ centsPerM2: z.number().int().nonnegative(), vatPercent: z.number().nonnegative() }).nullable(),
  /** Whether the area takes boats; absent (every record before decision 43) = in use. Out of use only once no section is. */
  isActive: z.boolean().optional(),
});
export type WinterArea = z.infer<typeof WinterArea>;

export const WinterSection = z.object({
  id: Uuid,
  areaId: Uuid,
  identifier: z.string(),
  services: z.array(z.enum(WINTER_SECTION_SERVICES)),
  /** Whether the section is in use; absent = in use. Out of use only once none of its places is (as a pier). */
  isActive: z.boolean().optional(),
});
export type WinterSection = z.infer<typeof WinterSection>;

/** A marked place ("ruutupaikka"): a numbered square of a place type's size in a section. */
export const WinterPlace = z.object({
  id: Uuid,
  areaId: Uuid,
  sectionId: Uuid,
  number: z.number().int().positive(),
  width: z.number().positive(),
  length: z.number().positive(),
  isActive: z.boolean(),
  isInvoiceable: z.boolean(),
  comment: z.string(),
});
export type WinterPlace = z.infer<typeof WinterPlace>;

export const STORAGE_METHODS = ['on_trestles', 'on_trailer', 'under_tarp'] as const;

/**
 * A marked-place application, or an unmarked notice (nostojärjestysilmoitus): the boat is already
 * on the one area named, and the notice asks for the winter's invoice and sticker.
 */
export const WinterApplication = z.object({
  id: Uuid,
  /** Human reference shown to staff and customers, e.g. TS26-000412. */
  reference: z.string(),
  areaType: z.enum(['marked', 'unmarked']),
  status: z.enum(APPLICATION_STATUSES),
  receivedAt: IsoDateTime,
  winter: z.number().int(),
  customerId: Uuid,
  boatId: Uuid.nullable(),
  applicant: ApplicantSnapshot,
  boat: BoatSnapshot,
  /** Area ids in the applicant's order of preference; an unmarked notice names exactly one. */
  areaChoices: z.array(Uuid).min(1).max(5),
  storageMethod: z.enum(STORAGE_METHODS),
  trailerRegistrationNumber: z.string().nullable(),
});
export type WinterApplication = z.infer<typeof WinterApplication>;

/** The winter lease's invoice, kept on the lease: one invoice per winter lease, moved by the order machine. */
export const WinterInvoice = z.object({
  /** The reference the customer pays with, e.g. TS-26-000412. */
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  lines: z.array(OrderLine).min(1),
  pretaxCents: z.number().int().nonnegative(),
  vatCents: z.number().int().nonnegative(),
  totalCents: z.number().int().nonnegative(),
  dueDate: IsoDate.nullable(),
  sentAt: IsoDateTime.nullable(),
  paidAt: IsoDateTime.nullable(),
  paidVia: z.enum(PAYMENT_WAYS).nullable(),
  invoicingType: z.enum(INVOICING_TYPES),
  language: Language,
  /** Why a renewal's invoice could not go to the customer (it is in error); absent on every other invoice. */
  problem: z.enum(['customer_email_missing', 'customer_email_invalid']).nullable().optional(),
});
export type WinterInvoice = z.infer<typeof WinterInvoice>;

/**
 * A winter storage lease: on a marked place, or (unmarked) on the area's section. An unmarked
 * lease gets its sticker number from the winter's series once paid; `stickerPostedOn` is the day
 * the sticker letter went in the post.
 */
export const WinterLease = z.object({
  id: Uuid,
  areaType: z.enum(['marked', 'unmarked']),
  areaId: Uuid,
  sectionId: Uuid,
  placeId: Uuid.nullable(),
  customerId: Uuid,
  boatId: Uuid.nullable(),
  applicationId: Uuid.nullable(),
  winter: z.number().int(),
  status: z.enum(LEASE_STATUSES),
  startDate: IsoDate,
  endDate: IsoDate,
  invoice: WinterInvoice,
  stickerNumber: z.number().int().positive().nullable(),
  stickerPostedOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  createdBy: z.string().nullable(),
  /** The previous winter's lease this one renews (decision 49); absent on a lease made for an application. */
  renewalOf: Uuid.nullable().optional(),
});
export type WinterLease = z.infer<typeof WinterLease>;

export const WINTER_EVENT_KINDS = ['lease_created', 'invoice_sent', 'invoice_paid', 'invoice_expired', 'sticker_assigned', 'sticker_reassigned', 'sticker_posted', 'lease_terminated', 'lease_renewed'] as const;

/** The winter storage audit trail: append-only, one row per decision, on the application and its lease. */
export const WinterEvent = z.object({
  id: Uuid,
  applicationId: Uuid.nullable(),
  leaseId: Uuid,
  at: IsoDateTime,
  recordedAt: IsoDateTime.nullable(),
  kind: z.enum(WINTER_EVENT_KINDS),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  /** The sticker number the decision gave, when it gave one. */
  stickerNumber: z.number().int().positive().nullable(),
  note: z.string().nullable(),
  /** The command that decided it; null for the central's own jobs (an unpaid invoice expiring). */
  commandId: Uuid.nullable(),
});
export type WinterEvent = z.infer<typeof WinterEvent>;

export const WINTER_ENTITIES = {
  winter_area: { schema: WinterArea, scope: 'berths.resources' },
  winter_section: { schema: WinterSection, scope: 'berths.resources' },
  winter_place: { schema: WinterPlace, scope: 'berths.resources' },
  winter_application: { schema: WinterApplication, scope: 'berths.cases' },
  winter_lease: { schema: WinterLease, scope: 'berths.cases' },
  winter_event: { schema: WinterEvent, scope: 'berths.cases' },
} as const;

export type WinterEntityRecord = {
  winter_area: WinterArea;
  winter_section: WinterSection;
  winter_place: WinterPlace;
  winter_application: WinterApplication;
  winter_lease: WinterLease;
  winter_event: WinterEvent;
};
