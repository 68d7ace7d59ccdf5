import { z } from 'zod';
import { PURPOSE_TEXT_MAX, ReadPurpose } from '../audit/entry.ts';
import { StorableText } from '../text.ts';
import type { BoatCertificate } from './boat-certificate-entity.ts';
import type { Application, ApplicationEvent, Boat, Customer, Lease } from './entities.ts';
import type { BerthOrder } from './order-entity.ts';
import type { BerthPaymentIssue } from './payment-issue-entity.ts';
import { Uuid } from './record-primitives.ts';
import type { WinterApplication, WinterEvent, WinterLease } from './winter-entities.ts';

/**
 * A berth customer's GDPR export (decision 51): everything the berth workspace holds about one
 * customer, as the central has it (its outbox included, which no desk holds). The records are
 * given as stored, each with what names it for a reader (the harbour, the berth), without the
 * customer's id repeated on every row; staff names stay, since who handled the case is part of it.
 */

/** Why the export is made: a GDPR request unless the main user says otherwise (the audit entry carries it). */
export const CustomerGdprExportInput = z
  .object({ customerId: Uuid, purpose: ReadPurpose.default('gdpr_request'), purposeText: StorableText.trim().min(1).max(PURPOSE_TEXT_MAX).optional() })
  .strict();
export type CustomerGdprExportInput = z.input<typeof CustomerGdprExportInput>;

/** A message the central's outbox queued to the customer: what was sent, how, where and when, and how it went. */
export interface OutboxMessageRow {
  template: string;
  channel: 'email' | 'sms';
  recipient: string;
  createdAt: string;
  sentAt: string | null;
  state: 'queued' | 'sending' | 'sent' | 'failed';
}

/** A payment the customer started on the offer page, of an order or a winter invoice, as the central recorded it. */
export interface PaymentRow {
  /** The order's id, or the winter lease's for its invoice (`payment_attempt.order_id`). */
  orderId: string;
  provider: string;
  reference: string;
  amountCents: number;
  status: 'pending' | 'paid' | 'cancelled' | 'unapplied';
  createdAt: string;
  settledAt: string | null;
}

/** Every row about the customer, loaded by the central. */
export interface CustomerGdprRows {
  customer: Customer;
  boats: readonly Boat[];
  certificates: readonly BoatCertificate[];
  applications: readonly Application[];
  applicationEvents: readonly ApplicationEvent[];
  leases: readonly Lease[];
  orders: readonly BerthOrder[];
  payments: readonly PaymentRow[];
  winterApplications: readonly WinterApplication[];
  winterLeases: readonly WinterLease[];
  winterEvents: readonly WinterEvent[];
  /** Their payments nothing took (decision 54), open or refunded. */
  paymentIssues: readonly BerthPaymentIssue[];
  messages: readonly OutboxMessageRow[];
  /** Names of the harbours and winter areas the rows refer to, in Finnish, by id. */
  names: Readonly<Record<string, string>>;
  /** Where each lease is (harbour, pier, berth; area, section, place), by lease id. */
  places: Readonly<Record<string, string>>;
}

const byTime = <T>(key: (x: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
const withoutCustomer = <T extends { customerId: string }>({ customerId: _, ...rest }: T): Omit<T, 'customerId'> => rest;
const history = (e: ApplicationEvent | WinterEvent) => {
  const { id: _id, applicationId: _app, commandId: _command, actorId: _actor, ...rest } = e as ApplicationEvent & WinterEvent;
  return rest;
};

export function customerGdprExport(rows: CustomerGdprRows) {
  const { id: _id, ...customer } = rows.customer;
  const named = (id: string) => rows.names[id] ?? id;
  return {
    customer,
    boats: rows.boats.map((b) => ({
      ...withoutCustomer(b),
      certificates: rows.certificates
        .filter((c) => c.boatId === b.id)
        .map(({ id: _c, boatId: _b, customerId: _o, ...c }) => c)
        .sort(byTime((c) => c.checked.at)),
    })),
    applications: [...rows.applications].sort(byTime((a) => a.receivedAt)).map((a) => ({
      ...withoutCustomer(a),
      harbourChoices: a.harbourChoices.map(named),
      history: rows.applicationEvents.filter((e) => e.applicationId === a.id).sort(byTime((e) => e.at)).map(history),
    })),
    leases: [...rows.leases].sort(byTime((l) => l.startDate)).map((l) => ({ ...withoutCustomer(l), place: rows.places[l.id] ?? null })),
    orders: [...rows.orders].sort(byTime((o) => `${o.season}`)).map((o) => ({ ...withoutCustomer(o), payments: rows.payments.filter((p) => p.orderId === o.id).sort(byTime((p) => p.createdAt)) })),
    winterApplications: [...rows.winterApplications].sort(byTime((a) => a.receivedAt)).map((a) => ({
      ...withoutCustomer(a),
      areaChoices: a.areaChoices.map(named),
      history: rows.winterEvents.filter((e) => e.applicationId === a.id).sort(byTime((e) => e.at)).map(history),
    })),
    winterLeases: [...rows.winterLeases].sort(byTime((l) => l.startDate)).map((l) => ({
      ...withoutCustomer(l),
      place: rows.places[l.id] ?? null,
      payments: rows.payments.filter((p) => p.orderId === l.id).sort(byTime((p) => p.createdAt)),
      history: rows.winterEvents.filter((e) => e.leaseId === l.id && e.applicationId === null).sort(byTime((e) => e.at)).map(history),
    })),
    paymentIssues: [...rows.paymentIssues].sort(byTime((i) => i.receivedAt)).map(withoutCustomer),
    messages: [...rows.messages].sort(byTime((m) => m.createdAt)),
  };
}

export type CustomerGdprExport = ReturnType<typeof customerGdprExport>;
