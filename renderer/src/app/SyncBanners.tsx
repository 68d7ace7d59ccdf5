import { Button, ButtonSize, ButtonVariant, Dialog, Notification } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { LoginForm } from './LoginForm.tsx';

/** Banners for the states that change how the user should work: signed out by the central, offline. */
export function SyncBanners({ status, user }: { status: SyncStatus | undefined; user: StaffUser }) {
  const { t } = useTranslation();
  const [reauth, setReauth] = useState(false);
  if (!status) return null;
  return (
    <div className="banners">
      {status.authExpired ? (
        <Notification type="error" label={t('sync.authExpiredTitle')} data-testid="auth-expired">
          <p>{t('sync.authExpiredText')}</p>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setReauth(true)}>
            {t('sync.authExpiredAction')}
          </Button>
        </Notification>
      ) : status.connection === 'offline' ? (
        <Notification type="alert" label={t('sync.offlineTitle')} data-testid="offline-banner">
          {t('sync.offlineText')}
        </Notification>
      ) : null}
      <Dialog
        id="reauth-dialog"
        aria-labelledby="reauth-title"
        isOpen={reauth}
        close={() => setReauth(false)}
        closeButtonLabelText={t('actions.cancel')}
      >
        <Dialog.Header id="reauth-title" title={t('sync.authExpiredTitle')} />
        <Dialog.Content>
          <LoginForm initialUsername={/^[a-z][a-z0-9._]{0,39}$/i.test(user.id) ? user.id : ""} onSignedIn={() => setReauth(false)} />
        </Dialog.Content>
      </Dialog>
    </div>
  );
}
