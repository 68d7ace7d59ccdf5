import { z } from 'zod';
import { Language, Localized } from '../languages.ts';

/**
 * The records that sync carries for the berth workspace. One shape everywhere: the central stores
 * it, the pull carries it, the cache keeps it. Money is in euro cents, lengths in metres.
 */
import { ApplicantSnapshot, APPLICATION_STATUSES, BoatSnapshot, BoatTypeId, CUSTOMER_KINDS, IsoDate, IsoDateTime, LEASE_STATUSES, Uuid } from './record-primitives.ts';
import { WINTER_ENTITIES, type WinterEntityRecord } from './winter-entities.ts';
import { BerthOrder } from './order-entity.ts';
import { BerthMessage } from './message-entity.ts';
import { ApplicationChange } from './application-edit-schema.ts';
import { CustomerLink } from './application-link-schema.ts';
import { OrderLineChange } from './order-line-changes.ts';
import { LeaseCreation } from './lease-creation.ts';
import { BOAT_CERTIFICATE_ENTITIES, type BoatCertificateEntityRecord } from './boat-certificate-entity.ts';
import { PAYMENT_ISSUE_ENTITIES, type PaymentIssueEntityRecord } from './payment-issue-entity.ts';

export { APPLICATION_STATUSES, BoatTypeId, IsoDate, IsoDateTime, LEASE_STATUSES, Uuid };

export const MOORING_TYPES = [
  'no_stern_to',
  'single_slip',
  'side_slip',
  'stern_buoy',
  'stern_pole',
  'quayside',
  'dinghy',
  'sea_buoy',
  'trailer',
] as const;
export const MooringType = z.enum(MOORING_TYPES);
export type MooringType = z.infer<typeof MooringType>;

export const Harbour = z.object({
  id: Uuid,
  servicemapId: z.string(),
  name: Localized,
  streetAddress: z.string(),
  zipCode: z.string(),
  region: z.enum(['east', 'west']),
  location: z.object({ lon: z.number(), lat: z.number() }).nullable(),
  wwwUrl: z.string(),
});
export type Harbour = z.infer<typeof Harbour>;

export const PIER_SERVICES = ['electricity', 'water', 'gate', 'mooring', 'wasteCollection', 'lighting'] as const;
export const Pier = z.object({
  id: Uuid,
  harbourId: Uuid,
  identifier: z.string(),
  priceTier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  services: z.array(z.enum(PIER_SERVICES)),
  personalElectricity: z.boolean(),
  suitableBoatTypes: z.array(z.string()),
  /** Absent on piers stored before piers could be taken out of use: in use. */
  isActive: z.boolean().optional(),
});
export type Pier = z.infer<typeof Pier>;

export const Berth = z.object({
  id: Uuid,
  harbourId: Uuid,
  pierId: Uuid,
  number: z.string(),
  width: z.number().positive(),
  length: z.number().positive(),
  depth: z.number().positive().nullable(),
  mooringType: MooringType,
  isActive: z.boolean(),
  isAccessible: z.boolean().nullable(),
  comment: z.string(),
  /** Absent on berths stored before the flag existed: invoiced. */
  isInvoiceable: z.boolean().optional(),
});
export type Berth = z.infer<typeof Berth>;

export const PRICING_CATEGORIES = ['default', 'dinghy', 'trailer', 'vasikkasaari'] as const;
export const BerthProduct = z.object({
  id: Uuid,
  pricingCategory: z.enum(PRICING_CATEGORIES),
  minWidthExclusive: z.number(),
  maxWidthInclusive: z.number(),
  tierPricesCents: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  vatPercent: z.number(),
  /** The days the price holds, both included; absent on products stored before prices had dates. */
  validFrom: IsoDate.nullable().optional(),
  validUntil: IsoDate.nullable().optional(),
});
export type BerthProduct = z.infer<typeof BerthProduct>;

export const SwitchReason = z.object({ id: z.string(), title: Localized });
export type SwitchReason = z.infer<typeof SwitchReason>;


export { CUSTOMER_KINDS };
export const Customer = z.object({
  id: Uuid,
  kind: z.enum(CUSTOMER_KINDS),
  firstName: z.string(),
  lastName: z.string(),
  companyName: z.string().nullable(),
  businessId: z.string().nullable(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
  zipCode: z.string(),
  municipality: z.string(),
  language: Language,
  invoicingType: z.enum(['online_payment', 'paper_invoice']),
  /**
   * When the customer's personal data was erased on their request (customer-erasure.ts), and by
   * whom; absent on every customer never erased.
   */
  erasedAt: IsoDateTime.optional(),
  erasedBy: z.string().optional(),
});
export type Customer = z.infer<typeof Customer>;


export const Boat = z.object({
  id: Uuid,
  customerId: Uuid,
  boatType: BoatTypeId,
  registrationNumber: z.string(),
  name: z.string(),
  model: z.string(),
  length: z.number().positive(),
  width: z.number().positive(),
  draught: z.number().positive().nullable(),
  weightKg: z.number().int().positive().nullable(),
});
export type Boat = z.infer<typeof Boat>;

export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** 0 low (extended from an earlier season), 1 normal, 2 high. */
export const Priority = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type Priority = z.infer<typeof Priority>;

export const Application = z.object({
  id: Uuid,
  /** Human reference shown to staff and customers, e.g. VP27-004211. */
  reference: z.string(),
  kind: z.enum(['new', 'switch']),
  status: ApplicationStatus,
  priority: Priority,
  receivedAt: IsoDateTime,
  season: z.number().int(),
  customerId: Uuid,
  boatId: Uuid,
  applicant: ApplicantSnapshot,
  boat: BoatSnapshot.extend({ draught: z.number().positive().nullable() }),
  /** Harbour ids in the applicant's order of preference (1st choice first), at most 10. */
  harbourChoices: z.array(Uuid).min(1).max(10),
  switch: z
    .object({ currentLeaseId: Uuid, currentBerthId: Uuid, reasonId: z.string().nullable() })
    .nullable(),
  accessibilityRequired: z.boolean(),
  /** Paper-era search code (hakukoodi), when the applicant carried a place over. */
  applicationCode: z.string().nullable(),
});
export type Application = z.infer<typeof Application>;

/**
 * `awaiting_payment`: the customer accepted the offer; it holds the berth until an invoice is paid.
 * `error`: the lease's order failed (brief 3.2); it still holds the berth. The transitions are in
 * lease-machine.ts. The central's lease table learns `error` with the order cycle's migration.
 */
export const LeaseStatus = z.enum(LEASE_STATUSES);
export type LeaseStatus = z.infer<typeof LeaseStatus>;

/** A lease is also the offer: an offered lease waits for the customer's answer. */
export const Lease = z.object({
  id: Uuid,
  berthId: Uuid,
  customerId: Uuid,
  boatId: Uuid.nullable(),
  applicationId: Uuid.nullable(),
  season: z.number().int(),
  status: LeaseStatus,
  startDate: IsoDate,
  endDate: IsoDate,
  dueDate: IsoDate.nullable(),
  priceCents: z.number().int().nonnegative(),
  vatPercent: z.number(),
  offeredAt: IsoDateTime.nullable(),
  offeredBy: z.string().nullable(),
  /** The season renewal (renewal.ts): last season's lease this one renews; absent on every other lease. */
  renewalOf: Uuid.nullable().optional(),
  /** A lease a handler made without an application (lease-create.ts): who, when and why; absent on every other lease. */
  direct: LeaseCreation.optional(),
});
export type Lease = z.infer<typeof Lease>;

export const APPLICATION_EVENT_KINDS = [
  'received',
  'offer_made',
  'offer_withdrawn',
  'offer_accepted',
  'offer_declined',
  'no_suitable_berths',
  'extended',
  'note',
  'returned_to_queue',
  'offer_resent',
  'order_lines_edited',
  'order_paid',
  'order_cancelled',
  'order_refunded',
  'lease_terminated',
  /** The handler edited the applicant's contact details, the boat or the harbour choices (`changes`). */
  'edited',
  /** The handler linked the application to another existing customer (`customerLink`). */
  'customer_linked',
] as const;
/** The audit trail of an application: append-only, one row per decision. */
export const ApplicationEvent = z.object({
  id: Uuid,
  applicationId: Uuid,
  /** When the person acted (for offline work: when they did it, not when it reached the central). */
  at: IsoDateTime,
  /**
   * When the central recorded it; null while it exists only on the client. Absent on events
   * written before the two times were told apart, whose `at` is the time they were recorded.
   */
  recordedAt: IsoDateTime.nullable().optional(),
  kind: z.enum(APPLICATION_EVENT_KINDS),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  fromStatus: ApplicationStatus.nullable(),
  toStatus: ApplicationStatus.nullable(),
  berthId: Uuid.nullable(),
  leaseId: Uuid.nullable(),
  note: z.string().nullable(),
  commandId: Uuid.nullable(),
  /** An `edited` event's change log, field by field; absent on every other kind. */
  changes: z.array(ApplicationChange).optional(),
  /** A `customer_linked` event's customers (by name) and boats before and after; absent on every other kind. */
  customerLink: CustomerLink.optional(),
  /** An `order_lines_edited` event's lines added, removed or repriced; absent on every other kind. */
  lineChanges: z.array(OrderLineChange).optional(),
});
export type ApplicationEvent = z.infer<typeof ApplicationEvent>;

/** Entity name on the wire -> schema and sync scope. */
export const BERTH_ENTITIES = {
  harbour: { schema: Harbour, scope: 'berths.resources' },
  pier: { schema: Pier, scope: 'berths.resources' },
  berth: { schema: Berth, scope: 'berths.resources' },
  berth_product: { schema: BerthProduct, scope: 'berths.resources' },
  switch_reason: { schema: SwitchReason, scope: 'berths.resources' },
  // downloadCost: domain/sync/download-work.ts (what a row costs a first download, measured).
  customer: { schema: Customer, scope: 'berths.cases', downloadCost: 1.75 },
  boat: { schema: Boat, scope: 'berths.cases', downloadCost: 1.25 },
  application: { schema: Application, scope: 'berths.cases', downloadCost: 3 },
  lease: { schema: Lease, scope: 'berths.cases' },
  application_event: { schema: ApplicationEvent, scope: 'berths.cases', downloadCost: 0.7 },
  berth_order: { schema: BerthOrder, scope: 'berths.cases' },
  berth_message: { schema: BerthMessage, scope: 'berths.cases' },
  ...WINTER_ENTITIES,
  ...BOAT_CERTIFICATE_ENTITIES,
  ...PAYMENT_ISSUE_ENTITIES,
} as const;

export type BerthEntityName = keyof typeof BERTH_ENTITIES;
export type BerthEntityRecord = {
  harbour: Harbour;
  pier: Pier;
  berth: Berth;
  berth_product: BerthProduct;
  switch_reason: SwitchReason;
  customer: Customer;
  boat: Boat;
  application: Application;
  lease: Lease;
  application_event: ApplicationEvent;
  berth_order: BerthOrder;
  berth_message: BerthMessage;
} & WinterEntityRecord &
  BoatCertificateEntityRecord &
  PaymentIssueEntityRecord;
