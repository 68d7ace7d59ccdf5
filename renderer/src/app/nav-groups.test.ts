import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { visibleViews } from './AppShell.tsx';
import { navGroups } from './nav-groups.ts';

const user = (roles: StaffUser['roles']): StaffUser => ({ id: 'u', name: 'U', roles, grants: [] });
const headed = (roles: StaffUser['roles']) =>
  navGroups(visibleViews(user(roles)))
    .filter((e) => e.startsGroup || e.heading)
    .map((e) => `${e.view}:${e.heading ?? '—'}`);

describe('the navigation groups', () => {
  it('heads each workspace once, on whichever of its views comes first, and sets the conflict inbox apart', () => {
    expect(headed(['berth_handler', 'booking_handler'])).toEqual(['applications:nav.group', 'bookingQueue:bookings.nav.group', 'conflicts:—']);
    // Harbour services open the berths at the harbours.
    expect(headed(['harbour_services'])).toEqual(['harbours:nav.group', 'conflicts:—']);
    // The terminals stay with the help desk that keeps them.
    expect(headed(['assist_supervisor'])).toEqual(['asQueue:assist.nav.group', 'conflicts:—']);
  });

  it('opens the navigation with a heading but no rule, and draws no rule above a lone conflict inbox', () => {
    const [first] = navGroups(['applications', 'customers']);
    expect(first).toEqual({ view: 'applications', heading: 'nav.group', startsGroup: true });
    expect(navGroups(['conflicts'])).toEqual([{ view: 'conflicts', heading: null, startsGroup: false }]);
  });
});
