import type { Application, ApplicationEvent, Boat, Customer, Harbour, Lease } from '../../../domain/berths/entities.ts';
import type { Customer360, CustomerApplicationRow, CustomerHistoryRow, CustomerLeaseRow, CustomerOrderRow } from '../../../domain/berths/customer-contract.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { pierName } from '../../../domain/berths/matching.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { orderLogHistory } from './order-detail.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { boatsWithCertificates } from './boat-certificate-workspace.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  customer: db.prepare<[string], { data: string }>('SELECT data FROM customer WHERE id = ?'),
  boats: db.prepare<[string], { data: string }>('SELECT data FROM boat WHERE customer_id = ? ORDER BY rowid'),
  applications: db.prepare<[string], { data: string }>('SELECT data FROM application WHERE customer_id = ? ORDER BY received_ms DESC, id DESC'),
  // json_extract(data, '$.customerId') is lease_customer's expression (migration 009): the index answers it.
  leases: db.prepare<[string], { lease: string; number: string | null; pier: string | null; harbour: string | null }>(
    `SELECT l.data AS lease, b.number, p.identifier AS pier, h.data AS harbour FROM lease l
     LEFT JOIN berth b ON b.id = l.berth_id LEFT JOIN pier p ON p.id = b.pier_id LEFT JOIN harbour h ON h.id = b.harbour_id
     WHERE json_extract(l.data, '$.customerId') = ? ORDER BY l.season DESC, l.rowid DESC`,
  ),
  // Through the customer's leases, whose customer index answers the lookup.
  orders: db.prepare<[string], { data: string }>(
    `SELECT o.data FROM berth_order o JOIN lease l ON l.id = o.lease_id
     WHERE json_extract(l.data, '$.customerId') = ? ORDER BY l.season DESC, o.rowid DESC`,
  ),
  events: db.prepare<[string], { data: string }>('SELECT data FROM application_event WHERE application_id = ? ORDER BY at_ms DESC, id DESC'),
}));

function applicationRow(a: Application): CustomerApplicationRow {
  return {
    id: a.id,
    reference: a.reference,
    kind: a.kind,
    status: a.status,
    season: a.season,
    receivedAt: a.receivedAt,
    boatRegistration: a.boat.registrationNumber,
    boatName: a.boat.name,
  };
}

type LeaseJoin = { lease: string; number: string | null; pier: string | null; harbour: string | null };

function leaseRow(r: LeaseJoin & { parsed: Lease }): CustomerLeaseRow {
  const l = r.parsed;
  return {
    id: l.id,
    status: l.status,
    season: l.season,
    startDate: l.startDate,
    endDate: l.endDate,
    harbourName: r.harbour ? (JSON.parse(r.harbour) as Harbour).name : null,
    pier: pierName(r.pier ?? undefined),
    berthNumber: r.number,
    applicationId: l.applicationId,
    priceCents: l.priceCents,
    directReason: l.direct?.reason ?? null,
  };
}

function orderRow(r: { data: string }): CustomerOrderRow {
  const o = JSON.parse(r.data) as BerthOrder;
  return {
    id: o.id,
    leaseId: o.leaseId,
    applicationId: o.applicationId,
    season: o.season,
    status: o.status,
    totalCents: o.totalCents,
    dueDate: o.dueDate,
    sentAt: o.sentAt,
    paidAt: o.paidAt,
    invoicingType: o.invoicingType,
  };
}

/** A lease made without an application enters the history when it was made, by whom and why. */
function leaseCreated(l: Lease): CustomerHistoryRow[] {
  if (!l.direct) return [];
  return [{ id: l.id, at: l.direct.at, kind: 'lease_created', applicationId: null, reference: '', leaseId: l.id, fromStatus: null, toStatus: null, actorId: null, actorName: l.direct.actorName, note: l.direct.reason }];
}

/**
 * A customer's 360° view from the cache (berths.getCustomer): profile, boats (with their
 * certificates' validity on `now`'s Helsinki day), applications,
 * leases with their berths, orders (invoices), and the history of the customer's applications
 * and of the leases made for them without one.
 */
export function getCustomer(db: SqliteDatabase, id: string, now: Date = new Date()): Customer360 | null {
  const s = statements(db);
  const row = s.customer.get(id);
  if (!row) return null;
  const applications = s.applications.all(id).map((r) => JSON.parse(r.data) as Application);
  const leases = s.leases.all(id).map((r) => ({ ...r, parsed: JSON.parse(r.lease) as Lease }));
  const history: CustomerHistoryRow[] = applications
    .flatMap((a) =>
      s.events.all(a.id).map((r): CustomerHistoryRow => {
        const e = JSON.parse(r.data) as ApplicationEvent;
        return { id: e.id, at: e.at, kind: e.kind, applicationId: a.id, reference: a.reference, leaseId: e.leaseId, fromStatus: e.fromStatus, toStatus: e.toStatus, actorId: e.actorId, actorName: e.actorName, note: e.note, ...(e.lineChanges ? { lineChanges: e.lineChanges } : {}) };
      }),
    )
    .concat(leases.flatMap((l) => leaseCreated(l.parsed)))
    .concat(s.orders.all(id).flatMap(orderLogHistory))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1));
  return {
    customer: JSON.parse(row.data) as Customer,
    boats: boatsWithCertificates(db, id, s.boats.all(id).map((r) => JSON.parse(r.data) as Boat), helsinkiDate(now)),
    applications: applications.map(applicationRow),
    leases: leases.map(leaseRow),
    history,
    orders: s.orders.all(id).map(orderRow),
  };
}

/**
 * berths.getCustomer, for `berths.cases.read` (harbour services never see customers). Not audited:
 * decision 28 audits reads of children's and guardians' data; a berth customer is an adult, and
 * berths.getApplication shows the same person's data unaudited too.
 */
export function customer360(db: SqliteDatabase, id: string, now: Date = new Date()): Result<Customer360> {
  const view = getCustomer(db, id, now);
  return view ? ok(view) : fail('not_found', 'The customer does not exist.');
}
