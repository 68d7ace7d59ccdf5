import type { BookingUnitOption, OpenRequests } from '../../../domain/bookings/contract.ts';
import { startOfHelsinkiDay, helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { BookingRights } from './rights.ts';
import { loadReservationUnits, loadUnits, reservationUnitOption } from './structure.ts';

/** The units the user may see, in Finnish alphabetical order, each with its reservation units. */
export function listUnits(db: SqliteDatabase, rights: BookingRights): BookingUnitOption[] {
  const reservationUnits = loadReservationUnits(db);
  return loadUnits(db)
    .filter((u) => rights.may('bookings.resources.read', u.id))
    .map((u) => ({
      id: u.id,
      name: u.name,
      groupIds: [...rights.groups].filter(([, units]) => units.includes(u.id)).map(([id]) => id).sort(),
      reservationUnits: reservationUnits.filter((ru) => ru.unitId === u.id).map(reservationUnitOption),
      canHandle: rights.canHandle(u.id),
      canManage: rights.may('bookings.resources.write', u.id),
    }));
}

const waiting = preparedFor((db: SqliteDatabase) =>
  db.prepare<[number], { unit_id: string; n: number }>("SELECT unit_id, COUNT(*) AS n FROM reservation WHERE state = 'REQUIRES_HANDLING' AND begins_ms >= ? GROUP BY unit_id"),
);

/** The queue's badge: requests waiting for a handler, from today on, where the user may handle them. */
export function openRequests(db: SqliteDatabase, rights: BookingRights, now: Date): OpenRequests {
  const from = startOfHelsinkiDay(helsinkiDateOf(now.getTime()));
  const rows = waiting(db).all(from);
  return { count: rows.filter((r) => rights.canHandle(r.unit_id)).reduce((sum, r) => sum + r.n, 0) };
}
