import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenRequestsQuery } from '../api/kuva-api.ts';
import { useAppDispatch } from '../store/store.ts';
import { showView, type View } from '../store/ui-slice.ts';
import { navGroups } from './nav-groups.ts';

const LABEL_KEY: Record<View, string> = {
  applications: 'nav.applications',
  harbours: 'nav.harbours',
  allocation: 'allocation.nav',
  renewal: 'renewal.nav',
  berthMessages: 'berthMessages.nav',
  berthPayments: 'berthPayments.nav',
  winterStorage: 'winter.nav',
  customers: 'berthCustomers.nav',
  conflicts: 'nav.conflicts',
  bookingQueue: 'bookings.nav.queue',
  bookingList: 'bookings.nav.list',
  bookingCalendar: 'bookings.nav.calendar',
  bookingMessages: 'bookings.nav.messages',
  ckRegistry: 'cultureKids.nav.registry',
  ckProgram: 'cultureKids.nav.program',
  ckCheckIn: 'cultureKids.nav.checkIn',
  ckMessages: 'cultureKids.nav.messages',
  ckReports: 'cultureKids.nav.reports',
  kioskFleet: 'kiosk.nav.fleet',
  asQueue: 'assist.nav.queue',
  asSessions: 'assist.nav.sessions',
  asAppointments: 'assist.nav.appointments',
  asReports: 'assist.nav.reports',
};


/** `active`: the view on screen (a role's landing page may differ from the stored choice). */
export function SideNav({ views, active, conflictCount }: { views: View[]; active: View | undefined; conflictCount: number }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {navGroups(views).map(({ view, heading, startsGroup }) => (
          <li key={view} className={startsGroup ? 'side-nav__group-start' : undefined}>
            {heading ? <span className="side-nav__group">{t(heading)}</span> : null}
            <button
              type="button"
              className="side-nav__item"
              data-testid={`nav-${view}`}
              aria-current={active === view ? 'page' : undefined}
              onClick={() => dispatch(showView(view))}
            >
              <NavLabel text={t(LABEL_KEY[view])} />
              {view === 'conflicts' ? (
                <span
                  className={`badge${conflictCount > 0 ? ' badge--alert' : ''}`}
                  data-testid="conflict-count"
                  data-count={conflictCount}
                  aria-label={t('nav.conflictCount', { count: conflictCount })}
                >
                  {conflictCount}
                </span>
              ) : null}
              {view === 'bookingQueue' ? <OpenRequestsBadge /> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The label with a hidden bold copy of itself, so it keeps its bold width (app.css, .side-nav__label). */
function NavLabel({ text }: { text: string }) {
  return (
    <span className="side-nav__label" data-label={text}>
      {text}
    </span>
  );
}

/** Requests waiting for a handler from today on; asks again when reservations change (the event pump). */
function OpenRequestsBadge() {
  const { t } = useTranslation();
  const { data, refetch } = useOpenRequestsQuery();
  // The count runs "from today on": a new day changes it without any change event.
  useEffect(() => {
    const id = setInterval(() => void refetch(), 60_000);
    return () => clearInterval(id);
  }, [refetch]);
  const count = data?.count ?? 0;
  return (
    <span
      className={`badge${count > 0 ? ' badge--info' : ''}`}
      data-testid="open-requests-count"
      data-count={data ? count : ''}
      aria-label={t('bookings.nav.openRequests', { count })}
    >
      {data ? count : '–'}
    </span>
  );
}
