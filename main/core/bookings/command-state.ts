import type { BookingCommandPayload, BookingCommandType } from '../../../domain/bookings/commands.ts';
import type { BookingCommandStates, ReservationCommandState } from '../../../domain/bookings/decide.ts';
import type { DenyReason, Reservation, ReservationSeries, ReservationUnit } from '../../../domain/bookings/entities.ts';
import { checkSlot } from '../../../domain/bookings/conflicts.ts';
import { addDays, helsinkiDateOf, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';
import { loadRelations, loadReservationUnit, openingOn } from './structure.ts';
import { relatedBookings } from './timeline.ts';
import { rescheduleState } from './preview-reschedule.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  reservation: db.prepare<[string], VersionedData>('SELECT version, data FROM reservation WHERE id = ?'),
  series: db.prepare<[string], VersionedData>('SELECT version, data FROM reservation_series WHERE id = ?'),
  members: db.prepare<[string], VersionedData>('SELECT version, data FROM reservation WHERE series_id = ? ORDER BY begins_ms, id'),
  denyReasons: db.prepare<[], { data: string }>('SELECT data FROM deny_reason'),
  reservationUnit: db.prepare<[string], VersionedData>('SELECT version, data FROM reservation_unit WHERE id = ?'),
}));

const denyReasons = (db: SqliteDatabase) => statements(db).denyReasons.all().map((r) => JSON.parse(r.data) as DenyReason);

/**
 * The conflict rule closed over the cached bookings of the units related to the slot's: what the
 * deciders of new bookings and of a return to handling need.
 */
function slotCheckOn(db: SqliteDatabase) {
  // Built on the first check only: most handler commands never ask (rebase runs them all).
  let relations: ReturnType<typeof loadRelations> | null = null;
  return (slot: Parameters<typeof checkSlot>[0]) => {
    relations ??= loadRelations(db);
    return checkSlot(slot, relatedBookings(db, relations, slot.reservationUnitId, Date.parse(slot.beginsAt), Date.parse(slot.endsAt)), relations);
  };
}

function reservationState(db: SqliteDatabase, reservationId: string): ReservationCommandState {
  return { reservation: parseRow<Reservation>(statements(db).reservation.get(reservationId)), denyReasons: denyReasons(db), checkSlot: slotCheckOn(db) };
}

const reservationUnitState = (db: SqliteDatabase, id: string) => ({ reservationUnit: parseRow<ReservationUnit>(statements(db).reservationUnit.get(id)) });

type Loader<T extends BookingCommandType> = (db: SqliteDatabase, payload: BookingCommandPayload<T>) => BookingCommandStates[T];

/**
 * The local state each bookings decider needs, read from the cache as it is now (optimistic rows
 * included). A reserver's "own bookings only" is checked when the command is issued
 * (booking-workspace.ts authorize); the central checks it again with the grants it holds.
 */
export const BOOKING_STATE_LOADERS: { [T in BookingCommandType]: Loader<T> } = {
  'bookings.approveReservation': (db, p) => reservationState(db, p.reservationId),
  'bookings.denyReservation': (db, p) => reservationState(db, p.reservationId),
  'bookings.returnToHandling': (db, p) => reservationState(db, p.reservationId),
  'bookings.cancelReservation': (db, p) => reservationState(db, p.reservationId),
  'bookings.createStaffReservation': (db, p) => ({ reservationUnit: loadReservationUnit(db, p.reservationUnitId), checkSlot: slotCheckOn(db) }),
  'bookings.createSeries': (db, p) => {
    const relations = loadRelations(db);
    const from = startOfHelsinkiDay(p.beginDate);
    const to = startOfHelsinkiDay(addDays(p.endDate, 1));
    return { reservationUnit: loadReservationUnit(db, p.reservationUnitId), existing: relatedBookings(db, relations, p.reservationUnitId, from, to), relations };
  },
  'bookings.requestReservation': (db, p) => {
    const unit = loadReservationUnit(db, p.reservationUnitId);
    return { reservationUnit: unit, openingHours: unit && openingOn(db, unit, helsinkiDateOf(Date.parse(p.beginsAt))), checkSlot: slotCheckOn(db) };
  },
  'bookings.endSeries': (db, p) => {
    const s = statements(db);
    return {
      series: parseRow<ReservationSeries>(s.series.get(p.seriesId)),
      members: s.members.all(p.seriesId).map((r) => parseRow<Reservation>(r)!),
      denyReasons: denyReasons(db),
    };
  },
  'bookings.rescheduleSeries': (db, p) => rescheduleState(db, p),
  'bookings.setPrices': (db, p) => reservationUnitState(db, p.reservationUnitId),
  'bookings.setUnitRules': (db, p) => reservationUnitState(db, p.reservationUnitId),
};
