import { Notification, NotificationSize } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGetSessionQuery } from '../api/kuva-api.ts';

/**
 * The local cache could not be opened with its key at sign-in: it was set aside and the data is
 * downloaded again. Shown until dismissed; unsent work may be in the set-aside copy.
 */
export function CacheNoticeBanner() {
  const { t } = useTranslation();
  const notice = useGetSessionQuery().data?.cacheNotice ?? null;
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!notice || dismissed === notice.at) return null;
  return (
    <Notification
      type="alert"
      size={NotificationSize.Small}
      label={t('cacheNotice.title')}
      dismissible
      closeButtonLabelText={t('cacheNotice.dismiss')}
      onClose={() => setDismissed(notice.at)}
      data-testid="cache-notice"
      data-reason={notice.reason}
      className="banner"
    >
      <strong>{t('cacheNotice.title')}.</strong> {t('cacheNotice.text')} {t('cacheNotice.file', { file: notice.setAsideFile })}
    </Notification>
  );
}
