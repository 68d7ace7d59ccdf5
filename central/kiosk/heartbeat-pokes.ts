import { servicePointsWith } from '../../domain/roles.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';

/**
 * A heartbeat's commit is announced on a channel of its own, not on the one every events stream
 * listens to: a terminal reports every 30 s, and each report on the shared channel woke every
 * desk's stream and made every desk pull, for a row that only the fleet's scopes (`kiosk.fleet`)
 * receive. Every other change still pokes every stream.
 */
export const FLEET_CHANGES_CHANNEL = 'kuva_fleet_changes';

/**
 * Whether a user's events stream wakes for heartbeats: whoever holds `kiosk.fleet` at some
 * service point (supervisors) pulls terminal rows. A terminal does not: its projected row keeps
 * no heartbeat field, and the heartbeat's own answer tells it what it needs.
 */
export function wakesOnHeartbeats(user: Pick<StaffUser, 'grants'>): boolean {
  const points = servicePointsWith(user.grants, 'kiosk.fleet');
  return points === 'all' || points.length > 0;
}
