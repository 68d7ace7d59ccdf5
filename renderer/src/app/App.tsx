import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asAppError } from '../api/base-query.ts';
import { useGetSessionQuery } from '../api/kuva-api.ts';
import { EmptyState, ErrorState, LoadingState } from '../components/StateViews.tsx';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { sessionLearnt } from '../store/window-slice.ts';
import { activeView, AppShell, visibleViews } from './AppShell.tsx';
import { useQueueDisplayRoute } from '../features/assist/use-display-route.ts';
import { chunkOfView, KioskApp, kioskChunk, QueueDisplayPage, queueDisplayChunk, type Chunk } from './lazy-workspaces.ts';
import { useChunkReady } from './use-chunk-ready.ts';
import { LockedWindow } from './LockedWindow.tsx';
import { LoginScreen } from './LoginScreen.tsx';
import { ScreenLock } from './ScreenLock.tsx';

export function App({ hasBackend }: { hasBackend: boolean }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const session = useGetSessionQuery(undefined, { skip: !hasBackend });
  const shown = useAppSelector((s) => s.window.shown);
  const locked = useAppSelector((s) => s.window.locked);
  const screenLocked = useAppSelector((s) => s.window.screenLocked);
  const displayPoint = useQueueDisplayRoute();
  const chosenView = useAppSelector((s) => s.ui.view);
  // The first screen a user gets waits for its chunk (fetched from the moment they are known);
  // later switches between workspaces do not, they keep the shell.
  const [startedFor, setStartedFor] = useState<string | null>(null);
  const firstChunk = ((): Chunk | null => {
    if (!shown || startedFor === shown.id) return null;
    if (displayPoint) return queueDisplayChunk;
    if (shown.roles.includes('kiosk')) return kioskChunk;
    const view = activeView(visibleViews(shown), chosenView);
    return view ? chunkOfView(view) : null;
  })();
  const firstChunkReady = useChunkReady(firstChunk);
  if (shown && firstChunkReady && startedFor !== shown.id) setStartedFor(shown.id);

  // The window takes the session it finds only while it shows nobody; see window-slice.ts.
  useEffect(() => {
    if (session.data) dispatch(sessionLearnt({ user: session.data.user, username: session.data.username ?? null, screenLocked: session.data.screenLocked }));
  }, [session.data, dispatch]);

  useEffect(() => {
    document.body.classList.toggle('screen-locked', screenLocked);
  }, [screenLocked]);

  if (!hasBackend) {
    return (
      <main className="app-centered" id="main">
        <EmptyState title={t('app.noBackendTitle')} text={t('app.noBackendText')} />
      </main>
    );
  }
  if (shown && locked) return <LockedWindow shown={shown} lock={locked} />;
  if (shown === undefined || !firstChunkReady) {
    return (
      <main className="app-centered" id="main">
        {session.isError ? <ErrorState error={asAppError(session.error)} onRetry={() => void session.refetch()} /> : <LoadingState text={t('app.starting')} />}
      </main>
    );
  }
  // The public queue display has its own address (features/assist/display-address.ts) and fills the page.
  if (shown && displayPoint) {
    return (
      <Suspense fallback={<LoadingState text={t('app.starting')} />}>
        <QueueDisplayPage servicePointId={displayPoint} />
      </Suspense>
    );
  }
  // A customer terminal signs in as itself and shows the customer app, never the staff shell.
  if (shown?.roles.includes('kiosk')) {
    return (
      <Suspense fallback={<LoadingState text={t('app.starting')} />}>
        <KioskApp userId={shown.id} />
      </Suspense>
    );
  }
  if (!shown) return <LoginScreen />;
  // Under a locked screen the work stays as it was (forms, scroll, open rows), hidden and inert;
  // dialogs the workspace opened sit outside this element and are hidden by body.screen-locked.
  return (
    <>
      <div className={screenLocked ? 'shell-holder shell-holder--locked' : 'shell-holder'} inert={screenLocked} data-testid="shell-holder">
        <AppShell user={shown} />
      </div>
      {screenLocked ? <ScreenLock user={shown} /> : null}
    </>
  );
}
