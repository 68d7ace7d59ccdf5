import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { canOnUnit, rolesOnUnit, unitsWith, type Permission, type UnitGroups } from '../../../domain/roles.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { loadUnitGroups } from './structure.ts';

/**
 * What the signed-in user may do on each unit, from their grants (a role on a unit, on a unit
 * group, or everywhere). The cache holds only what sync let them see; these checks keep a role to
 * its units even so (a handler of unit A never reads unit B, whatever the file holds).
 */
export interface BookingRights {
  actorId: string;
  /** SQL for "unit_id is one the user may read reservations of": a term and its parameters. */
  readableUnitsSql(column: string): { sql: string; params: string[] };
  may(permission: Permission, unitId: string): boolean;
  canHandle(unitId: string): boolean;
  /** A reserver (without a handler's or admin's role there) acts only on what they booked. */
  onlyOwn(unitId: string): boolean;
  groups: UnitGroups;
}

const FULL_HANDLERS = new Set(['booking_admin', 'booking_handler']);

export function bookingRights(db: SqliteDatabase, actor: StaffUser): BookingRights {
  const groups = loadUnitGroups(db);
  const readable = unitsWith(actor.grants, 'bookings.reservations.read', groups);
  const may = (permission: Permission, unitId: string) => canOnUnit(actor.grants, permission, unitId, groups);
  return {
    actorId: actor.id,
    groups,
    readableUnitsSql(column) {
      if (readable === 'all') return { sql: '1', params: [] };
      if (readable.length === 0) return { sql: '0', params: [] };
      return { sql: `${column} IN (${readable.map(() => '?').join(', ')})`, params: readable };
    },
    may,
    canHandle: (unitId) => may('bookings.reservations.handle', unitId),
    onlyOwn: (unitId) => may('bookings.reservations.handle', unitId) && !rolesOnUnit(actor.grants, unitId, groups).some((r) => FULL_HANDLERS.has(r)),
  };
}

/** Whether the user may act on a booking of this unit booked by `userId`. */
export function mayActOn(rights: BookingRights, unitId: string, userId: string | null): boolean {
  if (!rights.canHandle(unitId)) return false;
  return !rights.onlyOwn(unitId) || userId === rights.actorId;
}
