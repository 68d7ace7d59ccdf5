import { Button, ButtonSize, ButtonVariant, IconRefresh } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { useSyncNowMutation, useSyncStatusQuery } from '../api/kuva-api.ts';
import { PendingIcon } from '../components/PendingIcon.tsx';
import { formatDateTime } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';
import { useAppSelector } from '../store/store.ts';

/**
 * Always on screen: whether work reaches the central, and what still waits for it. Without its
 * local service the window knows none of that, and says so instead of its last good news.
 */
export function SyncStatusBar() {
  const { data: status } = useSyncStatusQuery();
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [syncNow, { isLoading }] = useSyncNowMutation();
  const hostLost = useAppSelector((s) => s.window.host) !== 'up';
  const connection = hostLost ? 'host-lost' : (status?.connection ?? 'unknown');
  const pending = status?.pendingCommands ?? 0;
  const busy = isLoading || (status ? status.phase !== 'idle' : false);
  return (
    <section
      className="sync-bar"
      aria-label={t('sync.label')}
      data-testid="sync-status"
      data-connection={connection}
      data-pending={hostLost ? '' : pending}
      data-phase={status?.phase ?? ''}
      // Whether a sync has ever finished here: the first download is done (the row turns online as
      // soon as the central answers, before the download's last row).
      data-synced={status?.lastSyncAt ? 'true' : 'false'}
    >
      <span className="sync-bar__connection">
        <span className={`sync-bar__dot sync-bar__dot--${hostLost ? 'offline' : connection}`} aria-hidden="true" />
        {hostLost ? t('host.status') : t(`sync.${connection}`)}
      </span>
      {hostLost ? (
        <span className="sync-bar__item sync-bar__item--pending">{t('host.statusUnknown')}</span>
      ) : (
        <>
          <span className={`sync-bar__item${pending > 0 ? ' sync-bar__item--pending' : ''}`}>
            {pending > 0 ? (
              <>
                <PendingIcon />
                {t('sync.pending', { count: pending })}
              </>
            ) : (
              t('sync.allSent')
            )}
          </span>
          <span className="sync-bar__item sync-bar__item--muted">
            {status?.lastSyncAt ? t('sync.lastSync', { time: formatDateTime(status.lastSyncAt, lang) }) : t('sync.neverSynced')}
          </span>
          {status && status.openConflicts > 0 ? <span className="sync-bar__item sync-bar__item--alert">{t('sync.conflicts', { count: status.openConflicts })}</span> : null}
        </>
      )}
      <span className="sync-bar__spacer" />
      <Button
        variant={ButtonVariant.Supplementary}
        size={ButtonSize.Small}
        iconStart={<IconRefresh aria-hidden />}
        data-testid="sync-now"
        onClick={() => void syncNow()}
        disabled={hostLost || busy || !status?.signedIn}
        aria-busy={busy}
        className="sync-bar__button"
      >
        {busy ? t('sync.syncing') : t('sync.syncNow')}
      </Button>
    </section>
  );
}
