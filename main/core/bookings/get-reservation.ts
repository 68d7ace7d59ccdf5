import type { ReservationDetail } from '../../../domain/bookings/contract.ts';
import type { DenyReason, Reservation, ReservationEvent, ReservationSeries } from '../../../domain/bookings/entities.ts';
import { allowedHandlerActions } from '../../../domain/bookings/transitions.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import { mayActOn, type BookingRights } from './rights.ts';
import { loadReservationUnit, loadUnit } from './structure.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  reservation: db.prepare<[string], { data: string; pending: number }>('SELECT data, pending FROM reservation WHERE id = ?'),
  series: db.prepare<[string], { data: string }>('SELECT data FROM reservation_series WHERE id = ?'),
  events: db.prepare<[string], { data: string }>('SELECT data FROM reservation_event WHERE reservation_id = ? ORDER BY at_ms DESC, id DESC'),
  denyReasons: db.prepare<[], { data: string }>('SELECT data FROM deny_reason ORDER BY rank, id'),
}));

/** The managed deny reasons still in use, in their rank order (the deny dialog's choices). */
export function activeDenyReasons(db: SqliteDatabase): DenyReason[] {
  return statements(db)
    .denyReasons.all()
    .map((r) => JSON.parse(r.data) as DenyReason)
    .filter((d) => d.isActive);
}

const NO_NAME = { fi: '', sv: '', en: '' };

/**
 * One booking with its series and history. Its actions are what its state allows now
 * (transitions.ts) and the user's role on its unit allows: none for a viewer, a reserver's only on
 * what they booked themselves.
 */
export function getReservation(db: SqliteDatabase, rights: BookingRights, id: string, now: Date): Result<ReservationDetail> {
  const s = statements(db);
  const row = s.reservation.get(id);
  const reservation = row ? (JSON.parse(row.data) as Reservation) : null;
  // A booking of a unit the user may not read is answered as one that does not exist.
  if (!row || !reservation || !rights.may('bookings.reservations.read', reservation.unitId)) return fail('not_found', 'The reservation does not exist.');
  const seriesRow = reservation.seriesId ? s.series.get(reservation.seriesId) : undefined;
  const mayAct = mayActOn(rights, reservation.unitId, reservation.userId);
  return ok({
    reservation,
    unitName: loadUnit(db, reservation.unitId)?.name ?? NO_NAME,
    reservationUnitName: loadReservationUnit(db, reservation.reservationUnitId)?.name ?? NO_NAME,
    series: seriesRow ? (JSON.parse(seriesRow.data) as ReservationSeries) : null,
    events: s.events.all(id).map((e) => JSON.parse(e.data) as ReservationEvent),
    allowedActions: mayAct ? allowedHandlerActions(reservation, now.toISOString()) : [],
    denyReasons: activeDenyReasons(db),
    pending: row.pending === 1,
  });
}
