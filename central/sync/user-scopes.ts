import { BOOKING_ROLES, feedScopesFor, type UnitGroups } from '../../domain/roles.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';

/** The unit groups and every unit, as the central holds them now: grants are read through them. */
export async function unitDirectory(db: Queryable): Promise<{ groups: UnitGroups; allUnits: string[] }> {
  const groups = await db.query<{ id: string; units: unknown }>("SELECT id::text AS id, data->'unitIds' AS units FROM booking_unit_group", [], 'unit_groups');
  const units = await db.query<{ id: string }>('SELECT id::text AS id FROM booking_unit ORDER BY id', [], 'unit_ids');
  return {
    groups: new Map(groups.rows.map((g) => [g.id, Array.isArray(g.units) ? g.units.filter((u): u is string => typeof u === 'string') : []])),
    allUnits: units.rows.map((u) => u.id),
  };
}

/**
 * Every feed scope the user may receive right now. Unit groups are read on every call, so a unit
 * moved into or out of a group changes what its handlers receive at their next pull.
 */
export async function feedScopesOf(db: Queryable, user: StaffUser): Promise<string[]> {
  const scoped = user.roles.some((r) => (BOOKING_ROLES as readonly string[]).includes(r));
  if (!scoped) return feedScopesFor(user.roles, user.grants, new Map(), []);
  const { groups, allUnits } = await unitDirectory(db);
  return feedScopesFor(user.roles, user.grants, groups, allUnits);
}
