import type { Berth, Boat, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { Sidecar } from '../cache/entity-table.ts';
import { ftsRows, refillWhenMarked, sameText } from '../cache/fts-index.ts';
import { preparedFor } from '../cache/prepared.ts';
import { compactText, finnishSortKey } from '../cache/search-text.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

/**
 * The customer search index (migration 009): one FTS piece per source row, each written by its
 * own row's sidecar. A piece's rowid is its row's rowid * 8 + its source.
 */
export const CUSTOMER_FTS_COLUMNS = ['names', 'company', 'email', 'address', 'business_id', 'registration', 'berth', 'sticker'] as const;
export type CustomerFtsColumn = (typeof CUSTOMER_FTS_COLUMNS)[number];

/**
 * Where a piece comes from. Winter storage adds `sticker: 3`: a sidecar on its lease writes the
 * sticker number into the `sticker` column with `putPiece`, and customer-search.ts names the
 * column in what matched; the index, its ranking and the queries need nothing else.
 */
export const PIECE_SOURCE = { customer: 0, boat: 1, lease: 2 } as const;
const SOURCES = 8;
export const pieceOf = (rowid: number | bigint, source: number): number => Number(rowid) * SOURCES + source;

type Columns = Partial<Record<CustomerFtsColumn, string>>;
const row = (c: Columns): string[] => CUSTOMER_FTS_COLUMNS.map((k) => c[k] ?? '');
const withCompact = (s: string) => (s ? `${s} ${compactText(s)}` : '');

export function customerColumns(c: Customer): Columns {
  return {
    names: `${c.firstName} ${c.lastName}`,
    company: c.companyName ?? '',
    email: c.email,
    address: `${c.address} ${c.zipCode} ${c.municipality}`,
    business_id: withCompact(c.businessId ?? ''),
  };
}

export const boatColumns = (b: Boat): Columns => ({ registration: withCompact(b.registrationNumber.trim()) });

/** A berth's words: its harbour in Finnish and Swedish, the pier, the number, and "B12" for pier B berth 12. */
export function berthWords(harbour: Harbour | null, pier: Pier | null, berth: Berth): string {
  const p = pier?.identifier ?? '';
  return [harbour?.name.fi, harbour?.name.sv, p, berth.number, p ? `${p}${berth.number}` : ''].filter(Boolean).join(' ');
}

const parse = <T>(r: { data: string } | undefined): T | null => (r ? (JSON.parse(r.data) as T) : null);

const statements = preparedFor((db: SqliteDatabase) => {
  const fts = ftsRows(db, 'customer_fts', CUSTOMER_FTS_COLUMNS);
  const byId = (table: string) => db.prepare<[string], { data: string }>(`SELECT data FROM ${table} WHERE id = ?`);
  return {
    fts,
    // Upserts, not INSERT OR REPLACE: a REPLACE into a table with a secondary index runs in a
    // statement transaction, and FTS5 writes out the terms it holds in memory whenever one opens,
    // so the index was written piece by piece. Refilling it (16,579 pieces) took 550-566 ms with
    // REPLACE, 310-328 ms with upserts.
    putOwner: db.prepare<[number, string]>('INSERT INTO customer_fts_owner (piece, customer_id) VALUES (?, ?) ON CONFLICT (piece) DO UPDATE SET customer_id = excluded.customer_id'),
    delOwner: db.prepare<[number]>('DELETE FROM customer_fts_owner WHERE piece = ?'),
    putName: db.prepare<[string, string]>('INSERT INTO customer_fts_name (customer_id, name_sort) VALUES (?, ?) ON CONFLICT (customer_id) DO UPDATE SET name_sort = excluded.name_sort'),
    delName: db.prepare<[string]>('DELETE FROM customer_fts_name WHERE customer_id = ?'),
    clearSource: db.prepare<[number]>('DELETE FROM customer_fts WHERE rowid IN (SELECT piece FROM customer_fts_owner WHERE piece % 8 = ?)'),
    clearOwners: db.prepare<[number]>('DELETE FROM customer_fts_owner WHERE piece % 8 = ?'),
    clearNames: db.prepare('DELETE FROM customer_fts_name'),
    clearWaiting: db.prepare('DELETE FROM customer_fts_waiting'),
    wait: db.prepare<[string, number]>('INSERT OR IGNORE INTO customer_fts_waiting (resource_id, piece) VALUES (?, ?)'),
    waiting: db.prepare<[string], { piece: number }>('SELECT piece FROM customer_fts_waiting WHERE resource_id = ?'),
    doneWaiting: db.prepare<[string]>('DELETE FROM customer_fts_waiting WHERE resource_id = ?'),
    berth: byId('berth'),
    pier: byId('pier'),
    harbour: byId('harbour'),
    leaseAt: db.prepare<[number], { data: string }>('SELECT data FROM lease WHERE rowid = ?'),
    leasesOn: {
      berth: db.prepare<[string], { rowid: number; data: string }>('SELECT rowid, data FROM lease WHERE berth_id = ?'),
      pier: db.prepare<[string], { rowid: number; data: string }>('SELECT l.rowid, l.data FROM berth b JOIN lease l ON l.berth_id = b.id WHERE b.pier_id = ?'),
      harbour: db.prepare<[string], { rowid: number; data: string }>('SELECT l.rowid, l.data FROM berth b JOIN lease l ON l.berth_id = b.id WHERE b.harbour_id = ?'),
    },
  };
});

/** Writes one piece (or removes it when it has no words) and says whose it is. */
export function putPiece(db: SqliteDatabase, piece: number, customerId: string, columns: Columns): void {
  const s = statements(db);
  const values = row(columns);
  if (values.every((v) => v.trim() === '')) return removePiece(db, piece);
  s.fts.put(piece, values);
  s.putOwner.run(piece, customerId);
}

function removePiece(db: SqliteDatabase, piece: number): void {
  const s = statements(db);
  s.fts.remove(piece);
  s.delOwner.run(piece);
}

function putCustomer(db: SqliteDatabase, rowid: number | bigint, c: Customer): void {
  putPiece(db, pieceOf(rowid, PIECE_SOURCE.customer), c.id, customerColumns(c));
  statements(db).putName.run(c.id, finnishSortKey(`${c.lastName} ${c.firstName} ${c.companyName ?? ''}`));
}

/**
 * A lease's piece names its berth. Only primary-key reads here (a first download has set the
 * other indexes aside); what has not arrived yet is noted, and its own sidecar puts the piece again.
 */
function putLease(db: SqliteDatabase, rowid: number | bigint, l: Lease): void {
  const s = statements(db);
  const piece = pieceOf(rowid, PIECE_SOURCE.lease);
  const berth = parse<Berth>(s.berth.get(l.berthId));
  if (!berth) {
    s.wait.run(l.berthId, piece);
    return removePiece(db, piece);
  }
  const pier = parse<Pier>(s.pier.get(berth.pierId));
  const harbour = parse<Harbour>(s.harbour.get(berth.harbourId));
  if (!pier) s.wait.run(berth.pierId, piece);
  if (!harbour) s.wait.run(berth.harbourId, piece);
  putPiece(db, piece, l.customerId, { berth: berthWords(harbour, pier, berth) });
}

function clearSource(db: SqliteDatabase, source: number): void {
  const s = statements(db);
  s.clearSource.run(source);
  s.clearOwners.run(source);
}

/** Every piece from the rows, once, for a cache that held customers before level 9. */
function refill(db: SqliteDatabase): void {
  for (const r of db.prepare<[], { rowid: number; data: string }>('SELECT rowid, data FROM customer').all()) putCustomer(db, r.rowid, JSON.parse(r.data) as Customer);
  for (const r of db.prepare<[], { rowid: number; data: string }>('SELECT rowid, data FROM boat').all()) {
    const b = JSON.parse(r.data) as Boat;
    putPiece(db, pieceOf(r.rowid, PIECE_SOURCE.boat), b.customerId, boatColumns(b));
  }
  for (const r of db.prepare<[], { rowid: number; data: string }>('SELECT rowid, data FROM lease').all()) putLease(db, r.rowid, JSON.parse(r.data) as Lease);
}

export function customerSearchSidecar(db: SqliteDatabase): Sidecar<Customer> {
  refillWhenMarked(db, 'customer_fts_stale', () => refill(db));
  const s = statements(db);
  return {
    write(rowid, _id, c, previous) {
      if (!previous || !sameText(row(customerColumns(previous)), row(customerColumns(c)))) putCustomer(db, rowid, c);
    },
    remove(rowid, id) {
      removePiece(db, pieceOf(rowid, PIECE_SOURCE.customer));
      s.delName.run(id);
    },
    clear() {
      clearSource(db, PIECE_SOURCE.customer);
      s.clearNames.run();
    },
  };
}

export function boatSearchSidecar(db: SqliteDatabase): Sidecar<Boat> {
  return {
    write(rowid, _id, b, previous) {
      if (previous && previous.customerId === b.customerId && previous.registrationNumber === b.registrationNumber) return;
      putPiece(db, pieceOf(rowid, PIECE_SOURCE.boat), b.customerId, boatColumns(b));
    },
    remove: (rowid) => removePiece(db, pieceOf(rowid, PIECE_SOURCE.boat)),
    clear: () => clearSource(db, PIECE_SOURCE.boat),
  };
}

export function leaseSearchSidecar(db: SqliteDatabase): Sidecar<Lease> {
  const s = statements(db);
  return {
    write(rowid, _id, l, previous) {
      if (previous && previous.customerId === l.customerId && previous.berthId === l.berthId) return;
      putLease(db, rowid, l);
    },
    remove: (rowid) => removePiece(db, pieceOf(rowid, PIECE_SOURCE.lease)),
    clear() {
      clearSource(db, PIECE_SOURCE.lease);
      s.clearWaiting.run();
    },
  };
}

/**
 * On a berth, pier or harbour: the lease pieces that waited for it, and when its words changed
 * (a berth renumbered, a harbour renamed) the pieces of the leases on it, are put again.
 */
function resourceSidecar<R extends { id: string }>(kind: 'berth' | 'pier' | 'harbour', words: (r: R) => string) {
  return (db: SqliteDatabase): Sidecar<R> => {
    const s = statements(db);
    return {
      write(_rowid, id, r, previous) {
        const waiting = s.waiting.all(id);
        if (waiting.length > 0) {
          s.doneWaiting.run(id);
          for (const w of waiting) {
            const lease = parse<Lease>(s.leaseAt.get(Math.floor(w.piece / SOURCES)));
            if (lease) putLease(db, Math.floor(w.piece / SOURCES), lease);
          }
        }
        if (previous && words(previous) !== words(r)) for (const l of s.leasesOn[kind].all(id)) putLease(db, l.rowid, JSON.parse(l.data) as Lease);
      },
      remove: () => {},
      clear: () => {},
    };
  };
}

export const berthSearchSidecar = resourceSidecar<Berth>('berth', (b) => `${b.number} ${b.pierId}`);
export const pierSearchSidecar = resourceSidecar<Pier>('pier', (p) => p.identifier);
export const harbourSearchSidecar = resourceSidecar<Harbour>('harbour', (h) => `${h.name.fi} ${h.name.sv}`);
