import { Button, ButtonSize, ButtonVariant, IconRefresh } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../domain/contract.ts';
import { useSyncNowMutation } from '../api/kuva-api.ts';
import { PendingIcon } from '../components/PendingIcon.tsx';
import { formatDateTime } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';

/** Always on screen: whether work reaches the central, and what still waits for it. */
export function SyncStatusBar({ status }: { status: SyncStatus | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [syncNow, { isLoading }] = useSyncNowMutation();
  const connection = status?.connection ?? 'unknown';
  const pending = status?.pendingCommands ?? 0;
  const busy = isLoading || (status ? status.phase !== 'idle' : false);
  return (
    <section className="sync-bar" aria-label={t('sync.label')} data-testid="sync-status" data-connection={connection} data-pending={pending}>
      <span className="sync-bar__connection">
        <span className={`sync-bar__dot sync-bar__dot--${connection}`} aria-hidden="true" />
        {t(`sync.${connection}`)}
      </span>
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
      <span className="sync-bar__spacer" />
      <Button
        variant={ButtonVariant.Supplementary}
        size={ButtonSize.Small}
        iconStart={<IconRefresh aria-hidden />}
        data-testid="sync-now"
        onClick={() => void syncNow()}
        disabled={busy || !status?.signedIn}
        aria-busy={busy}
        className="sync-bar__button"
      >
        {busy ? t('sync.syncing') : t('sync.syncNow')}
      </Button>
    </section>
  );
}
