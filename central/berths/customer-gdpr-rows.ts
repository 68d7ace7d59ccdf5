import type { BoatCertificate } from '../../domain/berths/boat-certificate-entity.ts';
import type { CustomerErasureState } from '../../domain/berths/customer-erasure.ts';
import { customerAddresses } from '../../domain/berths/customer-erasure.ts';
import type { CustomerGdprRows, OutboxMessageRow, PaymentRow } from '../../domain/berths/customer-gdpr-export.ts';
import type { Application, ApplicationEvent, Boat, Customer, Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { BerthPaymentIssue } from '../../domain/berths/payment-issue-entity.ts';
import type { WinterApplication, WinterEvent, WinterLease } from '../../domain/berths/winter-entities.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import { customerName } from './customer-page/offer-store.ts';

type Row<T> = { data: T; version: number };
const versioned = <T>(rows: readonly Row<T>[]): Versioned<T>[] => rows.map((r) => ({ record: r.data, version: r.version }));
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The rows of one table that belong to the customer, in id order (the order every lock here is taken in). */
async function ofCustomer<T>(tx: Queryable, table: 'boat' | 'application' | 'lease' | 'berth_order' | 'winter_application' | 'winter_lease' | 'berth_payment_issue', customerId: string, lock: boolean): Promise<Row<T>[]> {
  const sql = `SELECT data, version FROM ${table} WHERE customer_id = $1 ORDER BY id${lock ? ' FOR UPDATE' : ''}`;
  return (await tx.query<Row<T>>(sql, [customerId], `gdpr_${table}${lock ? '_lock' : ''}`)).rows;
}

/**
 * The customer and everything the erasure reads, under row locks when `lock`: the customer's
 * applications, then the customer (the order linking an application takes), then the boats,
 * certificates, leases, orders and winter records, so two erasures, or an erasure and an edit of
 * the customer, run one after the other. The customer's
 * leases and orders are read under their locks too, so a payment recorded meanwhile is seen.
 *
 * Their unapplied payments (decision 54) are read after those locks, and locked themselves (a
 * mark refunded at the same moment goes first or waits). A payment is settled, paid or unapplied,
 * in one transaction under its payable's locks (record-payment.ts: the lease's application, the
 * lease, its orders; a winter lease's application, the lease), rows this erasure locks too, in the
 * same order. So of an erasure and a payment found unapplied at the same moment, one waits for
 * the other: a payment first leaves its issue committed before this reads it, and the erasure is
 * refused (`customer_payment_unrefunded`); an erasure first is applied, and the payment's issue is
 * then made for the anonymised customer, open, listed (as an erased customer) and refunded like
 * any other. No issue of a customer can appear between this read and the erasure's commit.
 * Null when there is no such customer.
 */
export async function loadCustomerErasureState(tx: Queryable, customerId: string, lock: boolean): Promise<CustomerErasureState> {
  // Applications before the customer, as linking an application to a customer locks them.
  const applications = await ofCustomer<Application>(tx, 'application', customerId, lock);
  const customer = (await tx.query<Row<Customer>>(`SELECT data, version FROM customer WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [customerId], `gdpr_customer${lock ? '_lock' : ''}`)).rows[0];
  if (!customer) return { customer: null, boats: [], certificates: [], applications: [], leases: [], orders: [], winterApplications: [], winterLeases: [], paymentIssues: [], applicationEvents: [], winterEvents: [] };
  const boats = await ofCustomer<Boat>(tx, 'boat', customerId, lock);
  const certificates = await tx.query<Row<BoatCertificate>>(
    `SELECT data, version FROM boat_certificate WHERE customer_id = $1 OR boat_id = ANY($2::uuid[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    [customerId, boats.map((b) => b.data.id)],
    `gdpr_certificates${lock ? '_lock' : ''}`,
  );
  const leases = await ofCustomer<Lease>(tx, 'lease', customerId, lock);
  const orders = await ofCustomer<BerthOrder>(tx, 'berth_order', customerId, lock);
  const winterApplications = await ofCustomer<WinterApplication>(tx, 'winter_application', customerId, lock);
  const winterLeases = await ofCustomer<WinterLease>(tx, 'winter_lease', customerId, lock);
  // After the payables' locks: see the comment above.
  const paymentIssues = await ofCustomer<BerthPaymentIssue>(tx, 'berth_payment_issue', customerId, lock);
  const { applicationEvents, winterEvents } = await customerEvents(tx, customerId, applications, winterApplications, winterLeases, lock);
  return {
    customer: { record: customer.data, version: customer.version },
    boats: versioned(boats),
    certificates: versioned(certificates.rows),
    applications: versioned(applications),
    leases: versioned(leases),
    orders: orders.map((o) => o.data),
    winterApplications: versioned(winterApplications),
    winterLeases: versioned(winterLeases),
    paymentIssues: paymentIssues.map((i) => i.data),
    applicationEvents: versioned(applicationEvents),
    winterEvents: versioned(winterEvents),
  };
}

/**
 * The case history that can name the customer (decision 52): their applications' events, a link
 * naming them on any application (kind first, so the JSON is read only for links), their winter
 * applications' and winter leases' events; locked last, after the records they hang on.
 */
async function customerEvents(
  tx: Queryable,
  customerId: string,
  applications: readonly Row<Application>[],
  winterApplications: readonly Row<WinterApplication>[],
  winterLeases: readonly Row<WinterLease>[],
  lock: boolean,
): Promise<{ applicationEvents: Row<ApplicationEvent>[]; winterEvents: Row<WinterEvent>[] }> {
  const forUpdate = lock ? ' FOR UPDATE' : '';
  const application = await tx.query<Row<ApplicationEvent>>(
    `SELECT data, version FROM application_event
      WHERE application_id = ANY($1::uuid[])
         OR (kind = 'customer_linked' AND $2::text IN (data->'customerLink'->>'fromCustomerId', data->'customerLink'->>'toCustomerId'))
      ORDER BY id${forUpdate}`,
    [applications.map((a) => a.data.id), customerId],
    `gdpr_application_events${lock ? '_lock' : ''}`,
  );
  const winter = await tx.query<Row<WinterEvent>>(
    `SELECT data, version FROM winter_event WHERE lease_id = ANY($1::uuid[]) OR application_id = ANY($2::uuid[]) ORDER BY id${forUpdate}`,
    [winterLeases.map((l) => l.data.id), winterApplications.map((a) => a.data.id)],
    `gdpr_winter_events${lock ? '_lock' : ''}`,
  );
  return { applicationEvents: application.rows, winterEvents: winter.rows };
}

/** The ids of the customer's own records: a message the outbox queued about one of them was about the customer. */
export function customerRecordIds(s: CustomerErasureState): string[] {
  return [
    ...s.applications.map((a) => a.record.id),
    ...s.leases.map((l) => l.record.id),
    ...s.orders.map((o) => o.id),
    ...s.certificates.map((c) => c.record.id),
    ...s.winterApplications.map((a) => a.record.id),
    ...s.winterLeases.map((l) => l.record.id),
  ];
}

/** The tables whose rows each belong to one berth customer (`customer_id`), and whose ids the berth workspace's outbox rows name. */
const CUSTOMER_RECORD_TABLES = ['application', 'lease', 'berth_order', 'boat_certificate', 'winter_application', 'winter_lease'] as const;

/** A text column as a uuid, or null when it is none: a bare cast would fail the whole statement on one odd id. */
export const asUuid = (text: string) => `(CASE WHEN ${text} ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' THEN (${text})::uuid END)`;

/** `customerName` (the greeting's name) in SQL, of a customer row `c`. */
const GREETING_NAME = `coalesce(c.data->>'companyName', btrim(concat(c.data->>'firstName', ' ', c.data->>'lastName')))`;

/**
 * Which outbox rows (`notification_outbox AS o`) are the customer's, for the GDPR export and the
 * erasure alike (decision 51):
 * - a berth message about one of the customer's own records ($1) is always theirs;
 * - a message to one of their addresses ($2 emails, lower case; $3 numbers) is theirs unless it is
 *   about a record of another customer: two customers may share a family's or a company's address
 *   or a phone, and B's offer or reminder there is B's. Every record of those tables belongs to a
 *   customer, and the customer's own were matched by id first, so any record found is another's
 *   (one primary-key probe per table, only for the few rows their addresses match);
 * - a message to a group (berths.sendCustomerMessage) names the `berth_message`, no customer's
 *   record, and goes once to an address several customers of the group share, written to the
 *   first of them: the outbox keeps no customer id, only the name it greets (`params.name`). So
 *   a group message at their address is theirs unless it greets another customer who has that
 *   address (and not the customer themselves: a person registered twice). Unsure (a name changed
 *   since), it counts as theirs: an erasure errs on the side of erasing.
 * Shared by the export and the erasure (and the catcher's copies follow their outbox rows), so
 * what an export lists is exactly what an erasure would erase.
 */
export const CUSTOMER_MESSAGES_WHERE = `o.workspace = 'berths' AND (
  o.entity_id = ANY($1::text[])
  OR ((lower(o.recipient) = ANY($2::text[]) OR o.recipient = ANY($3::text[]))
    AND NOT (${CUSTOMER_RECORD_TABLES.map((t) => `EXISTS (SELECT 1 FROM ${t} r WHERE r.id = ${asUuid('o.entity_id')})`).join(' OR ')})
    AND (coalesce(o.params->>'name' = $5::text, false) OR NOT coalesce((o.params->>'name', lower(o.recipient)) IN (
      SELECT ${GREETING_NAME}, lower(btrim(c.data->>'email')) FROM customer c WHERE c.id <> $4::uuid
      UNION ALL SELECT ${GREETING_NAME}, regexp_replace(c.data->>'phone', '[[:space:]-]', '', 'g') FROM customer c WHERE c.id <> $4::uuid), false))))`;

/** The parameters of CUSTOMER_MESSAGES_WHERE: the customer's record ids, emails, numbers, id and greeting name. */
export type CustomerMessageParams = [recordIds: string[], emails: string[], phones: string[], customerId: string, name: string];
export function customerMessageParams(s: CustomerErasureState): CustomerMessageParams {
  const { emails, phones } = customerAddresses(s);
  const customer = s.customer?.record ?? null;
  return [customerRecordIds(s), emails, phones, customer?.id ?? '00000000-0000-0000-0000-000000000000', customerName(customer)];
}

interface OutboxRow {
  template: string;
  channel: 'email' | 'sms';
  recipient: string;
  created_at: Date | string;
  sent_at: Date | string | null;
  state: OutboxMessageRow['state'];
}

interface PaymentDbRow {
  order_id: string;
  provider: string;
  reference: string;
  amount_cents: number;
  status: PaymentRow['status'];
  created_at: Date | string;
  settled_at: Date | string | null;
}

/** Everything the berth workspace holds about the customer, for the GDPR export; null when there is none. */
export async function loadCustomerGdprRows(db: Queryable, customerId: string): Promise<CustomerGdprRows | null> {
  const s = await loadCustomerErasureState(db, customerId, false);
  if (!s.customer) return null;
  // A winter invoice's attempts are kept under its lease's id.
  const payments = await db.query<PaymentDbRow>(
    'SELECT order_id::text AS order_id, provider, reference, amount_cents, status, created_at, settled_at FROM payment_attempt WHERE order_id = ANY($1::uuid[])',
    [[...s.orders.map((o) => o.id), ...s.winterLeases.map((l) => l.record.id)]],
    'gdpr_payments',
  );
  const messages = await db.query<OutboxRow>(`SELECT template, channel, recipient, created_at, sent_at, state FROM notification_outbox o WHERE ${CUSTOMER_MESSAGES_WHERE} ORDER BY o.created_at, o.id`, customerMessageParams(s), 'gdpr_messages');
  const berthPlaces = await db.query<{ id: string; place: string }>(
    `SELECT l.id::text AS id, concat_ws(' ', h.data->'name'->>'fi', p.data->>'identifier', b.data->>'number') AS place
       FROM lease l JOIN berth b ON b.id = l.berth_id JOIN harbour h ON h.id = b.harbour_id JOIN pier p ON p.id = b.pier_id WHERE l.id = ANY($1::uuid[])`,
    [s.leases.map((l) => l.record.id)],
    'gdpr_berth_places',
  );
  const winterPlaces = await db.query<{ id: string; place: string }>(
    `SELECT l.id::text AS id, concat_ws(' ', a.data->'name'->>'fi', s.data->>'identifier', p.data->>'number') AS place
       FROM winter_lease l JOIN winter_area a ON a.id = l.area_id JOIN winter_section s ON s.id = l.section_id LEFT JOIN winter_place p ON p.id = l.place_id WHERE l.id = ANY($1::uuid[])`,
    [s.winterLeases.map((l) => l.record.id)],
    'gdpr_winter_places',
  );
  const chosen = [...s.applications.flatMap((a) => a.record.harbourChoices), ...s.winterApplications.flatMap((a) => a.record.areaChoices)];
  const names = await db.query<{ id: string; name: string }>(
    `SELECT id::text AS id, data->'name'->>'fi' AS name FROM harbour WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, data->'name'->>'fi' FROM winter_area WHERE id = ANY($1::uuid[])`,
    [chosen],
    'gdpr_names',
  );
  return {
    customer: s.customer.record,
    boats: s.boats.map((b) => b.record),
    certificates: s.certificates.map((c) => c.record),
    applications: s.applications.map((a) => a.record),
    // Their own applications' history; a link on another customer's application is that customer's.
    applicationEvents: s.applicationEvents.filter((e) => s.applications.some((a) => a.record.id === e.record.applicationId)).map((e) => e.record),
    leases: s.leases.map((l) => l.record),
    orders: s.orders,
    payments: payments.rows.map((p) => ({ orderId: p.order_id, provider: p.provider, reference: p.reference, amountCents: p.amount_cents, status: p.status, createdAt: iso(p.created_at)!, settledAt: iso(p.settled_at) })),
    winterApplications: s.winterApplications.map((a) => a.record),
    winterLeases: s.winterLeases.map((l) => l.record),
    winterEvents: s.winterEvents.map((e) => e.record),
    paymentIssues: s.paymentIssues,
    messages: messages.rows.map((m) => ({ template: m.template, channel: m.channel, recipient: m.recipient, createdAt: iso(m.created_at)!, sentAt: iso(m.sent_at), state: m.state })),
    names: Object.fromEntries(names.rows.map((r) => [r.id, r.name])),
    places: Object.fromEntries([...berthPlaces.rows, ...winterPlaces.rows].map((r) => [r.id, r.place])),
  };
}
