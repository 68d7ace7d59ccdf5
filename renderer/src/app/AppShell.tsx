import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { useSyncStatusPart } from '../api/use-sync-status-part.ts';
import { LoadingState } from '../components/StateViews.tsx';
import { useAppSelector } from '../store/store.ts';
import { BOOKING_VIEWS, type View } from '../store/ui-slice.ts';
import { AppHeader } from './AppHeader.tsx';
import { CacheNoticeBanner } from './CacheNoticeBanner.tsx';
import { EmptyRole } from './EmptyRole.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { HostBanner } from './HostBanner.tsx';
import { cultureKidsViews } from '../features/culture-kids/ck-views.ts';
import { assistViews } from '../features/assist/assist-views.ts';
import { AsAppointmentsWorkspace, AsQueueWorkspace, AsReportsWorkspace, AsSessionsWorkspace } from './lazy-workspaces.ts';
import { AllocationWorkspace, ApplicationsWorkspace, CustomerMessagesWorkspace, PaymentIssuesWorkspace, RenewalWorkspace, WinterStorageWorkspace, BerthCustomersWorkspace, BookingCalendarWorkspace, BookingListWorkspace, BookingQueueWorkspace, CaughtMessagesView, CkCheckInWorkspace, CkMessagesWorkspace, CkProgramWorkspace, CkRegistryWorkspace, CkReportsWorkspace, ConflictInbox, FleetWorkspace, HarboursWorkspace } from './lazy-workspaces.ts';
import { LiveRegion } from './LiveRegion.tsx';
import { useChunkPrefetch } from './use-chunk-prefetch.ts';
import { useScreenLock } from './use-screen-lock.ts';
import { dialogOpen, isTyping } from './shortcuts.ts';
import { SideNav } from './SideNav.tsx';
import { SyncBanners } from './SyncBanners.tsx';
import { SyncStatusBar } from './SyncStatusBar.tsx';

/** Workspaces that exist and that the user's roles may open, in navigation order. */
export function visibleViews(user: StaffUser): View[] {
  const views: View[] = [];
  const berthCases = can(user.roles, 'berths.cases.read');
  // Winter storage is read like the berth cases: a supervisor sees it without its actions.
  // Unapplied payments are read like the invoices: a supervisor sees them without the action.
  if (berthCases) views.push('applications', 'customers', 'harbours', 'winterStorage', 'berthPayments');
  // Harbour services read resources only: the harbour overview is their landing page.
  else if (can(user.roles, 'berths.resources.read')) views.push('harbours');
  if (can(user.roles, 'berths.cases.write')) views.push('allocation', 'renewal', 'berthMessages');
  // Any booking role: the handling queue first (a booking-only user lands there).
  const bookings = can(user.roles, 'bookings.reservations.read');
  if (bookings) views.push(...BOOKING_VIEWS);
  views.push(...cultureKidsViews(user.roles));
  views.push(...assistViews(user.roles));
  if (can(user.roles, 'kiosk.fleet')) views.push('kioskFleet');
  // Refused commands of every workspace land in the one conflict inbox: whoever may send a
  // command sees it (harbour services' berth edits too), and the berth supervisor as before.
  if (berthCases || COMMANDING.some((p) => can(user.roles, p))) views.push('conflicts');
  return views;
}

/**
 * Permissions that let a user send commands, whose refusals they must be able to read. (Culture
 * Kids' publishing, groups and messages to all come on top of its administration, whose views
 * they act in.)
 */
const COMMANDING = [
  'berths.resources.write',
  'bookings.resources.write',
  'bookings.reservations.handle',
  'culture-kids.admin',
  'assist.staff',
  'kiosk.fleet',
] as const satisfies readonly Permission[];

/** The workspace the shell shows: the chosen one while it is among the user's views, else their first. */
export function activeView(views: readonly View[], chosen: View): View | undefined {
  return views.includes(chosen) ? chosen : views[0];
}

export function AppShell({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const openConflicts = useSyncStatusPart((s) => s?.openConflicts ?? 0);
  const view = useAppSelector((s) => s.ui.view);
  const [helpOpen, setHelpOpen] = useState(false);
  const views = visibleViews(user);
  const active = activeView(views, view);
  useChunkPrefetch(views);
  useScreenLock();

  // "?" opens the shortcut help anywhere except while typing or inside another dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.altKey && !e.metaKey && !isTyping(e.target) && !dialogOpen()) {
        e.preventDefault();
        setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={user} onHelp={() => setHelpOpen(true)} />
      <SyncStatusBar />
      <HostBanner />
      <SyncBanners user={user} />
      <CacheNoticeBanner />
      <div className="app__body">
        {views.length > 0 ? <SideNav views={views} active={active} conflictCount={openConflicts} /> : null}
        <main className="app__main" id="main" tabIndex={-1}>
          <Suspense
            fallback={
              <div className="workspace workspace--centered">
                <LoadingState text={t('states.loading')} />
              </div>
            }
          >
            {active === 'applications' ? (
              <ApplicationsWorkspace user={user} />
            ) : active === 'customers' ? (
              <BerthCustomersWorkspace />
            ) : active === 'harbours' ? (
              <HarboursWorkspace />
            ) : active === 'allocation' ? (
              <AllocationWorkspace />
            ) : active === 'renewal' ? (
              <RenewalWorkspace />
            ) : active === 'berthMessages' ? (
              <CustomerMessagesWorkspace />
            ) : active === 'berthPayments' ? (
              <PaymentIssuesWorkspace user={user} />
            ) : active === 'winterStorage' ? (
              <WinterStorageWorkspace user={user} />
            ) : active === 'conflicts' ? (
              <ConflictInbox />
            ) : active === 'bookingQueue' ? (
              <BookingQueueWorkspace />
            ) : active === 'bookingList' ? (
              <BookingListWorkspace />
            ) : active === 'bookingCalendar' ? (
              <BookingCalendarWorkspace />
            ) : active === 'bookingMessages' ? (
              <CaughtMessagesView />
            ) : active === 'ckRegistry' ? (
              <CkRegistryWorkspace user={user} />
            ) : active === 'ckProgram' ? (
              <CkProgramWorkspace user={user} />
            ) : active === 'ckCheckIn' ? (
              <CkCheckInWorkspace user={user} />
            ) : active === 'ckMessages' ? (
              <CkMessagesWorkspace user={user} />
            ) : active === 'ckReports' ? (
              <CkReportsWorkspace user={user} />
            ) : active === 'kioskFleet' ? (
              <FleetWorkspace />
            ) : active === 'asQueue' ? (
              <AsQueueWorkspace user={user} />
            ) : active === 'asSessions' ? (
              <AsSessionsWorkspace user={user} />
            ) : active === 'asAppointments' ? (
              <AsAppointmentsWorkspace user={user} />
            ) : active === 'asReports' ? (
              <AsReportsWorkspace user={user} />
            ) : (
              <EmptyRole />
            )}
          </Suspense>
        </main>
      </div>
      <LiveRegion />
      {helpOpen ? <HelpDialog view={active} onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
