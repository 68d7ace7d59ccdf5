import type { Application, Lease } from '../../../domain/berths/entities.ts';
import type { OrderDetail } from '../../../domain/berths/order-contract.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import type { CustomerHistoryRow } from '../../../domain/berths/customer-contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

type Row = { data: string; pending: number };

const statements = preparedFor((db: SqliteDatabase) => ({
  order: db.prepare<[string], Row>('SELECT data, pending FROM berth_order WHERE id = ?'),
  lease: db.prepare<[string], Row>('SELECT data, pending FROM lease WHERE id = ?'),
  application: db.prepare<[string], { data: string }>('SELECT data FROM application WHERE id = ?'),
}));

/** berths.getOrder: one order with its lease and its application's status, from the cache. */
export function orderDetail(db: SqliteDatabase, id: string): Result<OrderDetail> {
  const s = statements(db);
  const o = s.order.get(id);
  const order = o ? (JSON.parse(o.data) as BerthOrder) : null;
  const l = order ? s.lease.get(order.leaseId) : undefined;
  if (!o || !order || !l) return fail('not_found', 'The order does not exist.');
  const lease = JSON.parse(l.data) as Lease;
  const app = lease.applicationId ? s.application.get(lease.applicationId) : undefined;
  return ok({
    order,
    lease,
    pending: o.pending === 1 || l.pending === 1,
    applicationId: lease.applicationId,
    applicationStatus: app ? (JSON.parse(app.data) as Application).status : null,
  });
}

/** An order without an application keeps its own log (decision 41): its entries in the customer's history. */
export function orderLogHistory(r: { data: string }): CustomerHistoryRow[] {
  const o = JSON.parse(r.data) as BerthOrder;
  return (o.log ?? []).map((e, i) => ({
    id: `${o.id}:${i}`,
    at: e.at,
    kind: e.kind,
    applicationId: null,
    reference: '',
    leaseId: o.leaseId,
    fromStatus: null,
    // An order's log keeps names only: a system actor is known by the name it was written with.
    actorId: null,
    toStatus: null,
    actorName: e.actorName,
    note: null,
    ...(e.lineChanges ? { lineChanges: e.lineChanges } : {}),
  }));
}
