import { useTranslation } from 'react-i18next';
import { asAppError } from '../api/base-query.ts';
import { useGetSessionQuery } from '../api/kuva-api.ts';
import { EmptyState, ErrorState, LoadingState } from '../components/StateViews.tsx';
import { AppShell } from './AppShell.tsx';
import { LoginScreen } from './LoginScreen.tsx';

export function App({ hasBackend }: { hasBackend: boolean }) {
  const { t } = useTranslation();
  const session = useGetSessionQuery(undefined, { skip: !hasBackend });
  if (!hasBackend) {
    return (
      <main className="app-centered" id="main">
        <EmptyState title={t('app.noBackendTitle')} text={t('app.noBackendText')} />
      </main>
    );
  }
  if (session.isLoading) {
    return (
      <main className="app-centered" id="main">
        <LoadingState text={t('app.starting')} />
      </main>
    );
  }
  if (session.isError) {
    return (
      <main className="app-centered" id="main">
        <ErrorState error={asAppError(session.error)} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  const user = session.data?.user ?? null;
  return user ? <AppShell user={user} /> : <LoginScreen />;
}
