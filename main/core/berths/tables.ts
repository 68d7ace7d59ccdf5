import type { Application, ApplicationEvent, Berth, Customer, Boat, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import type { EntityTableSpec, Sidecar } from '../cache/entity-table.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { finnishSortKey } from '../cache/search-text.ts';

// Shared with the other workspaces' lists since bookings came.
export { finnishSortKey } from '../cache/search-text.ts';

const digits = (s: string) => s.replace(/\D+/g, '');
const compact = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

/** The search columns of an application, in application_fts column order. */
export function applicationSearchText(a: Application): string[] {
  const phoneDigits = digits(a.applicant.phone);
  // Local form too (040...), so a number typed either way is found.
  const localPhone = phoneDigits.startsWith('358') ? `0${phoneDigits.slice(3)}` : '';
  return [
    `${a.applicant.firstName} ${a.applicant.lastName}`,
    a.applicant.companyName ?? '',
    a.applicant.email,
    `${a.applicant.phone} ${phoneDigits} ${localPhone}`,
    `${a.boat.registrationNumber} ${compact(a.boat.registrationNumber)}`,
    a.boat.name,
    a.boat.model,
    `${a.reference} ${compact(a.reference)}`,
    a.applicationCode ?? '',
    `${a.applicant.address} ${a.applicant.zipCode}`,
  ];
}

function applicationSidecar(db: SqliteDatabase): Sidecar<Application> {
  const delChoices = db.prepare<[string]>('DELETE FROM application_choice WHERE application_id = ?');
  const addChoice = db.prepare<[string, number, string]>('INSERT OR REPLACE INTO application_choice (application_id, choice_order, harbour_id) VALUES (?, ?, ?)');
  const putFts = db.prepare(
    'INSERT OR REPLACE INTO application_fts (rowid, names, company, email, phone, registration, boat_name, model, reference, application_code, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  reindexIfStale(db, putFts);
  const delFts = db.prepare<[number | bigint]>('DELETE FROM application_fts WHERE rowid = ?');
  const clearChoices = db.prepare('DELETE FROM application_choice');
  const clearFts = db.prepare('DELETE FROM application_fts');
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    // Most updates change a status, not what is searched or chosen: skip the index work then.
    write(rowid, id, a, previous) {
      if (!previous || !sameList(previous.harbourChoices, a.harbourChoices)) {
        if (previous) delChoices.run(id);
        a.harbourChoices.forEach((h, i) => addChoice.run(id, i + 1, h));
      }
      const text = applicationSearchText(a);
      if (!previous || !sameList(applicationSearchText(previous), text)) putFts.run(rowid, ...text);
    },
    remove(rowid, id) {
      delChoices.run(id);
      delFts.run(rowid);
    },
    clear() {
      clearChoices.run();
      clearFts.run();
    },
  };
}

/** After a migration made the search index anew (003): every application's words go in again, once. */
function reindexIfStale(db: SqliteDatabase, putFts: { run(...values: (string | number)[]): unknown }): void {
  const stale = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'application_fts_stale'").get();
  if (!stale || !db.prepare('SELECT 1 FROM application_fts_stale').get()) return;
  db.transaction(() => {
    for (const r of db.prepare<[], { rowid: number; data: string }>('SELECT rowid, data FROM application').all()) putFts.run(r.rowid, ...applicationSearchText(JSON.parse(r.data) as Application));
    db.prepare('DELETE FROM application_fts_stale').run();
  })();
}

const harbour: EntityTableSpec<Harbour> = { entity: 'harbour', table: 'harbour', columns: ['name_fi'], values: (h) => [h.name.fi] };
const pier: EntityTableSpec<Pier> = { entity: 'pier', table: 'pier', columns: ['harbour_id', 'identifier'], values: (p) => [p.harbourId, p.identifier] };
const berth: EntityTableSpec<Berth> = {
  entity: 'berth',
  table: 'berth',
  columns: ['harbour_id', 'pier_id', 'number', 'width', 'length', 'is_active'],
  values: (b) => [b.harbourId, b.pierId, b.number, b.width, b.length, b.isActive ? 1 : 0],
};
const customer: EntityTableSpec<Customer> = { entity: 'customer', table: 'customer', columns: ['kind'], values: (c) => [c.kind] };
const boat: EntityTableSpec<Boat> = { entity: 'boat', table: 'boat', columns: ['customer_id'], values: (b) => [b.customerId] };
const application: EntityTableSpec<Application> = {
  entity: 'application',
  table: 'application',
  columns: ['reference', 'kind', 'status', 'priority', 'received_ms', 'season', 'customer_id', 'applicant_sort', 'boat_width', 'boat_length', 'first_choice_id', 'choice_count'],
  values: (a) => [
    a.reference,
    a.kind,
    a.status,
    a.priority,
    Date.parse(a.receivedAt),
    a.season,
    a.customerId,
    finnishSortKey(`${a.applicant.lastName} ${a.applicant.firstName}`),
    a.boat.width,
    a.boat.length,
    a.harbourChoices[0] ?? null,
    a.harbourChoices.length,
  ],
  sidecar: applicationSidecar,
};
const lease: EntityTableSpec<Lease> = {
  entity: 'lease',
  table: 'lease',
  columns: ['berth_id', 'application_id', 'season', 'status', 'due_date'],
  values: (l) => [l.berthId, l.applicationId, l.season, l.status, l.dueDate],
};
const applicationEvent: EntityTableSpec<ApplicationEvent> = {
  entity: 'application_event',
  table: 'application_event',
  columns: ['application_id', 'at_ms'],
  values: (e) => [e.applicationId, Date.parse(e.at)],
};

const berthOrder: EntityTableSpec<BerthOrder> = {
  entity: 'berth_order',
  table: 'berth_order',
  columns: ['lease_id', 'application_id', 'status'],
  values: (o) => [o.leaseId, o.applicationId, o.status],
};

/** Every berth entity's table. The raw-insert benchmark writes through these same specs. */
export const BERTH_TABLES = [
  harbour,
  pier,
  berth,
  { entity: 'berth_product', table: 'berth_product', columns: [], values: () => [] },
  { entity: 'switch_reason', table: 'switch_reason', columns: [], values: () => [] },
  customer,
  boat,
  application,
  lease,
  applicationEvent,
  berthOrder,
] as const satisfies readonly EntityTableSpec<never>[];
