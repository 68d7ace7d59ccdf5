import { useTranslation } from 'react-i18next';
import type { KioskStatus } from '../../../../domain/kiosk/contract.ts';
import { formatDateTime, localized } from '../../format/format.ts';
import { useKioskQuery } from './kiosk-calls.ts';
import { useKiosk } from './kiosk-context.ts';

/**
 * The small admin screen behind the chord and the PIN: the terminal's state and one way out,
 * which always wipes (so nothing an admin did stays for the next customer).
 */
export function AdminScreen({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  const { data } = useKioskQuery<KioskStatus>('kiosk.status', {});
  const { home, language } = useKiosk();
  const row = (label: string, value: string, testId?: string, detail?: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {value}
        {detail ? <span className="kiosk-admin__detail">{detail}</span> : null}
      </dd>
    </>
  );
  // Staff know a terminal by its name and place; its id stays beside them for a support call.
  const name = home?.terminal.name ?? null;
  const place = localized(home?.servicePoint?.name, language) || data?.servicePointId || '–';
  const time = (iso: string) => formatDateTime(iso, language);
  return (
    <main className="kiosk-task kiosk-admin" id="main" data-testid="kiosk-admin">
      <h1>{t('kiosk.admin.title')}</h1>
      {data ? (
        <dl className="kiosk-admin__status">
          {row(t('kiosk.admin.terminal'), name ?? data.terminalId, 'kiosk-admin-terminal', name ? data.terminalId : undefined)}
          {row(t('kiosk.admin.place'), place, 'kiosk-admin-place')}
          {row(t('kiosk.admin.connection'), t(`kiosk.connection.${data.connection}`), 'kiosk-admin-connection')}
          {row(t('kiosk.admin.scheduled'), t(data.scheduledOpen ? 'kiosk.admin.open' : 'kiosk.admin.closed'))}
          {row(t('kiosk.admin.nextChange'), data.nextChange ? `${t(data.nextChange.opens ? 'kiosk.admin.opens' : 'kiosk.admin.closes')} ${time(data.nextChange.at)}` : '–')}
          {row(t('kiosk.admin.lastHeartbeat'), data.lastHeartbeatAt ? time(data.lastHeartbeatAt) : '–')}
          {row(t('kiosk.admin.restart'), t(data.restartRequested ? 'kiosk.yes' : 'kiosk.no'))}
          {row(t('kiosk.admin.version'), data.appVersion)}
        </dl>
      ) : null}
      <button type="button" className="kiosk-button kiosk-button--primary kiosk-button--large" onClick={onExit} data-testid="kiosk-admin-exit">
        {t('kiosk.admin.exit')}
      </button>
    </main>
  );
}
