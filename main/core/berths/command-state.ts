import type { Application, Berth, BerthProduct, Boat, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { CreateLeasePayload } from '../../../domain/berths/lease-create-schema.ts';
import type { LinkApplicationCustomerPayload } from '../../../domain/berths/application-link-schema.ts';
import type { BerthCommandState } from '../../../domain/berths/decide.ts';
import type { Versioned } from '../../../domain/sync/command-context.ts';
import type { BerthCommandType } from '../../../domain/berths/commands.ts';
import { berthCommandTargets } from '../../../domain/berths/decide.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { orderCommandTarget } from '../../../domain/berths/order-deciders.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  application: db.prepare<[string], VersionedData>('SELECT version, data FROM application WHERE id = ?'),
  leasesOfApplication: db.prepare<[string], VersionedData>('SELECT version, data FROM lease WHERE application_id = ?'),
  berth: db.prepare<[string], VersionedData>('SELECT version, data FROM berth WHERE id = ?'),
  pier: db.prepare<[string], VersionedData>('SELECT version, data FROM pier WHERE id = ?'),
  harbour: db.prepare<[string], VersionedData>('SELECT version, data FROM harbour WHERE id = ?'),
  leasesOnBerth: db.prepare<[string], VersionedData>('SELECT version, data FROM lease WHERE berth_id = ?'),
  products: db.prepare<[], VersionedData>('SELECT version, data FROM berth_product'),
  customer: db.prepare<[string], VersionedData>('SELECT version, data FROM customer WHERE id = ?'),
  ordersOfApplication: db.prepare<[string], VersionedData>('SELECT version, data FROM berth_order WHERE application_id = ?'),
  order: db.prepare<[string], VersionedData>('SELECT version, data FROM berth_order WHERE id = ?'),
  lease: db.prepare<[string], VersionedData>('SELECT version, data FROM lease WHERE id = ?'),
  ordersOfLease: db.prepare<[string], VersionedData>('SELECT version, data FROM berth_order WHERE lease_id = ?'),
  harbourIds: db.prepare<[], { id: string }>('SELECT id FROM harbour'),
  boat: db.prepare<[string], VersionedData>('SELECT version, data FROM boat WHERE id = ?'),
  boatsOfCustomer: db.prepare<[string], VersionedData>('SELECT version, data FROM boat WHERE customer_id = ?'),
  // The cache has no boat column: the old customer's applications by their index, the leases by their data (one command's read).
  boatNamedElsewhere: db.prepare<[string, string, string, string], { n: number }>(
    `SELECT (SELECT count(*) FROM application WHERE customer_id = ? AND id <> ? AND json_extract(data, '$.boatId') = ?)
          + (SELECT count(*) FROM lease WHERE json_extract(data, '$.boatId') = ?) AS n`,
  ),
}));

const records = <T>(rows: VersionedData[]): Versioned<T>[] => rows.map((r) => ({ record: JSON.parse(r.data) as T, version: r.version }));

/** An order command's state: the order (unless terminating), its lease, the lease's orders and the application. */
function loadOrderCommandState(db: SqliteDatabase, target: { orderId: string } | { leaseId: string }): BerthCommandState {
  const s = statements(db);
  const order = 'orderId' in target ? parseRow<BerthOrder>(s.order.get(target.orderId)) : null;
  const leaseId = 'orderId' in target ? order?.record.leaseId : target.leaseId;
  const lease = leaseId ? parseRow<Lease>(s.lease.get(leaseId)) : null;
  const applicationId = lease?.record.applicationId ?? null;
  return {
    application: applicationId ? parseRow<Application>(s.application.get(applicationId)) : null,
    applicationLeases: [],
    order,
    lease,
    leaseOrders: lease ? records<BerthOrder>(s.ordersOfLease.all(lease.record.id)) : [],
    customer: lease ? (parseRow<Customer>(s.customer.get(lease.record.customerId))?.record ?? null) : null,
  };
}

/** The berth, its place and the price list: what a berth is priced from. */
function pricedBerthState(db: SqliteDatabase, berthId: string): Pick<BerthCommandState, 'berth' | 'pier' | 'harbour' | 'products'> {
  const s = statements(db);
  const berth = parseRow<Berth>(s.berth.get(berthId));
  return {
    berth,
    pier: berth ? (parseRow<Pier>(s.pier.get(berth.record.pierId))?.record ?? null) : null,
    harbour: berth ? (parseRow<Harbour>(s.harbour.get(berth.record.harbourId))?.record ?? null) : null,
    products: records<BerthProduct>(s.products.all()).map((p) => p.record),
  };
}

/** The berth, its place and leases, and what a lease is made for, read as berths.createLease decides on them. */
function berthState(db: SqliteDatabase, berthId: string): Pick<BerthCommandState, 'berth' | 'pier' | 'harbour' | 'berthLeases' | 'products'> {
  return { ...pricedBerthState(db, berthId), berthLeases: records<Lease>(statements(db).leasesOnBerth.all(berthId)).map((l) => l.record) };
}

/** A lease made without an application: the customer, the boat named, the berth and its leases. */
function loadCreateLeaseState(db: SqliteDatabase, p: CreateLeasePayload): BerthCommandState {
  const s = statements(db);
  return {
    application: null,
    applicationLeases: [],
    customer: parseRow<Customer>(s.customer.get(p.customerId))?.record ?? null,
    boat: p.boatId ? (parseRow<Boat>(s.boat.get(p.boatId))?.record ?? null) : null,
    ...berthState(db, p.berthId),
  };
}

/** Linking an application to another customer: its customer and boat, the customer named with its boats, and whether the boat is named elsewhere. */
function linkState(db: SqliteDatabase, app: Application, p: LinkApplicationCustomerPayload): Partial<BerthCommandState> {
  const s = statements(db);
  const target = parseRow<Customer>(s.customer.get(p.customerId))?.record ?? null;
  return {
    customer: parseRow<Customer>(s.customer.get(app.customerId))?.record ?? null,
    linkTarget: target ? { customer: target, boats: records<Boat>(s.boatsOfCustomer.all(target.id)).map((b) => b.record) } : null,
    applicationBoat: parseRow<Boat>(s.boat.get(app.boatId)),
    boatShared: (s.boatNamedElsewhere.get(app.customerId, app.id, app.boatId, app.boatId)?.n ?? 0) > 0,
  };
}

/** The local state a berth decider needs, read from the cache as it is now (optimistic rows included). */
export function loadBerthCommandState(db: SqliteDatabase, type: BerthCommandType, payload: unknown): BerthCommandState {
  const s = statements(db);
  const orderTarget = orderCommandTarget(type, payload);
  if (orderTarget) {
    const state = loadOrderCommandState(db, orderTarget);
    // A resend prices the order's berth line again from its berth as it now is (brief 4.5).
    if (type === 'berths.resendOffer' && state.lease) Object.assign(state, pricedBerthState(db, state.lease.record.berthId));
    return state;
  }
  if (type === 'berths.createLease') return loadCreateLeaseState(db, payload as CreateLeasePayload);
  const targets = berthCommandTargets(type, payload as { applicationId: string; berthId?: string });
  const application = parseRow<Application>(s.application.get(targets.applicationId));
  const state: BerthCommandState = {
    application,
    applicationLeases: records<Lease>(s.leasesOfApplication.all(targets.applicationId)),
    applicationOrders: records<BerthOrder>(s.ordersOfApplication.all(targets.applicationId)),
  };
  if (targets.berthId !== null) {
    Object.assign(state, berthState(db, targets.berthId));
    state.customer = application ? (parseRow<Customer>(s.customer.get(application.record.customerId))?.record ?? null) : null;
  }
  if (type === 'berths.linkApplicationCustomer' && application) Object.assign(state, linkState(db, application.record, payload as LinkApplicationCustomerPayload));
  if (targets.harbours) state.harbourIds = new Set(s.harbourIds.all().map((h) => h.id));
  return state;
}
