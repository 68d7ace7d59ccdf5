import type { UnitSettings } from '../../../domain/bookings/contract.ts';
import type { ReservationUnit } from '../../../domain/bookings/entities.ts';
import { rulesOf } from '../../../domain/bookings/unit-rules.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { BookingRights } from './rights.ts';

const row = preparedFor((db: SqliteDatabase) => db.prepare<[string], { data: string; pending: number }>('SELECT data, pending FROM reservation_unit WHERE id = ?'));

/** A reservation unit's prices (oldest first, with which have begun) and rules, and whether the user may change them. */
export function unitSettings(db: SqliteDatabase, rights: BookingRights, reservationUnitId: string, now: Date): Result<UnitSettings> {
  const found = row(db).get(reservationUnitId);
  const unit = found ? (JSON.parse(found.data) as ReservationUnit) : null;
  if (!unit || !rights.may('bookings.resources.read', unit.unitId)) return fail('not_found', `The reservation unit ${reservationUnitId} does not exist.`);
  return ok({
    reservationUnitId: unit.id,
    pricings: [...unit.pricings].sort((a, b) => a.begins.localeCompare(b.begins)),
    rules: rulesOf(unit),
    today: helsinkiDateOf(now.getTime()),
    canManage: rights.may('bookings.resources.write', unit.unitId),
    pending: found!.pending === 1,
  });
}
