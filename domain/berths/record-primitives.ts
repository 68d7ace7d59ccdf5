import { z } from 'zod';
import { Language } from '../languages.ts';

/**
 * The id and day types every berth record is built on. They live apart from entities.ts so the
 * order's own file (order-entity.ts), which entities.ts registers, can use them without a cycle.
 */
/**
 * One spelling per id: PostgreSQL compares uuids without regard to case, but the change feed, the
 * cache and the command store compare text, so an id in capitals would be a second id there.
 */
export const Uuid = z.uuid().lowercase();
export const IsoDate = z.iso.date(); // YYYY-MM-DD, a calendar day in Helsinki
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Customer groups (brief 4.5): each has its own price rule. */
export const CUSTOMER_KINDS = ['private', 'company', 'internal', 'non_billable', 'association'] as const;

/** Boat types 1-9 of the city's registry (jollavene ... muu). */
export const BoatTypeId = z.number().int().min(1).max(9);

export const APPLICATION_STATUSES = [
  'pending',
  /** A lease and a drafted order exist, not sent (a paper-invoice customer's, invoiced on paper). */
  'offer_generated',
  'offer_sent',
  /** The customer accepted the offer; handled once it is paid (there are no invoices yet). */
  'awaiting_payment',
  'no_suitable_berths',
  'handled',
  'rejected',
  /** The customer declined the offer (not the city's decision); the handler may return it to the queue. */
  'declined_by_customer',
  'expired',
] as const;

export const LEASE_STATUSES = ['drafted', 'offered', 'awaiting_payment', 'paid', 'refused', 'expired', 'error', 'cancelled', 'terminated'] as const;

/** Who applied, as the application gave it (contact data may since have changed on the customer). */
export const ApplicantSnapshot = z.object({
  firstName: z.string(),
  lastName: z.string(),
  companyName: z.string().nullable(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
  zipCode: z.string(),
  municipality: z.string(),
  language: Language,
});

/** The boat as the application gave it. */
export const BoatSnapshot = z.object({
  boatType: BoatTypeId,
  registrationNumber: z.string(),
  name: z.string(),
  model: z.string(),
  length: z.number().positive(),
  width: z.number().positive(),
});
