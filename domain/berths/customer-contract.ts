import type { BerthOrder } from './order-entity.ts';
import type { OrderStatus } from './order-machine.ts';
import { z } from 'zod';
import type { Localized } from '../languages.ts';
import { Uuid, type ApplicationEvent, type ApplicationStatus, type Customer, type LeaseStatus } from './entities.ts';
import type { CustomerBoat } from './boat-certificate-contract.ts';
import type { OrderLineChange } from './order-line-changes.ts';
import { CustomerGdprExportInput } from './customer-gdpr-export.ts';
import { EraseCustomerPayload } from './customer-erasure-commands.ts';

/**
 * The customers part of the renderer contract (domain/contract.ts names each method): the local
 * search over customers and a customer's 360° view. Both read the cache only.
 */

// ---------- search ----------

export const CUSTOMER_SEARCH_LIMIT = 50;

export const SearchCustomersInput = z
  .object({
    text: z.string().max(200),
    limit: z.number().int().min(1).max(200).default(CUSTOMER_SEARCH_LIMIT),
  })
  .strict();

/** The fields a search term can match; `sticker` comes with winter storage's sticker numbers. */
export const CUSTOMER_MATCH_FIELDS = ['name', 'company', 'email', 'address', 'businessId', 'registration', 'berth'] as const;
export type CustomerMatchField = (typeof CUSTOMER_MATCH_FIELDS)[number];

/** What made a customer a hit: the field and its value as stored (a berth as its parts). */
export type CustomerMatch =
  | { field: Exclude<CustomerMatchField, 'berth'>; value: string }
  | { field: 'berth'; harbourName: Localized | null; pier: string | null; number: string; season: number; status: LeaseStatus };

export interface CustomerHit {
  id: string;
  kind: Customer['kind'];
  firstName: string;
  lastName: string;
  companyName: string | null;
  email: string;
  municipality: string;
  matched: CustomerMatch[];
}

export interface CustomerSearch {
  /** The first `limit` customers matching every word, in rank order. */
  rows: CustomerHit[];
  /** More customers match than are shown: a broad search is not counted out, it asks for more words. */
  more: boolean;
}

// ---------- 360° view ----------

export const GetCustomerInput = z.object({ id: Uuid }).strict();

export interface CustomerApplicationRow {
  id: string;
  reference: string;
  kind: 'new' | 'switch';
  status: ApplicationStatus;
  season: number;
  receivedAt: string;
  boatRegistration: string;
  boatName: string;
}

export interface CustomerLeaseRow {
  id: string;
  status: LeaseStatus;
  season: number;
  startDate: string;
  endDate: string;
  harbourName: Localized | null;
  pier: string | null;
  berthNumber: string | null;
  applicationId: string | null;
  priceCents: number;
  /** Why a handler made the lease without an application; null for every other lease. */
  directReason: string | null;
}

/**
 * One change in the customer's history: the events of the customer's applications, and the
 * leases a handler made without an application (`lease_created`, the reason as its note).
 */
export interface CustomerHistoryRow {
  id: string;
  at: string;
  kind: ApplicationEvent['kind'] | 'lease_created';
  /** null for a lease made without an application. */
  applicationId: string | null;
  /** The application's reference; empty for a lease made without one. */
  reference: string;
  /** The lease the change concerns, when one does. */
  leaseId: string | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  /** Who acted, by id where the record keeps one (a system actor is shown in the reader's language). */
  actorId: string | null;
  actorName: string | null;
  note: string | null;
  /** An invoice-line edit's lines added, removed or repriced. */
  lineChanges?: OrderLineChange[];
}

export interface Customer360 {
  customer: Customer;
  /** Each with its inspection and insurance certificate and their validity today. */
  boats: CustomerBoat[];
  /** Newest first. */
  applications: CustomerApplicationRow[];
  /** Newest season first. */
  leases: CustomerLeaseRow[];
  /** Newest first. */
  history: CustomerHistoryRow[];
  /** The customer's orders (invoices), newest season first. */
  orders: CustomerOrderRow[];
}

/** One order (invoice) of the customer, from the order's own record. */
export interface CustomerOrderRow {
  id: string;
  leaseId: string;
  applicationId: string | null;
  season: number;
  status: OrderStatus;
  totalCents: number;
  dueDate: string | null;
  sentAt: string | null;
  paidAt: string | null;
  invoicingType: BerthOrder['invoicingType'];
}

export const CUSTOMER_CONTRACT_INPUTS = {
  'berths.searchCustomers': SearchCustomersInput,
  'berths.getCustomer': GetCustomerInput,
  /** A customer's GDPR export (decision 51): a JSON file the core fetches from the central. */
  'berths.customerGdprExport': CustomerGdprExportInput,
  'berths.eraseCustomer': EraseCustomerPayload,
} as const;
