/**
 * Staff roles. The berth roles mirror the city's AD groups for the berth service
 * (sg_kuva_ad-tunnistamo_venepaikka_*) and hold city-wide. The booking roles are granted per unit
 * or per unit group (brief space-bookings 5.1); a booking role granted without a unit holds for
 * every unit. A permission is a capability; a sync scope is a slice of data a role may receive.
 */
export const ROLES = [
  'berth_services',
  'berth_handler',
  'berth_supervisor',
  'harbour_services',
  'kiosk',
  'booking_admin',
  'booking_handler',
  'booking_viewer',
  'booking_reserver',
] as const;
export type Role = (typeof ROLES)[number];

export const BOOKING_ROLES = ['booking_admin', 'booking_handler', 'booking_viewer', 'booking_reserver'] as const satisfies readonly Role[];

export const PERMISSIONS = {
  'berths.resources.read': ['berth_services', 'berth_handler', 'berth_supervisor', 'harbour_services'],
  'berths.resources.write': ['berth_services', 'harbour_services'],
  'berths.cases.read': ['berth_services', 'berth_handler', 'berth_supervisor'],
  'berths.cases.write': ['berth_services', 'berth_handler'],
  'bookings.resources.read': ['booking_admin', 'booking_handler', 'booking_viewer', 'booking_reserver'],
  /** Units, reservation units, prices and opening hours. */
  'bookings.resources.write': ['booking_admin'],
  'bookings.reservations.read': ['booking_admin', 'booking_handler', 'booking_viewer', 'booking_reserver'],
  /** Approve, deny, return, cancel, create: a reserver only on the bookings they made themselves. */
  'bookings.reservations.handle': ['booking_admin', 'booking_handler', 'booking_reserver'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether any of the roles (held anywhere) carries the permission: for menus and the coarse push check. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** A role on one unit, on a unit group (every member unit), or, with neither, everywhere. */
export interface Grant {
  role: Role;
  unitId?: string;
  unitGroupId?: string;
}

/** Which units each unit group holds: grants on a group are read through it. */
export type UnitGroups = ReadonlyMap<string, readonly string[]>;

/** Whether the grants carry the permission on this unit. */
export function canOnUnit(grants: readonly Grant[], permission: Permission, unitId: string, groups: UnitGroups): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return grants.some((g) => allowed.includes(g.role) && grantCovers(g, unitId, groups));
}

/** The roles the grants give on this unit (a reserver's narrower rights depend on it). */
export function rolesOnUnit(grants: readonly Grant[], unitId: string, groups: UnitGroups): Role[] {
  return [...new Set(grants.filter((g) => grantCovers(g, unitId, groups)).map((g) => g.role))].sort();
}

function grantCovers(grant: Grant, unitId: string, groups: UnitGroups): boolean {
  if (grant.unitId !== undefined) return grant.unitId === unitId;
  if (grant.unitGroupId !== undefined) return groups.get(grant.unitGroupId)?.includes(unitId) ?? false;
  return true;
}

/**
 * The units on which the grants carry the permission: 'all' for an unscoped grant, otherwise the
 * explicit list (unit groups expanded).
 */
export function unitsWith(grants: readonly Grant[], permission: Permission, groups: UnitGroups): 'all' | string[] {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  const units = new Set<string>();
  for (const g of grants.filter((x) => allowed.includes(x.role))) {
    if (g.unitId !== undefined) units.add(g.unitId);
    else if (g.unitGroupId !== undefined) for (const u of groups.get(g.unitGroupId) ?? []) units.add(u);
    else return 'all';
  }
  return [...units].sort();
}

/**
 * Sync scopes: every synced entity belongs to exactly one. A partitioned scope is split by unit:
 * its feed lines carry `<scope>:<unitId>`, and a user receives the partitions of the units their
 * grants cover, so a handler of unit A never receives unit B's data.
 */
export const SCOPES = {
  'berths.resources': { permission: 'berths.resources.read', partitioned: false },
  'berths.cases': { permission: 'berths.cases.read', partitioned: false },
  /** Unit groups and deny reasons: the same for every booking role. */
  'bookings.reference': { permission: 'bookings.resources.read', partitioned: false },
  'bookings.resources': { permission: 'bookings.resources.read', partitioned: true },
  'bookings.cases': { permission: 'bookings.reservations.read', partitioned: true },
} as const satisfies Record<string, { permission: Permission; partitioned: boolean }>;

export type Scope = keyof typeof SCOPES;

/** The feed scope of one row of a partitioned scope. */
export function partitionScope(scope: Scope, unitId: string): string {
  return `${scope}:${unitId}`;
}

/** The whole scopes (not partitioned) the roles may receive. */
export function scopesFor(roles: readonly Role[]): Scope[] {
  return (Object.keys(SCOPES) as Scope[]).filter((s) => !SCOPES[s].partitioned && can(roles, SCOPES[s].permission)).sort();
}

/**
 * Every feed scope a user may receive: the whole scopes of their roles, and for each partitioned
 * scope the partitions of the units their grants cover. `allUnits` lists every unit (for a grant
 * that holds everywhere).
 */
export function feedScopesFor(roles: readonly Role[], grants: readonly Grant[], groups: UnitGroups, allUnits: readonly string[]): string[] {
  const scopes: string[] = scopesFor(roles);
  for (const s of Object.keys(SCOPES) as Scope[]) {
    const spec = SCOPES[s];
    if (!spec.partitioned) continue;
    const units = unitsWith(grants, spec.permission, groups);
    for (const u of units === 'all' ? allUnits : units) scopes.push(partitionScope(s, u));
  }
  return [...new Set(scopes)].sort();
}
