import type { OpeningHoursRecord, Reservation, ReservationSeries, ReservationUnit } from '../../domain/bookings/entities.ts';
import type { DayOpenings } from '../../domain/bookings/decide-request.ts';
import { BLOCKING_STATES, type ReservationTiming, type ReservationUnitLinks } from '../../domain/bookings/vocabulary.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

// Ids in payloads are any text (the domain's ids need not be UUIDs); the tables' keys are UUIDs.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The reservation, row-locked; null when there is none (or the id is no UUID). */
export async function lockReservation(tx: Queryable, id: string): Promise<Versioned<Reservation> | null> {
  if (!UUID.test(id)) return null;
  const res = await tx.query<{ data: Reservation; version: number }>(
    'SELECT data, version FROM reservation WHERE id = $1 FOR UPDATE',
    [id.toLowerCase()],
    'bookings_lock_reservation',
  );
  const row = res.rows[0];
  return row ? { record: row.data, version: row.version } : null;
}

/** The reservation unit, row-locked; null when there is none (or the id is no UUID). */
export async function lockReservationUnit(tx: Queryable, id: string): Promise<Versioned<ReservationUnit> | null> {
  if (!UUID.test(id)) return null;
  const res = await tx.query<{ data: ReservationUnit; version: number }>('SELECT data, version FROM reservation_unit WHERE id = $1 FOR UPDATE', [id.toLowerCase()], 'bookings_lock_reservation_unit');
  const row = res.rows[0];
  return row ? { record: row.data, version: row.version } : null;
}

/** The series and its occurrences, all row-locked (series first, then occurrences in id order). */
export async function lockSeries(tx: Queryable, id: string): Promise<{ series: Versioned<ReservationSeries>; occurrences: Versioned<Reservation>[] } | null> {
  if (!UUID.test(id)) return null;
  const res = await tx.query<{ data: ReservationSeries; version: number }>(
    'SELECT data, version FROM reservation_series WHERE id = $1 FOR UPDATE',
    [id.toLowerCase()],
    'bookings_lock_series',
  );
  const row = res.rows[0];
  if (!row) return null;
  const occ = await tx.query<{ data: Reservation; version: number }>(
    'SELECT data, version FROM reservation WHERE series_id = $1 ORDER BY id FOR UPDATE',
    [row.data.id],
    'bookings_lock_series_occurrences',
  );
  return { series: { record: row.data, version: row.version }, occurrences: occ.rows.map((r) => ({ record: r.data, version: r.version })) };
}

/** How far around a slot a booking can still reach it: a whole-day unit's buffers, with room to spare. */
export const REACH_MS = 2 * 86_400_000;
const REACH_MIN = REACH_MS / 60_000;

/** A stretch of time [from, to) in epoch milliseconds. */
export interface Window {
  from: number;
  to: number;
}

const rangeText = (w: Window) => `[${new Date(w.from).toISOString()},${new Date(w.to).toISOString()})`;

/**
 * The blocking reservations of these reservation units whose buffered time can meet one of the
 * windows: what the conflict rule judges slots against, when each window is a slot's own
 * buffered time. Whatever blocks a slot meets it buffer to buffer (conflict-index.ts), so the
 * rule's answer is the same as over every booking of the units; a year's series reads only the
 * bookings around its dates instead of the year's thousands, which was most of its decision.
 * A booking's reach is its own buffers, else its unit's; a whole-day unit's reaches its day's
 * midnights (at most REACH_MS); BLOCKED has none. A separate statement after the locks, so its
 * snapshot includes whatever an earlier lock holder committed.
 */
export async function blockingAround(tx: Queryable, units: readonly ReservationUnitLinks[], windows: readonly Window[]): Promise<ReservationTiming[]> {
  const spans = windows.filter((w) => w.to > w.from);
  if (units.length === 0 || spans.length === 0) return [];
  // Only what the rule reads: a whole record per booking costs most of a series' decision.
  const res = await tx.query<ReservationTiming>(
    `WITH u AS (SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::bool[]) AS u(id, before_min, after_min, whole_day)),
          b AS (
            SELECT r.id, r.reservation_unit_id, r.begins_at, r.ends_at, r.state, r.type,
                   (r.data->>'bufferBeforeMin')::int AS before_min, (r.data->>'bufferAfterMin')::int AS after_min,
                   CASE WHEN r.type = 'BLOCKED' THEN 0 WHEN u.whole_day THEN ${REACH_MIN} ELSE coalesce((r.data->>'bufferBeforeMin')::int, u.before_min) END AS reach_before,
                   CASE WHEN r.type = 'BLOCKED' THEN 0 WHEN u.whole_day THEN ${REACH_MIN} ELSE coalesce((r.data->>'bufferAfterMin')::int, u.after_min) END AS reach_after
              FROM reservation r JOIN u ON u.id = r.reservation_unit_id
             WHERE r.state = ANY($5::text[]))
     SELECT id::text AS "id", reservation_unit_id::text AS "reservationUnitId", begins_at AS "beginsAt", ends_at AS "endsAt",
            state, type, before_min AS "bufferBeforeMin", after_min AS "bufferAfterMin"
       FROM b
      -- greatest: a record that ends before it begins (none should) must not fail every decision near it.
      WHERE tstzrange(begins_at::timestamptz - make_interval(mins => reach_before),
                      greatest(begins_at::timestamptz, ends_at::timestamptz) + make_interval(mins => reach_after)) && $6::tstzmultirange`,
    [
      units.map((u) => u.id),
      units.map((u) => u.bufferBeforeMin),
      units.map((u) => u.bufferAfterMin),
      units.map((u) => u.blockWholeDay),
      BLOCKING_STATES,
      `{${spans.map(rangeText).join(',')}}`,
    ],
    'bookings_blocking_around',
  );
  return res.rows;
}

/**
 * A reservation unit's opening hours on a Helsinki date: its own record when it has one, else its
 * unit's; null when no record covers the date (unknown, which is not the same as closed).
 */
export async function openingHoursOn(tx: Queryable, ru: Pick<ReservationUnit, 'id' | 'unitId'>, date: string): Promise<DayOpenings | null> {
  const res = await tx.query<{ data: OpeningHoursRecord }>(
    `SELECT data FROM booking_opening_hours WHERE unit_id = $1 AND data->>'from' <= $2 AND data->>'to' >= $2
     ORDER BY data->>'from' DESC, id`,
    [ru.unitId, date],
    'bookings_opening_hours_on',
  );
  const records = res.rows.map((r) => r.data);
  const record = records.find((r) => r.reservationUnitId === ru.id) ?? records.find((r) => r.reservationUnitId === null);
  return record ? (record.days[date] ?? []) : null;
}
