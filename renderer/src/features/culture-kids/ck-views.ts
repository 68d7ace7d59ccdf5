import { can, type Role } from '../../../../domain/roles.ts';
import type { CultureKidsView } from '../../store/ui-slice.ts';

/**
 * The Culture Kids views a user's roles open: the registry to anyone who administers a cohort or
 * may view its families (without "view families" it shows no contact details), the program,
 * check-in, messages and reports to cohort administrators (kukkuu's base `admin`).
 */
export function cultureKidsViews(roles: readonly Role[]): CultureKidsView[] {
  const admin = can(roles, 'culture-kids.admin');
  const families = can(roles, 'culture-kids.view_families');
  const views: CultureKidsView[] = [];
  if (admin || families) views.push('ckRegistry');
  if (admin) views.push('ckProgram', 'ckCheckIn', 'ckMessages', 'ckReports');
  return views;
}
