import { ASSIST_ROLES, BOOKING_ROLES, CULTURE_KIDS_ROLES, feedScopesFor, type UnitGroups } from '../../domain/roles.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import { isKiosk, kioskFeedScopes } from '../../domain/kiosk/feed-scopes.ts';
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

/** Every cohort the central holds (a Culture Kids role granted without a cohort covers them all). */
export async function allCohortIds(db: Queryable): Promise<string[]> {
  const res = await db.query<{ id: string }>('SELECT id::text AS id FROM ck_cohort ORDER BY id', [], 'cohort_ids');
  return res.rows.map((r) => r.id);
}

/** Every service point the central holds (an Assistance role granted without one covers them all). */
export async function allServicePointIds(db: Queryable): Promise<string[]> {
  const res = await db.query<{ id: string }>('SELECT id::text AS id FROM as_service_point ORDER BY id', [], 'service_point_ids');
  return res.rows.map((r) => r.id);
}

const holdsAny = (user: StaffUser, roles: readonly string[]) => user.roles.some((r) => roles.includes(r));

/**
 * Every feed scope the user may receive right now. Unit groups and cohorts are read on every call,
 * so a unit moved into or out of a group, or a new cohort, changes what its staff receive at
 * their next pull. Each directory is read only for a user who holds a role it serves. A kiosk
 * terminal's scopes are its own (domain/kiosk/feed-scopes.ts), and its feed is projected.
 */
export async function feedScopesOf(db: Queryable, user: StaffUser): Promise<string[]> {
  if (isKiosk(user.roles, user.grants)) return kioskFeedScopes(user.grants, (await unitDirectory(db)).allUnits);
  const units = holdsAny(user, BOOKING_ROLES) ? await unitDirectory(db) : { groups: new Map(), allUnits: [] };
  const cohorts = holdsAny(user, CULTURE_KIDS_ROLES) ? await allCohortIds(db) : [];
  const servicePoints = holdsAny(user, ASSIST_ROLES) ? await allServicePointIds(db) : [];
  return feedScopesFor(user.roles, user.grants, units.groups, { unit: units.allUnits, cohort: cohorts, service_point: servicePoints });
}
