import { Button, ButtonSize, ButtonVariant, IconRefresh } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { asAppError } from '../../api/base-query.ts';
import { useCaughtMessagesQuery } from '../../api/kuva-api.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatDateTime } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';

/** Messages reach the demo catcher a moment after a decision syncs: the view asks again while open. */
const POLL_MS = 5_000;

/** What the customers were sent (the demo's catcher of the central's outbox), newest first. */
export function CaughtMessages() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useCaughtMessagesQuery(undefined, { pollingInterval: POLL_MS, refetchOnMountOrArgChange: true });
  const messages = [...(q.data ?? [])].sort((a, b) => b.caughtAt.localeCompare(a.caughtAt));
  return (
    <div className="workspace workspace--bookings">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('bookings.messages.title')}</h1>
        <span className="workspace__count" data-testid="messages-count" data-total={q.data ? messages.length : ''}>
          {q.data ? t('bookings.messages.count', { count: messages.length }) : ''}
        </span>
        <div className="workspace__tools">
          <Button size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconStart={<IconRefresh aria-hidden />} onClick={() => void q.refetch()} data-testid="messages-refresh">
            {t('bookings.messages.refresh')}
          </Button>
        </div>
      </div>
      <p className="workspace__intro muted">{t('bookings.messages.intro')}</p>
      <div className="messages-area" data-testid="caught-messages">
        {q.isLoading ? (
          <LoadingState text={t('bookings.messages.loading')} />
        ) : q.isError && !q.data ? (
          <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
        ) : messages.length === 0 ? (
          <EmptyState title={t('bookings.messages.empty')} text={t('bookings.messages.emptyText')} testId="messages-empty" />
        ) : (
          <ol className="message-list">
            {messages.map((m) => (
              <li key={m.id} className="message" data-testid="caught-message">
                <article aria-labelledby={`msg-${m.id}`}>
                  <header className="message__head">
                    <h2 id={`msg-${m.id}`} className="message__subject">
                      {m.subject}
                    </h2>
                    <p className="message__meta">
                      {t('bookings.messages.to')}: <span data-testid="message-to">{m.to}</span> · {formatDateTime(m.caughtAt, lang)}
                    </p>
                  </header>
                  <pre className="message__text">{m.text}</pre>
                </article>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
