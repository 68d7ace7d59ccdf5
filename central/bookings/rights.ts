import type { BookingDecision } from '../../domain/bookings/decide.ts';
import { canOnUnit, rolesOnUnit, type UnitGroups } from '../../domain/roles.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';

/**
 * Who may act on a unit's bookings (brief 5.1): admins and handlers of the unit (directly or
 * through a unit group) on any booking there, a reserver only on the bookings they made, a
 * viewer on none. The push has checked already that the user may handle bookings somewhere; the
 * deciders apply the reserver's rule (`actorMayOnlyTouchOwn`).
 */
export type UnitRights = 'all' | 'own' | 'none';

export function rightsOnUnit(user: StaffUser, unitId: string, groups: UnitGroups): UnitRights {
  if (!canOnUnit(user.grants, 'bookings.reservations.handle', unitId, groups)) return 'none';
  const roles = rolesOnUnit(user.grants, unitId, groups);
  return roles.includes('booking_admin') || roles.includes('booking_handler') ? 'all' : 'own';
}

const forbidden = (message: string): BookingDecision => ({ ok: false, status: 'rejected', code: 'forbidden', message });

/** The refusal when the user may not act on this unit, or null. */
export function unitRefusal(user: StaffUser, unitId: string, groups: UnitGroups, unitName: string): BookingDecision | null {
  return rightsOnUnit(user, unitId, groups) === 'none' ? forbidden(`You have no right to handle the bookings of ${unitName}.`) : null;
}
