/**
 * Staff roles mirror the city's AD groups for the berth service (sg_kuva_ad-tunnistamo_venepaikka_*).
 * A permission is a capability; a sync scope is a slice of data a role may receive.
 */
export const ROLES = ['berth_services', 'berth_handler', 'berth_supervisor', 'harbour_services', 'kiosk'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'berths.resources.read': ['berth_services', 'berth_handler', 'berth_supervisor', 'harbour_services'],
  'berths.resources.write': ['berth_services', 'harbour_services'],
  'berths.cases.read': ['berth_services', 'berth_handler', 'berth_supervisor'],
  'berths.cases.write': ['berth_services', 'berth_handler'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** Sync scopes: every synced entity belongs to exactly one. */
export const SCOPES = {
  'berths.resources': 'berths.resources.read',
  'berths.cases': 'berths.cases.read',
} as const satisfies Record<string, Permission>;

export type Scope = keyof typeof SCOPES;

export function scopesFor(roles: readonly Role[]): Scope[] {
  return (Object.keys(SCOPES) as Scope[]).filter((s) => can(roles, SCOPES[s])).sort();
}
