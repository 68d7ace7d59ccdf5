import type { ReservationList, ReservationRow } from '../../../domain/bookings/contract.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import type { Reservation, ReservationUnit, Unit } from '../../../domain/bookings/entities.ts';
import { RESERVATION_STATES } from '../../../domain/bookings/vocabulary.ts';
import { addDays, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase, SqliteStatement } from '../db/open-database.ts';
import type { SqlValue } from '../cache/entity-table.ts';
import { preparedFor } from '../cache/prepared.ts';
import { searchMatch } from '../cache/search-text.ts';
import type { BookingRights } from './rights.ts';
import { reserveeName } from './reservee.ts';

type Input = ParsedInput<'bookings.listReservations'>;
type Filter = Input['filter'];
type Sort = Input['sort'];

const TIES = ['r.begins_ms ASC', 'r.id ASC'];
const STATE_RANK = `CASE r.state ${RESERVATION_STATES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const LEAD: Record<Exclude<Sort['column'], 'unit' | 'reservationUnit'>, string[]> = {
  beginsAt: TIES,
  createdAt: ['r.created_ms ASC', 'r.id ASC'],
  name: ['r.name_sort ASC', ...TIES],
  state: [`${STATE_RANK} ASC`, ...TIES],
  reservee: ['r.reservee_sort ASC', ...TIES],
  price: ['r.price_cents ASC', ...TIES],
};

/** Ids in their names' Finnish order: a unit's or reservation unit's place in a sort by name. */
const nameOrder = preparedFor((db: SqliteDatabase) => ({
  unit: db.prepare<[], { id: string }>('SELECT id FROM booking_unit ORDER BY name_sort, id'),
  reservationUnit: db.prepare<[], { id: string }>('SELECT id FROM reservation_unit ORDER BY name_sort, id'),
}));

/**
 * ORDER BY terms: ties by begin and id so paging is stable; descending reverses every term. A
 * sort by a unit's name ranks the (few) units by name in SQL, so no join is needed.
 */
function orderBy(db: SqliteDatabase, sort: Sort): { sql: string; params: SqlValue[] } {
  let terms: string[];
  let params: SqlValue[] = [];
  if (sort.column === 'unit' || sort.column === 'reservationUnit') {
    const ids = nameOrder(db)[sort.column].all().map((r) => r.id);
    const column = sort.column === 'unit' ? 'r.unit_id' : 'r.reservation_unit_id';
    terms = [ids.length ? `CASE ${column} ${ids.map((_, i) => `WHEN ? THEN ${i}`).join(' ')} END ASC` : '0 ASC', ...TIES];
    params = ids;
  } else {
    terms = LEAD[sort.column];
  }
  const sql = sort.direction === 'asc' ? terms.join(', ') : terms.map((t) => `${t.slice(0, -4)} DESC`).join(', ');
  return { sql, params };
}

/** Where a Helsinki day begins and where it ends (the next one's begin); undefined stays undefined. */
const dayStart = (date: string | undefined) => (date === undefined ? undefined : startOfHelsinkiDay(date));
const dayEnd = (date: string | undefined) => (date === undefined ? undefined : startOfHelsinkiDay(addDays(date, 1)));

/**
 * WHERE terms: the units the user may read, then every filter of the list (brief 5.3). A date is
 * a Helsinki day: "to" includes the whole day. `narrow`: every column is written `+r.x`, so no
 * index serves a term and the planner reads the narrow reservation_filter index whole instead of
 * looking up wide rows one by one (counting, and sorts that need every matching row).
 */
function where(filter: Filter, rights: BookingRights, narrow: boolean): { sql: string; params: SqlValue[] } {
  const c = (column: string) => (narrow ? `+r.${column}` : `r.${column}`);
  const readable = rights.readableUnitsSql(c('unit_id'));
  const terms: string[] = [readable.sql];
  const params: SqlValue[] = [...readable.params];
  const inList = (column: string, values: readonly SqlValue[] | undefined) => {
    if (!values?.length) return;
    terms.push(`${c(column)} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('state', filter.states);
  inList('type', filter.types);
  inList('unit_id', filter.unitIds);
  inList('reservation_unit_id', filter.reservationUnitIds);
  inList('payment', filter.payment);
  const range = (column: string, op: string, value: number | undefined) => {
    if (value === undefined) return;
    terms.push(`${c(column)} ${op} ?`);
    params.push(value);
  };
  range('begins_ms', '>=', dayStart(filter.from));
  range('begins_ms', '<', dayEnd(filter.to));
  range('created_ms', '>=', dayStart(filter.createdFrom));
  range('created_ms', '<', dayEnd(filter.createdTo));
  range('price_cents', '>=', filter.priceMinCents);
  range('price_cents', '<=', filter.priceMaxCents);
  if (filter.recurring) terms.push(`${c('series_id')} ${filter.recurring === 'recurring' ? 'IS NOT NULL' : 'IS NULL'}`);
  const match = searchMatch(filter.text);
  if (match.kind === 'none') terms.push('0');
  if (match.kind === 'match') {
    // Matches are found by rowid, which every index holds: the narrow scan stays narrow.
    terms.push('r.rowid IN (SELECT rowid FROM reservation_fts WHERE reservation_fts MATCH ?)');
    params.push(match.query);
  }
  return { sql: `WHERE ${terms.join(' AND ')}`, params };
}

// A handful of distinct shapes (filters x sort) recur all day: keep their statements.
const cache = new WeakMap<SqliteDatabase, Map<string, SqliteStatement<SqlValue[], unknown>>>();
function prepared<R>(db: SqliteDatabase, sql: string): SqliteStatement<SqlValue[], R> {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let stmt = byDb.get(sql);
  if (!stmt) {
    if (byDb.size > 200) byDb.clear();
    stmt = db.prepare<SqlValue[], unknown>(sql);
    byDb.set(sql, stmt);
  }
  return stmt as SqliteStatement<SqlValue[], R>;
}

const statements = preparedFor((db: SqliteDatabase) => ({
  row: db.prepare<[number], { data: string; pending: number }>('SELECT data, pending FROM reservation WHERE rowid = ?'),
  unit: db.prepare<[string], { data: string }>('SELECT data FROM booking_unit WHERE id = ?'),
  reservationUnit: db.prepare<[string], { data: string }>('SELECT data FROM reservation_unit WHERE id = ?'),
}));

const NO_NAME = { fi: '', sv: '', en: '' };

/** The reservation list: filtered, sorted and paged in SQL; only the page's rows are parsed. */
export function listReservations(db: SqliteDatabase, input: Input, rights: BookingRights): ReservationList {
  const text = searchMatch(input.filter.text).kind === 'match';
  // A text search finds few rows by rowid; anything else is counted off the narrow index.
  const counted = where(input.filter, rights, !text);
  const total = prepared<{ n: number }>(db, `SELECT COUNT(*) AS n FROM reservation r ${counted.sql}`).get(...counted.params)!.n;
  const byName = input.sort.column === 'unit' || input.sort.column === 'reservationUnit';
  const w = byName && !text ? counted : where(input.filter, rights, false);
  const order = orderBy(db, input.sort);
  const keys = prepared<{ rid: number }>(db, `SELECT r.rowid AS rid FROM reservation r ${w.sql} ORDER BY ${order.sql} LIMIT ? OFFSET ?`).all(
    ...w.params,
    ...order.params,
    input.limit,
    input.offset,
  );
  const s = statements(db);
  const names = new Map<string, Unit['name']>();
  const nameOf = (kind: 'unit' | 'reservationUnit', id: string) => {
    const key = `${kind}:${id}`;
    let name = names.get(key);
    if (!name) {
      const row = s[kind].get(id);
      name = row ? (JSON.parse(row.data) as Unit | ReservationUnit).name : NO_NAME;
      names.set(key, name);
    }
    return name;
  };
  const rows = keys.map((k): ReservationRow => {
    const stored = s.row.get(k.rid)!;
    return reservationRow(JSON.parse(stored.data) as Reservation, stored.pending === 1, nameOf);
  });
  return { total, rows };
}

function reservationRow(r: Reservation, pending: boolean, nameOf: (kind: 'unit' | 'reservationUnit', id: string) => Unit['name']): ReservationRow {
  return {
    id: r.id,
    name: r.name,
    state: r.state,
    type: r.type,
    unitId: r.unitId,
    unitName: nameOf('unit', r.unitId),
    reservationUnitId: r.reservationUnitId,
    reservationUnitName: nameOf('reservationUnit', r.reservationUnitId),
    beginsAt: r.beginsAt,
    endsAt: r.endsAt,
    reserveeName: reserveeName(r),
    reserveeKind: r.reserveeKind,
    priceCents: r.priceCents,
    undiscountedPriceCents: r.undiscountedPriceCents,
    paymentStatus: r.paymentStatus,
    createdAt: r.createdAt,
    seriesId: r.seriesId,
    pending,
  };
}
