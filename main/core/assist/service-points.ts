import type { ServicePointOption } from '../../../domain/assist/contract.ts';
import type { ServicePoint } from '../../../domain/assist/entities.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { Permission } from '../../../domain/roles.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { AssistRights } from './rights.ts';
import { asRows } from './rows.ts';

export function pointOption(point: ServicePoint, rights: AssistRights): ServicePointOption {
  return { id: point.id, name: point.name, ticketPrefix: point.ticketPrefix, active: point.active, rights: rights.at(point.id) };
}

/** The service points the user holds any right at, by Finnish name. */
export function listServicePoints(db: SqliteDatabase, rights: AssistRights): ServicePointOption[] {
  return asRows(db)
    .servicePoints()
    .map((p) => pointOption(p.record, rights))
    .filter((o) => Object.values(o.rights).some(Boolean))
    .sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi') || a.id.localeCompare(b.id));
}

/** The point, when it is in the cache and the user holds the permission there; a clear refusal otherwise. */
export function pointWith(db: SqliteDatabase, rights: AssistRights, servicePointId: string, permission: Permission): Result<ServicePoint> {
  const point = asRows(db).servicePoint(servicePointId)?.record;
  if (!point) return fail('not_found', `The service point ${servicePointId} does not exist.`);
  if (!rights.may(permission, point.id)) return fail('forbidden', `Your roles give you no right to this at ${point.name.fi}.`);
  return ok(point);
}
