import { Button, ButtonSize, ButtonVariant, Notification } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpRequestRow } from '../../../../domain/assist/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { commandError } from '../../api/command-error.ts';
import { useErrorText } from '../../components/StateViews.tsx';
import { asLanguage } from '../../format/locale.ts';
import { useAsAnswerHelpRequestMutation } from './assist-api.ts';
import { timeOf } from './assist-time.ts';

/**
 * Customers at a kiosk asking for staff, at the very top of the queue: they arrive by the event
 * stream. The region is always there (empty when nobody asks) so a screen reader hears a new one.
 * A helper says "on my way" (the kiosk's call stays open) or "done" (it leaves the list and the
 * kiosk may ask again); the buttons are there only for those with the staff right at the point.
 */
export function HelpRequests({ rows, canAnswer }: { rows: readonly HelpRequestRow[]; canAnswer: boolean }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = asLanguage(i18n.language);
  const [answer, answering] = useAsAnswerHelpRequestMutation();
  const [error, setError] = useState<AppError | null>(null);
  const send = async (requestId: string, status: 'acknowledged' | 'closed') => setError(commandError(await answer({ requestId, status })));
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
                {canAnswer ? (
                  <span className="as-help-requests__actions">
                    {request.status === 'open' ? (
                      <Button
                        size={ButtonSize.Small}
                        variant={ButtonVariant.Secondary}
                        disabled={answering.isLoading}
                        onClick={() => void send(request.id, 'acknowledged')}
                        aria-label={t('assist.helpRequests.onMyWayLabel', { kiosk: request.kioskId })}
                        data-testid="as-help-on-my-way"
                      >
                        {t('assist.helpRequests.onMyWay')}
                      </Button>
                    ) : null}
                    <Button
                      size={ButtonSize.Small}
                      variant={ButtonVariant.Primary}
                      disabled={answering.isLoading}
                      onClick={() => void send(request.id, 'closed')}
                      aria-label={t('assist.helpRequests.doneLabel', { kiosk: request.kioskId })}
                      data-testid="as-help-done"
                    >
                      {t('assist.helpRequests.done')}
                    </Button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Notification>
      ) : null}
      {error ? (
        <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="as-help-error" data-code={error.code}>
          {errorText(error)}
        </Notification>
      ) : null}
    </div>
  );
}
