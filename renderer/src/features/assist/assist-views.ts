import { can, type Role } from '../../../../domain/roles.ts';
import type { AssistView } from '../../store/ui-slice.ts';

/**
 * The Assistance views a user's roles open: the queue, the session log and appointments to every
 * helper (volunteers too); the dashboard and reports only to holders of assist.reports, so a
 * volunteer does not see it at all (issue 9, item 4).
 */
export function assistViews(roles: readonly Role[]): AssistView[] {
  const views: AssistView[] = [];
  if (can(roles, 'assist.staff')) views.push('asQueue', 'asSessions', 'asAppointments');
  if (can(roles, 'assist.reports')) views.push('asReports');
  return views;
}
