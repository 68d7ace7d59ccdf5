import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { useSyncStatusQuery } from '../api/kuva-api.ts';
import { ApplicationsWorkspace } from '../features/berths/ApplicationsWorkspace.tsx';
import { ConflictInbox } from '../features/conflicts/ConflictInbox.tsx';
import { useAppSelector } from '../store/store.ts';
import type { View } from '../store/ui-slice.ts';
import { AppHeader } from './AppHeader.tsx';
import { EmptyRole } from './EmptyRole.tsx';
import { LiveRegion } from './LiveRegion.tsx';
import { SideNav } from './SideNav.tsx';
import { SyncBanners } from './SyncBanners.tsx';
import { SyncStatusBar } from './SyncStatusBar.tsx';

/** Workspaces that exist and that the user's roles may open, in navigation order. */
export function visibleViews(user: StaffUser): View[] {
  return can(user.roles, 'berths.cases.read') ? ['applications', 'conflicts'] : [];
}

export function AppShell({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const { data: status } = useSyncStatusQuery();
  const view = useAppSelector((s) => s.ui.view);
  const views = visibleViews(user);
  const active = views.includes(view) ? view : views[0];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={user} />
      <SyncStatusBar status={status} />
      <SyncBanners status={status} user={user} />
      <div className="app__body">
        {views.length > 0 ? <SideNav views={views} conflictCount={status?.openConflicts ?? 0} /> : null}
        <main className="app__main" id="main" tabIndex={-1}>
          {active === 'applications' ? <ApplicationsWorkspace user={user} /> : active === 'conflicts' ? <ConflictInbox /> : <EmptyRole />}
        </main>
      </div>
      <LiveRegion />
    </div>
  );
}
