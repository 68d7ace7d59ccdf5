import type { Reservation, ReservationSeries } from '../../domain/bookings/entities.ts';
import { BLOCKING_STATES, type ReservationTiming } from '../../domain/bookings/vocabulary.ts';
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
const REACH_MS = 2 * 86_400_000;

/**
 * The blocking reservations of these reservation units that can meet the span [from, to): what
 * the conflict rule judges a slot against. A separate statement after the locks, so its snapshot
 * includes whatever an earlier lock holder committed.
 */
export async function blockingAround(tx: Queryable, reservationUnitIds: readonly string[], fromMs: number, toMs: number): Promise<ReservationTiming[]> {
  if (reservationUnitIds.length === 0) return [];
  // Only what the rule reads: a whole record per booking costs most of a series' decision.
  const res = await tx.query<ReservationTiming>(
    `SELECT id::text AS "id", reservation_unit_id::text AS "reservationUnitId", begins_at AS "beginsAt", ends_at AS "endsAt",
            state, type, (data->>'bufferBeforeMin')::int AS "bufferBeforeMin", (data->>'bufferAfterMin')::int AS "bufferAfterMin"
       FROM reservation
      WHERE reservation_unit_id = ANY($1::uuid[]) AND state = ANY($2::text[])
        AND begins_at::timestamptz < $4::timestamptz AND ends_at::timestamptz > $3::timestamptz`,
    [reservationUnitIds, BLOCKING_STATES, new Date(fromMs - REACH_MS).toISOString(), new Date(toMs + REACH_MS).toISOString()],
    'bookings_blocking_around',
  );
  return res.rows;
}
