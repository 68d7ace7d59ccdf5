import { Notification } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { HelpRequestRow } from '../../../../domain/assist/contract.ts';
import { asLanguage } from '../../format/locale.ts';
import { timeOf } from './assist-time.ts';

/**
 * Customers at a kiosk asking for staff, at the very top of the queue: they arrive by the event
 * stream. The region is always there (empty when nobody asks) so a screen reader hears a new one.
 */
export function HelpRequests({ rows }: { rows: readonly HelpRequestRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <div className="as-help-requests" aria-live="assertive" data-testid="as-help-requests" data-count={rows.length}>
      {rows.length > 0 ? (
        <Notification type="alert" label={t('assist.helpRequests.title', { count: rows.length })}>
          <ul className="as-help-requests__list">
            {rows.map(({ request, pending }) => (
              <li key={request.id} data-testid="as-help-request" data-request-id={request.id} data-status={request.status}>
                {t('assist.helpRequests.row', {
                  kiosk: request.kioskId,
                  time: timeOf(request.createdAt, lang),
                  language: t(`assist.languages.${request.language}`),
                })}
                {request.status === 'acknowledged' ? <span className="as-tag">{t('assist.helpRequests.acknowledged')}</span> : null}
                {pending ? <span className="muted"> {t('assist.states.pending')}</span> : null}
              </li>
            ))}
          </ul>
        </Notification>
      ) : null}
    </div>
  );
}
