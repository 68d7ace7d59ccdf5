import type { CohortRights } from '../../../domain/culture-kids/contract.ts';
import { CULTURE_KIDS_PERMISSIONS as P } from '../../../domain/culture-kids/vocabulary.ts';
import { canOnCohort, cohortsWith, type Permission } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';

/**
 * What the signed-in user may do on each cohort, from their grants (a role on a cohort, or
 * unscoped). The cache holds only what sync let them see; these checks keep every query to the
 * cohorts the user holds a right on, and contact data to those they may view families of, whatever
 * the file holds.
 */
export interface CultureKidsRights {
  actorId: string;
  on(cohortId: string): CohortRights;
  may(permission: Permission, cohortId: string): boolean;
  /** SQL for "column is a cohort the user administers": a term and its parameters. */
  cohortsSql(column: string, permission?: Permission): { sql: string; params: string[] };
}

export function cultureKidsRights(actor: StaffUser): CultureKidsRights {
  const may = (permission: Permission, cohortId: string) => canOnCohort(actor.grants, permission, cohortId);
  return {
    actorId: actor.id,
    may,
    on: (cohortId) => ({
      admin: may(P.admin, cohortId),
      publish: may(P.publish, cohortId),
      manageGroups: may(P.manageGroups, cohortId),
      messageAll: may(P.messageAll, cohortId),
      viewFamilies: may(P.viewFamilies, cohortId),
    }),
    cohortsSql(column, permission = P.admin) {
      const ids = cohortsWith(actor.grants, permission);
      if (ids === 'all') return { sql: '1', params: [] };
      if (ids.length === 0) return { sql: '0', params: [] };
      return { sql: `${column} IN (${ids.map(() => '?').join(', ')})`, params: ids };
    },
  };
}
