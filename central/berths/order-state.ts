import type { Application, Customer, Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { BerthCommandState } from '../../domain/berths/decide.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import type { ChunkCache } from '../sync/handler.ts';
import { products, readBerth } from './command-state.ts';

type Row<T> = { data: T; version: number };
const versioned = <T>(r: Row<T> | undefined): Versioned<T> | null => (r ? { record: r.data, version: r.version } : null);

/**
 * An order command's state under row locks, in the order every berth command takes them: the
 * application first (when the lease has one), then the lease, then its orders. The keys are read
 * unlocked first and checked again once locked: a lease never changes its application.
 */
export async function loadOrderState(tx: Queryable, target: { orderId: string } | { leaseId: string }): Promise<BerthCommandState> {
  const keys = await tx.query<{ lease_id: string | null; application_id: string | null }>(
    'orderId' in target
      ? 'SELECT o.lease_id::text AS lease_id, l.application_id::text AS application_id FROM berth_order o JOIN lease l ON l.id = o.lease_id WHERE o.id = $1'
      : 'SELECT l.id::text AS lease_id, l.application_id::text AS application_id FROM lease l WHERE l.id = $1',
    ['orderId' in target ? target.orderId : target.leaseId],
    'orderId' in target ? 'berth_orders_keys_by_order' : 'berth_orders_keys_by_lease',
  );
  const key = keys.rows[0];
  const empty: BerthCommandState = { application: null, applicationLeases: [], order: null, lease: null, leaseOrders: [] };
  if (!key?.lease_id) return empty;
  const application = key.application_id
    ? versioned((await tx.query<Row<Application>>('SELECT data, version FROM application WHERE id = $1 FOR UPDATE', [key.application_id], 'berth_orders_lock_application')).rows[0])
    : null;
  const lease = versioned((await tx.query<Row<Lease>>('SELECT data, version FROM lease WHERE id = $1 FOR UPDATE', [key.lease_id], 'berth_orders_lock_lease')).rows[0]);
  const orders = (await tx.query<Row<BerthOrder>>('SELECT data, version FROM berth_order WHERE lease_id = $1 ORDER BY id FOR UPDATE', [key.lease_id], 'berth_orders_lock_orders')).rows.map((r) => ({ record: r.data, version: r.version }));
  const order = 'orderId' in target ? (orders.find((o) => o.record.id === target.orderId) ?? null) : null;
  // Read, not locked: a contact edit racing a resend is decided on one side of it or the other.
  const customer = lease ? ((await tx.query<{ data: Customer }>('SELECT data FROM customer WHERE id = $1', [lease.record.customerId], 'berth_orders_customer')).rows[0]?.data ?? null) : null;
  return { application, applicationLeases: [], order, lease, leaseOrders: orders, customer };
}

/**
 * A resend's berth, its place and the price list, after the order's locks: the berth line is
 * priced again from them (brief 4.5). Read, not locked, as the price list is for an offer: the
 * resend does not hold the berth, and a width edit racing it is decided on one side or the other.
 */
export async function loadLeaseBerthPricing(tx: Queryable, lease: Lease, cache: ChunkCache): Promise<Pick<BerthCommandState, 'berth' | 'pier' | 'harbour' | 'products'>> {
  const read = await readBerth(tx, lease.berthId);
  return { berth: read?.berth ?? null, pier: read?.pier ?? null, harbour: read?.harbour ?? null, products: await products(tx, cache) };
}
