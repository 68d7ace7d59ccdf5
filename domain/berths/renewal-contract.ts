import { z } from 'zod';
import type { Localized } from '../languages.ts';
import type { Customer } from './entities.ts';
import { IsoDate, Uuid } from './record-primitives.ts';
import { EditCustomerContactPayload } from './renewal-commands.ts';
import type { ContactProblem, RenewalCounts } from './renewal.ts';

/**
 * The season renewal's part of the renderer contract (domain/contract.ts names each method): the
 * preview and state of the season's renewal, one renewal (the run sends one per lease, like the
 * allocation proposal's offers), and the contact edit that fixes a failed one. All from the cache.
 */
export const RenewalOverviewInput = z.object({ harbourId: Uuid.nullable().default(null) }).strict();
export const RenewLeaseInput = z.object({ previousLeaseId: Uuid, dueDate: IsoDate }).strict();
export const EditCustomerContactInput = EditCustomerContactPayload;

export interface RenewalBerth {
  harbourId: string;
  harbourName: Localized;
  pier: string | null;
  number: string;
}

/** What the handler may correct of a customer where a renewal cannot reach them. */
export type RenewalContact = Pick<Customer, 'email' | 'phone' | 'address' | 'zipCode' | 'municipality' | 'language' | 'invoicingType'>;

/** A lease that renews when the run is sent, with what the run will make of it. */
export interface RenewalCandidate {
  previousLeaseId: string;
  customerId: string;
  customerName: string;
  berth: RenewalBerth;
  /** How the new order goes out: offered online, a paper invoice, free (non-billable). */
  invoicing: 'online' | 'paper' | 'free';
  /** The run will put it in error: no invoice can reach the customer. */
  problem: ContactProblem | null;
  /** The customer's contact, where it has a problem to fix. */
  contact: RenewalContact | null;
  /** The price from today's list; null when the berth's width has no price (the renewal is refused). */
  priceCents: number | null;
}

/** A renewal in error, with what the handler needs to fix it and send it again. */
export interface RenewalFailure {
  orderId: string;
  leaseId: string;
  customerId: string;
  customerVersion: number;
  customerName: string;
  customer: RenewalContact;
  berth: RenewalBerth;
  /** Why it failed, as recorded when it did. */
  problem: ContactProblem | null;
  /** The customer's contact is fixed since: the renewal can be sent again. */
  contactFixed: boolean;
}

export interface RenewalOverview {
  /** The season renewals are made for now, and the one they renew. */
  season: number;
  previousSeason: number;
  harbourId: string | null;
  harbours: { id: string; name: Localized }[];
  candidates: RenewalCandidate[];
  /** The season's renewal orders as they stand (in the chosen harbour). */
  counts: RenewalCounts;
  failures: RenewalFailure[];
}

export const RENEWAL_CONTRACT_INPUTS = {
  'berths.renewalOverview': RenewalOverviewInput,
  'berths.renewLease': RenewLeaseInput,
  'berths.editCustomerContact': EditCustomerContactInput,
} as const;
