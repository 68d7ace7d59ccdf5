import type { View } from '../store/ui-slice.ts';

/** The heading of each workspace's group in the navigation; the kiosk fleet sits with the help desk, whose terminals it keeps. */
const GROUP_HEADING: Record<Exclude<View, 'conflicts'>, string> = {
  applications: 'nav.group',
  customers: 'nav.group',
  harbours: 'nav.group',
  winterStorage: 'nav.group',
  berthPayments: 'nav.group',
  allocation: 'nav.group',
  renewal: 'nav.group',
  berthMessages: 'nav.group',
  bookingQueue: 'bookings.nav.group',
  bookingList: 'bookings.nav.group',
  bookingCalendar: 'bookings.nav.group',
  bookingMessages: 'bookings.nav.group',
  ckRegistry: 'cultureKids.nav.group',
  ckProgram: 'cultureKids.nav.group',
  ckCheckIn: 'cultureKids.nav.group',
  ckMessages: 'cultureKids.nav.group',
  ckReports: 'cultureKids.nav.group',
  asQueue: 'assist.nav.group',
  asSessions: 'assist.nav.group',
  asAppointments: 'assist.nav.group',
  asReports: 'assist.nav.group',
  kioskFleet: 'assist.nav.group',
};

export interface NavEntry {
  view: View;
  /** The workspace's heading, on the first of its entries. */
  heading: string | null;
  /** A rule above: a new workspace, or the conflict inbox, which serves them all. */
  startsGroup: boolean;
}

/**
 * The navigation's entries with their workspace headings. Every workspace is headed, whichever of
 * its views a role opens first (harbour services start at the harbours), and the conflict inbox is
 * set apart from the last workspace's group, to which it does not belong.
 */
export function navGroups(views: readonly View[]): NavEntry[] {
  return views.map((view, i) => {
    const previous = i === 0 ? undefined : views[i - 1]!;
    if (view === 'conflicts') return { view, heading: null, startsGroup: previous !== undefined };
    const heading = GROUP_HEADING[view];
    const opens = previous === undefined || previous === 'conflicts' || GROUP_HEADING[previous] !== heading;
    return { view, heading: opens ? heading : null, startsGroup: opens };
  });
}
