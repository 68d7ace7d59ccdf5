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
const LEAD: Record<Sort['column'], string[]> = {
  beginsAt: TIES,
  createdAt: ['r.created_ms ASC', 'r.id ASC'],
  name: ['r.name_sort ASC', ...TIES],
  state: [`${STATE_RANK} ASC`, ...TIES],
  unit: ['u.name_sort ASC', ...TIES],
  reservationUnit: ['ru.name_sort ASC', ...TIES],
  reservee: ['r.reservee_sort ASC', ...TIES],
  price: ['r.price_cents ASC', ...TIES],
};

/** ORDER BY terms: ties by begin and id so paging is stable; descending reverses every term. */
function orderBy(sort: Sort): string {
  const terms = LEAD[sort.column];
  if (sort.direction === 'asc') return terms.join(', ');
  return terms.map((t) => `${t.slice(0, -4)} DESC`).join(', ');
}

const JOINS: Partial<Record<Sort['column'], string>> = {
  unit: 'LEFT JOIN booking_unit u ON u.id = r.unit_id',
  reservationUnit: 'LEFT JOIN reservation_unit ru ON ru.id = r.reservation_unit_id',
};

const dayStart = (date: string) => startOfHelsinkiDay(date);
const dayEnd = (date: string) => startOfHelsinkiDay(addDays(date, 1));

function inList(column: string, values: readonly SqlValue[], terms: string[], params: SqlValue[]): void {
  terms.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

/**
 * WHERE terms: the units the user may read, then every filter of the list (brief 5.3). A date is
 * a Helsinki day: "to" includes the whole day.
 */
function where(filter: Filter, rights: BookingRights): { sql: string; params: SqlValue[] } {
  const readable = rights.readableUnitsSql('r.unit_id');
  const terms: string[] = [readable.sql];
  const params: SqlValue[] = [...readable.params];
  if (filter.states?.length) inList('r.state', filter.states, terms, params);
  if (filter.types?.length) inList('r.type', filter.types, terms, params);
  if (filter.unitIds?.length) inList('r.unit_id', filter.unitIds, terms, params);
  if (filter.reservationUnitIds?.length) inList('r.reservation_unit_id', filter.reservationUnitIds, terms, params);
  if (filter.payment?.length) inList('r.payment', filter.payment, terms, params);
  const range = (column: string, op: string, value: number) => {
    terms.push(`${column} ${op} ?`);
    params.push(value);
  };
  if (filter.from) range('r.begins_ms', '>=', dayStart(filter.from));
  if (filter.to) range('r.begins_ms', '<', dayEnd(filter.to));
  if (filter.createdFrom) range('r.created_ms', '>=', dayStart(filter.createdFrom));
  if (filter.createdTo) range('r.created_ms', '<', dayEnd(filter.createdTo));
  if (filter.priceMinCents !== undefined) range('r.price_cents', '>=', filter.priceMinCents);
  if (filter.priceMaxCents !== undefined) range('r.price_cents', '<=', filter.priceMaxCents);
  if (filter.recurring) terms.push(filter.recurring === 'recurring' ? 'r.series_id IS NOT NULL' : 'r.series_id IS NULL');
  const match = searchMatch(filter.text);
  if (match.kind === 'none') terms.push('0');
  if (match.kind === 'match') {
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
  const w = where(input.filter, rights);
  const total = prepared<{ n: number }>(db, `SELECT COUNT(*) AS n FROM reservation r ${w.sql}`).get(...w.params)!.n;
  const join = JOINS[input.sort.column] ?? '';
  const keys = prepared<{ rid: number }>(db, `SELECT r.rowid AS rid FROM reservation r ${join} ${w.sql} ORDER BY ${orderBy(input.sort)} LIMIT ? OFFSET ?`).all(
    ...w.params,
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
