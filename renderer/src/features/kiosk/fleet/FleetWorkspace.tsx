import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskFleet, KioskFleetRow } from '../../../../../domain/kiosk/contract.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatDateTime, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useKioskInvoke, useKioskQuery } from '../kiosk-calls.ts';
import { ScheduleDialog } from './ScheduleDialog.tsx';
import { scheduleSummary } from './schedule-summary.ts';
import './fleet.css';

/**
 * The staff's terminal fleet: each kiosk's heartbeat (online, stale, offline), whether a customer
 * is at it, its last reset and version, the bypass attempts it logged, a remote restart, and its
 * opening hours. Changes arrive by the feed; the rows' ages are derived again on every change.
 */
export function FleetWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const fleet = useKioskQuery<KioskFleet>('kiosk.fleet', {});
  const invoke = useKioskInvoke();
  const [restart, setRestart] = useState<KioskFleetRow | null>(null);
  const [editing, setEditing] = useState<KioskFleetRow | null>(null);

  if (!fleet.data) {
    return <div className="workspace workspace--centered">{fleet.error ? <ErrorState error={fleet.error} onRetry={fleet.reload} /> : <LoadingState text={t('states.loading')} />}</div>;
  }
  const time = (iso: string | null) => (iso ? formatDateTime(iso, lang) : '–');

  return (
    <section className="workspace kiosk-fleet" aria-labelledby="kiosk-fleet-title" data-testid="kiosk-fleet">
      <h1 id="kiosk-fleet-title">{t('kiosk.fleet.title')}</h1>
      <p className="kiosk-fleet__as-of">{t('kiosk.fleet.asOf', { time: time(fleet.data.at) })}</p>
      {fleet.data.rows.length === 0 ? <p>{t('kiosk.fleet.none')}</p> : null}
      <table className="data-table kiosk-fleet__table">
        <caption className="visually-hidden">{t('kiosk.fleet.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kiosk.fleet.terminal')}</th>
            <th scope="col">{t('kiosk.fleet.connection')}</th>
            <th scope="col">{t('kiosk.fleet.inUse')}</th>
            <th scope="col">{t('kiosk.fleet.lastReset')}</th>
            <th scope="col">{t('kiosk.fleet.version')}</th>
            <th scope="col">{t('kiosk.fleet.bypass')}</th>
            <th scope="col">{t('kiosk.fleet.schedule')}</th>
            <th scope="col">{t('kiosk.fleet.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {fleet.data.rows.map((row) => (
            <tr key={row.terminalId} data-testid="kiosk-fleet-row" data-terminal-id={row.terminalId} data-connection={row.connection} className={row.needsAttention ? 'kiosk-fleet__row--attention' : undefined}>
              <th scope="row">
                {row.name}
                <span className="kiosk-fleet__place">{localized(row.servicePointName, lang) || row.servicePointId}</span>
              </th>
              <td>
                <span className={`badge kiosk-fleet__connection kiosk-fleet__connection--${row.connection}`}>{t(`kiosk.connection.${row.connection}`)}</span>
                <span className="kiosk-fleet__sub">{row.lastHeartbeatAt ? t('kiosk.fleet.heard', { time: time(row.lastHeartbeatAt) }) : t('kiosk.fleet.neverHeard')}</span>
              </td>
              <td>{row.inUse === null ? t('kiosk.fleet.unknown') : t(row.inUse ? 'kiosk.yes' : 'kiosk.no')}</td>
              <td>{time(row.lastResetAt)}</td>
              <td>{row.version ?? '–'}</td>
              <td data-testid="kiosk-fleet-bypass" data-count={row.bypassAttemptCount}>
                {row.bypassAttemptCount}
                {row.bypassAttempts.length > 0 ? (
                  <details>
                    <summary>{t('kiosk.fleet.showAttempts')}</summary>
                    <ul className="kiosk-fleet__attempts">
                      {row.bypassAttempts.map((a, i) => (
                        <li key={`${a.at}-${i}`}>
                          {time(a.at)}: {t(`kiosk.bypass.${a.kind}`)}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </td>
              <td className="kiosk-fleet__schedule">
                {scheduleSummary(row.schedule, t, lang)}
                <span className="kiosk-fleet__sub">{t(row.scheduledOpen ? 'kiosk.admin.open' : 'kiosk.admin.closed')}</span>
              </td>
              <td>
                <div className="kiosk-fleet__actions">
                  <button type="button" className="link-button" onClick={() => setEditing(row)} data-testid="kiosk-fleet-edit-schedule">
                    {t('kiosk.fleet.editSchedule')}
                  </button>
                  <button type="button" className="link-button" onClick={() => setRestart(row)} disabled={row.restartPending} data-testid="kiosk-fleet-restart">
                    {row.restartPending ? t('kiosk.fleet.restartPending') : t('kiosk.fleet.restart')}
                  </button>
                  {row.pending ? <span className="kiosk-fleet__sub">{t('kiosk.fleet.pending')}</span> : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {restart ? (
        <ConfirmDialog
          isOpen
          title={t('kiosk.fleet.restartTitle', { name: restart.name })}
          text={t('kiosk.fleet.restartText')}
          confirmLabel={t('kiosk.fleet.restart')}
          cancelLabel={t('kiosk.fleet.restartCancel')}
          testId="kiosk-restart-dialog"
          confirmTestId="kiosk-restart-confirm"
          onConfirm={async () => {
            const r = await invoke('kiosk.requestRestart', { terminalId: restart.terminalId });
            fleet.reload();
            return r.ok ? null : r.error;
          }}
          onClose={() => setRestart(null)}
        />
      ) : null}
      {editing ? (
        <ScheduleDialog
          row={editing}
          onSave={async (schedule) => {
            const r = await invoke('kiosk.setSchedule', { terminalId: editing.terminalId, schedule });
            fleet.reload();
            return r.ok ? null : r.error;
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
