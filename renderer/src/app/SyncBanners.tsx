import { Button, ButtonSize, ButtonVariant, Dialog, Notification, NotificationSize } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeLeftParts, type DownloadProgress } from '../../../domain/sync/download-progress.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { useSyncStatusQuery } from '../api/kuva-api.ts';
import { useReturnFocus } from '../components/useReturnFocus.ts';
import { formatInteger } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';
import { useAppDispatch, useAppSelector } from '../store/store.ts';
import { announce, askSignOut } from '../store/ui-slice.ts';
import { LoginForm } from './LoginForm.tsx';
import { bannerFor, type Banner } from './sync-banner.ts';
import './sync-banners.css';

/** What a screen reader hears when the banner changes (the banners themselves are not live regions). */
const ANNOUNCE: Record<Exclude<Banner, null>, string> = {
  authExpired: 'sync.authExpiredTitle',
  offline: 'sync.offlineTitle',
  pushFailed: 'sync.pushFailedTitle',
  bootstrap: 'sync.bootstrapTitle',
};

/**
 * Signing in again is for the same user: the user name is fixed to theirs (the core refuses anyone
 * else too). Switching user is the separate sign-out, which first says what is still unsent.
 */
function ReauthDialog({ user, onClose }: { user: StaffUser; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const username = useAppSelector((s) => s.window.shownUsername);
  useReturnFocus();
  return (
    <Dialog id="reauth-dialog" aria-labelledby="reauth-title" isOpen close={onClose} closeButtonLabelText={t('actions.cancel')} data-testid="reauth-dialog">
      <Dialog.Header id="reauth-title" title={t('sync.authExpiredTitle')} />
      <Dialog.Content>
        <p>{t('reauth.intro', { name: user.name })}</p>
        <LoginForm fixedUsername={username} onSignedIn={onClose} />
        <p className="reauth-switch">
          {t('reauth.switchText')}{' '}
          <button
            type="button"
            className="link-button"
            data-testid="reauth-switch"
            onClick={() => {
              onClose();
              dispatch(askSignOut(true));
            }}
          >
            {t('reauth.switch')}
          </button>
        </p>
      </Dialog.Content>
    </Dialog>
  );
}

/**
 * The first download: "12 345 / 100 000 riviä · noin 5 s jäljellä" beside a bar of the same, then
 * "viimeistellään…" while the cache builds its indexes. The bar is not a live region (a screen
 * reader reads it when asked; the start and the end are announced). A central that does not say
 * its total gets the count alone and a bar that shows activity only.
 */
function BootstrapProgress({ progress }: { progress: DownloadProgress | null }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const received = progress?.received ?? 0;
  const total = progress?.total ?? null;
  const finishing = progress?.phase === 'finishing';
  let text: string;
  if (total === null) {
    text = received > 0 ? t('sync.bootstrap', { formatted: formatInteger(received, lang) }) : t('sync.bootstrapStarting');
  } else {
    const rows = t('sync.bootstrapRows', { received: formatInteger(received, lang), total: formatInteger(total, lang) });
    const left = progress?.secondsLeft ?? null;
    const parts = left === null ? null : timeLeftParts(left);
    const time = finishing
      ? t('sync.bootstrapFinishing')
      : parts === null
        ? t('sync.bootstrapEstimating')
        : t(parts.unit === 'seconds' ? 'sync.bootstrapSecondsLeft' : 'sync.bootstrapMinutesLeft', { n: formatInteger(parts.value, lang) });
    text = `${rows} · ${time}`;
  }
  const share = total === null ? 0 : total === 0 ? 1 : Math.min(1, received / total);
  return (
    <span className="banner__row">
      <span data-testid="bootstrap-count" data-count={received} data-total={total ?? undefined} data-phase={progress?.phase ?? 'receiving'} data-seconds-left={progress?.secondsLeft ?? undefined}>
        <strong>{t('sync.bootstrapTitle')}.</strong> <span className="download-progress__text" data-testid="bootstrap-text">{text}</span>
      </span>
      {total === null ? (
        <span className="progress-indeterminate" aria-hidden="true" />
      ) : (
        <span
          className="download-progress"
          role="progressbar"
          aria-label={t('sync.bootstrapBar')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={Math.min(received, total)}
          aria-valuetext={text}
          data-testid="bootstrap-progress"
        >
          <span className="download-progress__fill" style={{ transform: `scaleX(${share.toFixed(4)})` }} />
        </span>
      )}
    </span>
  );
}

/** Banners for the states that change how the user should work. */
export function SyncBanners({ user }: { user: StaffUser }) {
  const { data: status } = useSyncStatusQuery();
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [reauth, setReauth] = useState(false);
  const banner = bannerFor(status);
  const previous = useRef<Banner>(null);

  useEffect(() => {
    const was = previous.current;
    previous.current = banner;
    if (banner === was) return;
    if (banner) dispatch(announce({ key: ANNOUNCE[banner] }));
    else if (was === 'offline') dispatch(announce({ key: 'sync.backOnline' }));
    else if (was === 'bootstrap') dispatch(announce({ key: 'sync.bootstrapDone' }));
  }, [banner, dispatch]);

  if (!status) return null;
  return (
    <div className="banners">
      {banner === 'authExpired' ? (
        <Notification type="error" size={NotificationSize.Small} label={t('sync.authExpiredTitle')} data-testid="auth-expired" className="banner">
          <span className="banner__row">
            <span>
              <strong>{t('sync.authExpiredTitle')}.</strong> {t('sync.authExpiredText')}
            </span>
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setReauth(true)} data-testid="reauth-open">
              {t('sync.authExpiredAction')}
            </Button>
          </span>
        </Notification>
      ) : banner === 'offline' ? (
        <Notification type="alert" size={NotificationSize.Small} label={t('sync.offlineTitle')} data-testid="offline-banner" className="banner">
          <strong>{t('sync.offlineTitle')}.</strong> {t('sync.offlineText')}
        </Notification>
      ) : banner === 'pushFailed' ? (
        <Notification type="alert" size={NotificationSize.Small} label={t('sync.pushFailedTitle')} data-testid="push-failed-banner" className="banner">
          <strong>{t('sync.pushFailedTitle')}.</strong> {t('errors.push_failed')}
        </Notification>
      ) : banner === 'bootstrap' ? (
        <Notification type="info" size={NotificationSize.Small} label={t('sync.bootstrapTitle')} data-testid="bootstrap-banner" className="banner">
          <BootstrapProgress progress={status.bootstrap} />
        </Notification>
      ) : null}
      {reauth ? <ReauthDialog user={user} onClose={() => setReauth(false)} /> : null}
    </div>
  );
}
