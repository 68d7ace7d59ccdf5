import type { ApplicationDetail, PendingCommandInfo } from '../../../domain/contract.ts';
import type { Application, ApplicationEvent, Berth, Customer, Harbour, Lease, Pier, SwitchReason } from '../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { isActiveLease } from '../../../domain/berths/statuses.ts';
import { pierName } from '../../../domain/berths/matching.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';
import { queuePositionOf } from './queue-position.ts';
import { linkName } from '../../../domain/berths/application-link-schema.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  application: db.prepare<[string], VersionedData>('SELECT version, data FROM application WHERE id = ?'),
  harbour: db.prepare<[string], { data: string }>('SELECT data FROM harbour WHERE id = ?'),
  berth: db.prepare<[string], { data: string }>('SELECT data FROM berth WHERE id = ?'),
  pier: db.prepare<[string], { data: string }>('SELECT data FROM pier WHERE id = ?'),
  reason: db.prepare<[string], { data: string }>('SELECT data FROM switch_reason WHERE id = ?'),
  customer: db.prepare<[string], { data: string }>('SELECT data FROM customer WHERE id = ?'),
  leases: db.prepare<[string], { data: string; pending: number }>('SELECT data, pending FROM lease WHERE application_id = ?'),
  events: db.prepare<[string], { data: string }>('SELECT data FROM application_event WHERE application_id = ? ORDER BY at_ms DESC, id DESC'),
  orders: db.prepare<[string], { data: string; pending: number }>('SELECT data, pending FROM berth_order WHERE application_id = ?'),
  commands: db.prepare<[string], PendingCommandInfo>('SELECT id, type, issued_at AS issuedAt FROM outbox WHERE aggregate_id = ? ORDER BY seq'),
}));

const parse = <T>(row: { data: string } | undefined): T | null => (row ? (JSON.parse(row.data) as T) : null);

/** Where a berth is, in words a handler uses: harbour, pier, number. */
function berthLabels(db: SqliteDatabase, berthId: string) {
  const s = statements(db);
  const berth = parse<Berth>(s.berth.get(berthId));
  if (!berth) return { harbourName: null, pier: null, berthNumber: null };
  return {
    harbourName: parse<Harbour>(s.harbour.get(berth.harbourId))?.name ?? null,
    pier: pierName(parse<Pier>(s.pier.get(berth.pierId))?.identifier),
    berthNumber: berth.number,
  };
}

/** The order of the offer in force, else the one of the latest offer. */
function orderOf(rows: { data: string; pending: number }[], leases: Lease[], active: Lease | null): NonNullable<ApplicationDetail['order']> | null {
  const byLease = new Map(leases.map((l) => [l.id, l]));
  const orders = rows
    .map((r) => ({ order: JSON.parse(r.data) as BerthOrder, pending: r.pending === 1 }))
    .flatMap((o) => {
      const lease = byLease.get(o.order.leaseId);
      return lease ? [{ ...o, lease }] : [];
    })
    .sort((a, b) => (b.lease.offeredAt ?? '').localeCompare(a.lease.offeredAt ?? ''));
  return orders.find((o) => o.lease.id === active?.id) ?? orders[0] ?? null;
}

export function getApplication(db: SqliteDatabase, id: string): ApplicationDetail | null {
  const s = statements(db);
  const row = s.application.get(id);
  if (!row) return null;
  const application = JSON.parse(row.data) as Application;
  const choices = application.harbourChoices.map((harbourId, i) => ({
    order: i + 1,
    harbourId,
    name: parse<Harbour>(s.harbour.get(harbourId))?.name ?? { fi: '', sv: '', en: '' },
  }));
  const sw = application.switch;
  const switchDetails = sw
    ? { ...berthLabels(db, sw.currentBerthId), reason: sw.reasonId ? (parse<SwitchReason>(s.reason.get(sw.reasonId))?.title ?? null) : null }
    : null;
  const leases = s.leases.all(id).map((r) => ({ lease: JSON.parse(r.data) as Lease, pending: r.pending === 1 }));
  // The newest active lease is the offer in force (an application has at most one).
  const active = leases.filter((l) => isActiveLease(l.lease.status)).sort((a, b) => (b.lease.offeredAt ?? '').localeCompare(a.lease.offeredAt ?? ''))[0];
  const offer = active ? { lease: active.lease, ...berthLabels(db, active.lease.berthId), pending: active.pending } : null;
  const customer = parse<Customer>(s.customer.get(application.customerId));
  return {
    application,
    version: row.version,
    order: orderOf(s.orders.all(id), leases.map((l) => l.lease), active?.lease ?? null),
    queuePosition: queuePositionOf(db, id),
    pendingCommands: s.commands.all(id),
    choices,
    switchDetails,
    offer,
    history: s.events.all(id).map((r) => JSON.parse(r.data) as ApplicationEvent),
    customerKind: customer?.kind ?? null,
    customerName: customer ? linkName(customer) : null,
  };
}
