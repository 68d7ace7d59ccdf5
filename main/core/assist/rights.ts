import type { ServicePointRights } from '../../../domain/assist/contract.ts';
import { ASSIST_PERMISSIONS as P } from '../../../domain/assist/vocabulary.ts';
import { canAtServicePoint, servicePointsWith, type Permission } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';

/**
 * What the signed-in user may do at each service point, from their grants (a role at a point, or
 * unscoped). The cache holds only what sync let them see; these checks keep every query and
 * command to the points the user holds the right at, whatever the file holds.
 */
export interface AssistRights {
  actorId: string;
  at(servicePointId: string): ServicePointRights;
  may(permission: Permission, servicePointId: string): boolean;
  /** The points where the user holds the permission ('all': unscoped). */
  points(permission: Permission): 'all' | string[];
}

export function assistRights(actor: StaffUser): AssistRights {
  const may = (permission: Permission, servicePointId: string) => canAtServicePoint(actor.grants, permission, servicePointId);
  return {
    actorId: actor.id,
    may,
    at: (id) => ({ staff: may(P.staff, id), ticket: may(P.ticket, id), book: may(P.book, id), reports: may(P.reports, id), supervisor: may(P.supervisor, id) }),
    points: (permission) => servicePointsWith(actor.grants, permission),
  };
}
