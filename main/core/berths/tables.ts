import type { Application, ApplicationEvent, Berth, Customer, Boat, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import type { EntityTableSpec, Sidecar } from '../cache/entity-table.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { compactText, finnishSortKey } from '../cache/search-text.ts';
import { ftsRows, refillWhenMarked, sameText } from '../cache/fts-index.ts';
import { berthSearchSidecar, boatSearchSidecar, customerSearchSidecar, harbourSearchSidecar, leaseSearchSidecar, pierSearchSidecar } from './customer-search-index.ts';

// Shared with the other workspaces' lists since bookings came.
export { finnishSortKey } from '../cache/search-text.ts';

const digits = (s: string) => s.replace(/\D+/g, '');

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
    `${a.boat.registrationNumber} ${compactText(a.boat.registrationNumber)}`,
    a.boat.name,
    a.boat.model,
    `${a.reference} ${compactText(a.reference)}`,
    a.applicationCode ?? '',
    `${a.applicant.address} ${a.applicant.zipCode}`,
  ];
}

const APPLICATION_FTS_COLUMNS = ['names', 'company', 'email', 'phone', 'registration', 'boat_name', 'model', 'reference', 'application_code', 'address'];

function applicationSidecar(db: SqliteDatabase): Sidecar<Application> {
  const delChoices = db.prepare<[number | bigint]>('DELETE FROM application_choice WHERE application_rowid = ?');
  // An upsert, not INSERT OR REPLACE: see putOwner in customer-search-index.ts.
  const addChoice = db.prepare<[number | bigint, number, string]>(
    'INSERT INTO application_choice (application_rowid, choice_order, harbour_id) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET harbour_id = excluded.harbour_id',
  );
  const fts = ftsRows(db, 'application_fts', APPLICATION_FTS_COLUMNS);
  // After a migration made the search index anew (003): every application's words go in again, once.
  refillWhenMarked(db, 'application_fts_stale', () => {
    for (const r of db.prepare<[], { rowid: number; data: string }>('SELECT rowid, data FROM application').all()) fts.put(r.rowid, applicationSearchText(JSON.parse(r.data) as Application));
  });
  const clearChoices = db.prepare('DELETE FROM application_choice');
  return {
    // Most updates change a status, not what is searched or chosen: skip the index work then.
    write(rowid, _id, a, previous) {
      if (!previous || !sameText(previous.harbourChoices, a.harbourChoices)) {
        if (previous) delChoices.run(rowid);
        a.harbourChoices.forEach((h, i) => addChoice.run(rowid, i + 1, h));
      }
      const text = applicationSearchText(a);
      if (!previous || !sameText(applicationSearchText(previous), text)) fts.put(rowid, text);
    },
    remove(rowid) {
      delChoices.run(rowid);
      fts.remove(rowid);
    },
    clear() {
      clearChoices.run();
      fts.clear();
    },
  };
}

const harbour: EntityTableSpec<Harbour> = { entity: 'harbour', table: 'harbour', columns: ['name_fi'], values: (h) => [h.name.fi], sidecar: harbourSearchSidecar };
const pier: EntityTableSpec<Pier> = { entity: 'pier', table: 'pier', columns: ['harbour_id', 'identifier'], values: (p) => [p.harbourId, p.identifier], sidecar: pierSearchSidecar };
const berth: EntityTableSpec<Berth> = {
  entity: 'berth',
  table: 'berth',
  columns: ['harbour_id', 'pier_id', 'number', 'width', 'length', 'is_active'],
  values: (b) => [b.harbourId, b.pierId, b.number, b.width, b.length, b.isActive ? 1 : 0],
  sidecar: berthSearchSidecar,
};
const customer: EntityTableSpec<Customer> = { entity: 'customer', table: 'customer', columns: ['kind'], values: (c) => [c.kind], sidecar: customerSearchSidecar };
const boat: EntityTableSpec<Boat> = { entity: 'boat', table: 'boat', columns: ['customer_id'], values: (b) => [b.customerId], sidecar: boatSearchSidecar };
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
  sidecar: leaseSearchSidecar,
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
