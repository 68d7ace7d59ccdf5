import type { Reservation } from '../../../domain/bookings/entities.ts';
import type { RelationIndex } from '../../../domain/space-holds/related-units.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';

export interface StoredReservation {
  record: Reservation;
  pending: boolean;
}

const overlapping = preparedFor((db: SqliteDatabase) =>
  db.prepare<[string, number, number], { data: string; pending: number }>(
    'SELECT data, pending FROM reservation WHERE reservation_unit_id = ? AND ends_ms > ? AND begins_ms < ? ORDER BY begins_ms, id',
  ),
);

/** A reservation unit's bookings (any state) whose own time meets [from, to). */
export function bookingsBetween(db: SqliteDatabase, reservationUnitId: string, fromMs: number, toMs: number): StoredReservation[] {
  return overlapping(db)
    .all(reservationUnitId, fromMs, toMs)
    .map((r) => ({ record: JSON.parse(r.data) as Reservation, pending: r.pending === 1 }));
}

/**
 * How far a booking's buffers can reach beyond its own time: a buffer is at most a day (the
 * payload's limit), a whole-day unit's runs to the next midnight (at most 25 hours).
 */
export const BUFFER_REACH_MS = 2 * 86_400_000;

/**
 * The bookings of every unit related to this one whose buffered time can meet [from, to): what the
 * conflict rule needs to judge a slot there (it keeps only the blocking ones itself).
 */
export function relatedBookings(db: SqliteDatabase, relations: RelationIndex, reservationUnitId: string, fromMs: number, toMs: number): Reservation[] {
  const out: Reservation[] = [];
  for (const unitId of relations.related(reservationUnitId).keys()) {
    for (const r of bookingsBetween(db, unitId, fromMs - BUFFER_REACH_MS, toMs + BUFFER_REACH_MS)) out.push(r.record);
  }
  return out;
}
