import { bookkeepingRemovable, orderBookkeepingDates, winterLeaseBookkeepingDates } from '../../domain/berths/bookkeeping-retention.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { WinterLease } from '../../domain/berths/winter-entities.ts';
import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import { ENTITIES } from '../../domain/workspaces.ts';
import type { Db, Queryable } from '../db/db.ts';
import { numberChanges } from '../sync/feed.ts';

interface AttemptDates {
  created_at: Date | string;
  settled_at: Date | string | null;
}

/** What the retention removed: the ids of the berth orders and the winter leases (with their events) gone. */
export interface RemovedBookkeeping {
  orders: string[];
  winterLeases: string[];
}

const day = (t: Date | string) => helsinkiDateOf(new Date(t).getTime());

/** Synced records the retention removes; none is partitioned, so each feed line's scope is the entity's. */
type RemovedEntity = 'berth_order' | 'winter_event' | 'winter_lease' | 'berth_payment_issue';

/**
 * Deletes the rows and writes a delete line for each in the feed (at the row's next version), so
 * every desk drops them when it pulls; the lines are numbered at the end of the transaction.
 */
async function deleteWithFeedLines(tx: Queryable, entity: RemovedEntity, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `WITH gone AS (DELETE FROM ${entity} WHERE id = ANY($1::uuid[]) RETURNING id::text AS id, version)
     INSERT INTO sync_feed (entity, id, scope, op, version, data, seq)
     SELECT '${entity}', id, $2::text, 'delete', version + 1, NULL, NULL FROM gone
     ON CONFLICT (entity, id) DO UPDATE SET seq = NULL, scope = excluded.scope, op = 'delete', version = excluded.version, data = NULL`,
    [ids, ENTITIES[entity].scope],
    `retention_${entity}_delete`,
  );
}

/**
 * Removes the winter leases and their events. Winter events are append-only (migrations 054 and
 * 056): the trigger lets a DELETE through only for the ids named in the transaction-local
 * `kuva.retention`, set here for exactly these events. The events and the reminders sent go before
 * the lease, as they point at it.
 */
async function removeWinterLeases(tx: Queryable, leaseIds: readonly string[]): Promise<void> {
  if (leaseIds.length === 0) return;
  const events = (await tx.query<{ id: string }>('SELECT id::text AS id FROM winter_event WHERE lease_id = ANY($1::uuid[]) ORDER BY id', [leaseIds], 'retention_winter_events')).rows.map((r) => r.id);
  if (events.length > 0) await tx.query(`SELECT set_config('kuva.retention', $1::text, true)`, [events.join(',')], 'retention_allow_delete');
  await deleteWithFeedLines(tx, 'winter_event', events);
  await tx.query('DELETE FROM winter_invoice_reminder WHERE lease_id = ANY($1::uuid[])', [leaseIds], 'retention_winter_reminders_delete');
  await deleteWithFeedLines(tx, 'winter_lease', leaseIds);
}

/**
 * Removes one erased customer's bookkeeping records once the Accounting Act's ten years are over
 * (domain/berths/bookkeeping-retention.ts), counted from the last date of all of them, berth and
 * winter: their berth orders, their winter leases (each carries its invoice) with the leases'
 * events, and the payment attempts and reminders made on either. Under the customer's lock and
 * then the records', the erasure's order, so a record made meanwhile is seen. The berth leases
 * and the applications, berth and winter, stay anonymised, as the erasure left them.
 */
async function removeFor(tx: Queryable, customerId: string, today: string): Promise<RemovedBookkeeping> {
  const none: RemovedBookkeeping = { orders: [], winterLeases: [] };
  const customer = (await tx.query<{ data: Customer }>('SELECT data FROM customer WHERE id = $1 FOR UPDATE', [customerId], 'retention_customer_lock')).rows[0];
  if (!customer) return none;
  const orders = (await tx.query<{ data: BerthOrder }>('SELECT data FROM berth_order WHERE customer_id = $1 ORDER BY id FOR UPDATE', [customerId], 'retention_orders_lock')).rows.map((r) => r.data);
  const leases = (await tx.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE customer_id = $1 ORDER BY id FOR UPDATE', [customerId], 'retention_winter_leases_lock')).rows.map((r) => r.data);
  if (orders.length === 0 && leases.length === 0) return none;
  const removed: RemovedBookkeeping = { orders: orders.map((o) => o.id), winterLeases: leases.map((l) => l.id) };
  // A winter invoice's payment attempts are kept under its lease's id (decision 39).
  const billed = [...removed.orders, ...removed.winterLeases];
  const attempts = (await tx.query<AttemptDates>('SELECT created_at, settled_at FROM payment_attempt WHERE order_id = ANY($1::uuid[])', [billed], 'retention_attempts')).rows;
  const dates = [
    ...orders.flatMap(orderBookkeepingDates),
    ...leases.flatMap(winterLeaseBookkeepingDates),
    ...attempts.flatMap((a) => [day(a.created_at), ...(a.settled_at === null ? [] : [day(a.settled_at)])]),
  ];
  if (!bookkeepingRemovable(customer.data, dates, today)) return none;
  // An unapplied payment's issue goes with its attempt: its id is the attempt's (decision 54).
  const issues = (await tx.query<{ id: string }>('SELECT id::text AS id FROM berth_payment_issue WHERE payable_id = ANY($1::uuid[]) ORDER BY id', [billed], 'retention_payment_issues')).rows;
  await deleteWithFeedLines(tx, 'berth_payment_issue', issues.map((r) => r.id));
  await tx.query('DELETE FROM payment_attempt WHERE order_id = ANY($1::uuid[])', [billed], 'retention_attempts_delete');
  await tx.query('DELETE FROM berth_order_reminder WHERE order_id = ANY($1::uuid[])', [removed.orders], 'retention_order_reminders_delete');
  await deleteWithFeedLines(tx, 'berth_order', removed.orders);
  await removeWinterLeases(tx, removed.winterLeases);
  await numberChanges(tx);
  return removed;
}

/**
 * The daily retention of erased berth customers' bookkeeping (decision 51): each erased customer
 * with orders or winter leases is looked at in a transaction of their own; rerunning finds nothing
 * more.
 */
export async function removeExpiredBookkeeping(db: Db, today: string): Promise<RemovedBookkeeping> {
  const candidates = await db.query<{ id: string }>(
    `SELECT c.id::text AS id FROM customer c
     WHERE c.data->>'erasedAt' IS NOT NULL
       AND (EXISTS (SELECT 1 FROM berth_order o WHERE o.customer_id = c.id) OR EXISTS (SELECT 1 FROM winter_lease l WHERE l.customer_id = c.id))
     ORDER BY 1`,
    [],
    'retention_candidates',
  );
  const removed: RemovedBookkeeping = { orders: [], winterLeases: [] };
  for (const { id } of candidates.rows) {
    const one = await db.transaction((tx) => removeFor(tx, id, today));
    removed.orders.push(...one.orders);
    removed.winterLeases.push(...one.winterLeases);
  }
  return removed;
}
