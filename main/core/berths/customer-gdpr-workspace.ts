import type { Method } from '../../../domain/contract.ts';
import type { CustomerErasureCommandType, EraseCustomerPayload } from '../../../domain/berths/customer-erasure-commands.ts';
import { decideEraseCustomer, type CustomerErasureState } from '../../../domain/berths/customer-erasure.ts';
import type { Customer } from '../../../domain/berths/entities.ts';
import type { BerthPaymentIssue } from '../../../domain/berths/payment-issue-entity.ts';
import type { CacheWorkspace, CommandSpec } from '../cache/workspace.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  customer: db.prepare<[string], VersionedData>('SELECT version, data FROM customer WHERE id = ?'),
  boats: db.prepare<[string], VersionedData>('SELECT version, data FROM boat WHERE customer_id = ? ORDER BY id'),
  certificates: db.prepare<[string, string], VersionedData>(
    'SELECT version, data FROM boat_certificate WHERE customer_id = ? OR boat_id IN (SELECT id FROM boat WHERE customer_id = ?) ORDER BY id',
  ),
  applications: db.prepare<[string], VersionedData>('SELECT version, data FROM application WHERE customer_id = ? ORDER BY id'),
  leases: db.prepare<[string], VersionedData>("SELECT version, data FROM lease WHERE json_extract(data, '$.customerId') = ? ORDER BY id"),
  orders: db.prepare<[string], VersionedData>("SELECT version, data FROM berth_order WHERE json_extract(data, '$.customerId') = ? ORDER BY id"),
  winterApplications: db.prepare<[string], VersionedData>('SELECT version, data FROM winter_application WHERE customer_id = ? ORDER BY id'),
  winterLeases: db.prepare<[string], VersionedData>("SELECT version, data FROM winter_lease WHERE json_extract(data, '$.customerId') = ? ORDER BY id"),
  // Refunded ones too: the decider tells which still owe the customer money (decision 54).
  paymentIssues: db.prepare<[string], { data: string }>('SELECT data FROM berth_payment_issue WHERE customer_id = ? ORDER BY id'),
  // The history that can name them (decision 52): their applications' events and any link naming them.
  applicationEvents: db.prepare<[string, string], VersionedData>(
    `SELECT version, data FROM application_event WHERE application_id IN (SELECT id FROM application WHERE customer_id = ?)
      OR (json_extract(data, '$.kind') = 'customer_linked' AND ? IN (json_extract(data, '$.customerLink.fromCustomerId'), json_extract(data, '$.customerLink.toCustomerId')))
      ORDER BY id`,
  ),
  winterEvents: db.prepare<[string, string], VersionedData>(
    `SELECT version, data FROM winter_event WHERE application_id IN (SELECT id FROM winter_application WHERE customer_id = ?)
      OR lease_id IN (SELECT id FROM winter_lease WHERE json_extract(data, '$.customerId') = ?) ORDER BY id`,
  ),
}));

const all = <T>(rows: VersionedData[]) => rows.map((r) => parseRow<T>(r)!);

/** The erasure's state from the cache as it is now (optimistic rows included): the customer's every berth and winter record. */
export function loadLocalErasureState(db: SqliteDatabase, customerId: string): CustomerErasureState {
  const s = statements(db);
  return {
    customer: parseRow<Customer>(s.customer.get(customerId)),
    boats: all(s.boats.all(customerId)),
    certificates: all(s.certificates.all(customerId, customerId)),
    applications: all(s.applications.all(customerId)),
    leases: all(s.leases.all(customerId)),
    orders: s.orders.all(customerId).map((r) => JSON.parse(r.data) as CustomerErasureState['orders'][number]),
    winterApplications: all(s.winterApplications.all(customerId)),
    winterLeases: all(s.winterLeases.all(customerId)),
    paymentIssues: s.paymentIssues.all(customerId).map((r) => JSON.parse(r.data) as BerthPaymentIssue),
    applicationEvents: all(s.applicationEvents.all(customerId, customerId)),
    winterEvents: all(s.winterEvents.all(customerId, customerId)),
  };
}

/**
 * A customer's GDPR erasure in the cache (decision 51): the command decided on local rows by the
 * decider the central runs, versioned on the customer. Its tables are the berth workspace's; the
 * export is not here: it is read from the central (customer-gdpr-export.ts).
 */
export const CUSTOMER_GDPR_CACHE: CacheWorkspace = {
  tables: [],
  queries: {},
  commands: {
    'berths.eraseCustomer': { type: 'berths.eraseCustomer', payload: (input) => input },
  } satisfies Partial<Record<Method, CommandSpec>>,
  aggregateOf: (_type, payload) => ({ entity: 'customer', id: (payload as EraseCustomerPayload).customerId }),
  decide: ({ db }, type, payload, ctx) => {
    if ((type as CustomerErasureCommandType) !== 'berths.eraseCustomer') throw new Error(`${type} is not decided here`);
    const p = payload as EraseCustomerPayload;
    return decideEraseCustomer(loadLocalErasureState(db, p.customerId), p, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const c = parseRow<Customer>(statements(db).customer.get(id))?.record;
    if (!c) return null;
    return c.companyName ?? ([c.firstName, c.lastName].filter(Boolean).join(' ') || null);
  },
};
