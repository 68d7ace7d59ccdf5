import type { PriceList } from '../../../domain/bookings/contract.ts';
import type { ReservationUnit } from '../../../domain/bookings/entities.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { BookingRights } from './rights.ts';

const row = preparedFor((db: SqliteDatabase) => db.prepare<[string], { data: string; pending: number }>('SELECT data, pending FROM reservation_unit WHERE id = ?'));

/** A reservation unit's prices, oldest first, with which of them have begun and whether the user may change them. */
export function getPrices(db: SqliteDatabase, rights: BookingRights, reservationUnitId: string, now: Date): Result<PriceList> {
  const found = row(db).get(reservationUnitId);
  const unit = found ? (JSON.parse(found.data) as ReservationUnit) : null;
  if (!unit || !rights.may('bookings.resources.read', unit.unitId)) return fail('not_found', `The reservation unit ${reservationUnitId} does not exist.`);
  return ok({
    reservationUnitId: unit.id,
    pricings: [...unit.pricings].sort((a, b) => a.begins.localeCompare(b.begins)),
    today: helsinkiDateOf(now.getTime()),
    canManage: rights.may('bookings.resources.write', unit.unitId),
    pending: found!.pending === 1,
  });
}
