import { partitionScope, type Grant, type Role } from '../roles.ts';

/**
 * What a kiosk terminal's feed holds (issue 9 item 7): for the service point it stands at, the
 * public assistance data, its queue and appointments, the public events and the terminals there;
 * and every booking unit's spaces and bookings (for the free-space view). The central projects
 * each row to its public fields (public-data.ts) before it leaves: these scopes alone would carry
 * more than a kiosk may hold.
 */
export const KIOSK_SERVICE_POINT_SCOPES = ['assist.public', 'assist.desk', 'kiosk.public', 'kiosk.fleet'] as const;
export const KIOSK_UNIT_SCOPES = ['bookings.resources', 'bookings.cases'] as const;

/** Whether the user is a kiosk terminal: its feed is the projection, whatever else it holds. */
export function isKiosk(roles: readonly Role[], grants: readonly Grant[]): boolean {
  return roles.includes('kiosk') || grants.some((g) => g.role === 'kiosk');
}

/** The kiosk's feed scopes: per service point it is granted at (a grant without one gives none), and every unit. */
export function kioskFeedScopes(grants: readonly Grant[], allUnits: readonly string[]): string[] {
  const points = grants.filter((g) => g.role === 'kiosk' && g.servicePointId !== undefined).map((g) => g.servicePointId!);
  const scopes = [
    ...points.flatMap((sp) => KIOSK_SERVICE_POINT_SCOPES.map((s) => partitionScope(s, sp))),
    ...allUnits.flatMap((u) => KIOSK_UNIT_SCOPES.map((s) => partitionScope(s, u))),
  ];
  return [...new Set(scopes)].sort();
}
