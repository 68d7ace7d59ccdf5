import { bookkeepingRemovable, orderBookkeepingDates } from '../../domain/berths/bookkeeping-retention.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import { ENTITIES } from '../../domain/workspaces.ts';
import type { Db, Queryable } from '../db/db.ts';
import { numberChanges } from '../sync/feed.ts';

interface AttemptDates {
  created_at: Date | string;
  settled_at: Date | string | null;
}

const day = (t: Date | string) => helsinkiDateOf(new Date(t).getTime());

/**
 * Removes one erased customer's bookkeeping records once the Accounting Act's ten years are over
 * (domain/berths/bookkeeping-retention.ts): their berth orders, with delete lines in the feed so
 * every desk drops them, and the payment attempts made on them. Under the customer's lock, so an
 * order made meanwhile is seen. Answers the order ids removed.
 */
async function removeFor(tx: Queryable, customerId: string, today: string): Promise<string[]> {
  const customer = (await tx.query<{ data: Customer }>('SELECT data FROM customer WHERE id = $1 FOR UPDATE', [customerId], 'retention_customer_lock')).rows[0];
  if (!customer) return [];
  const orders = (await tx.query<{ data: BerthOrder }>('SELECT data FROM berth_order WHERE customer_id = $1 ORDER BY id FOR UPDATE', [customerId], 'retention_orders_lock')).rows.map((r) => r.data);
  if (orders.length === 0) return [];
  const ids = orders.map((o) => o.id);
  const attempts = (await tx.query<AttemptDates>('SELECT created_at, settled_at FROM payment_attempt WHERE order_id = ANY($1::uuid[])', [ids], 'retention_attempts')).rows;
  const dates = [...orders.flatMap(orderBookkeepingDates), ...attempts.flatMap((a) => [day(a.created_at), ...(a.settled_at === null ? [] : [day(a.settled_at)])])];
  if (!bookkeepingRemovable(customer.data, dates, today)) return [];
  await tx.query('DELETE FROM payment_attempt WHERE order_id = ANY($1::uuid[])', [ids], 'retention_attempts_delete');
  await tx.query(
    `WITH gone AS (DELETE FROM berth_order WHERE id = ANY($1::uuid[]) RETURNING id::text AS id, version)
     INSERT INTO sync_feed (entity, id, scope, op, version, data, seq)
     SELECT 'berth_order', id, $2::text, 'delete', version + 1, NULL, NULL FROM gone
     ON CONFLICT (entity, id) DO UPDATE SET seq = NULL, scope = excluded.scope, op = 'delete', version = excluded.version, data = NULL`,
    [ids, ENTITIES.berth_order.scope],
    'retention_orders_delete',
  );
  await numberChanges(tx);
  return ids;
}

/**
 * The daily retention of erased berth customers' bookkeeping (decision 51): each erased customer
 * with orders is looked at in a transaction of their own; rerunning finds nothing more. Winter
 * invoices live on their winter leases, whose events are append-only, and are not removed here.
 */
export async function removeExpiredBookkeeping(db: Db, today: string): Promise<{ orders: string[] }> {
  const candidates = await db.query<{ id: string }>(
    `SELECT DISTINCT c.id::text AS id FROM customer c JOIN berth_order o ON o.customer_id = c.id WHERE c.data->>'erasedAt' IS NOT NULL ORDER BY 1`,
    [],
    'retention_candidates',
  );
  const orders: string[] = [];
  for (const { id } of candidates.rows) orders.push(...(await db.transaction((tx) => removeFor(tx, id, today))));
  return { orders };
}
