import { useTranslation } from 'react-i18next';
import { asAppError } from '../../api/base-query.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatDateTime, formatInteger } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useCkMessagesQuery } from './ck-api.ts';
import { Pending } from './Pending.tsx';

/** The cohort's sent messages, newest first, with the delivery counts the central keeps up to date. */
export function MessageHistory({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useCkMessagesQuery({ cohortId, offset: 0, limit: 50 });
  return (
    <section className="ck-section" aria-labelledby="ck-history-h" data-testid="ck-message-history">
      <h2 id="ck-history-h">{t('cultureKids.messages.history')}</h2>
      {q.isLoading ? (
        <LoadingState text={t('cultureKids.states.loading')} />
      ) : q.isError || !q.data ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : q.data.rows.length === 0 ? (
        <EmptyState title={t('cultureKids.messages.noHistoryTitle')} text={t('cultureKids.messages.noHistory')} testId="ck-no-messages" />
      ) : (
        <table className="ck-table">
          <thead>
            <tr>
              <th scope="col">{t('cultureKids.messages.historyColumns.sentAt')}</th>
              <th scope="col">{t('cultureKids.messages.historyColumns.subject')}</th>
              <th scope="col" className="num">{t('cultureKids.messages.historyColumns.recipients')}</th>
              <th scope="col">{t('cultureKids.messages.historyColumns.delivery')}</th>
            </tr>
          </thead>
          <tbody>
            {q.data.rows.map(({ message: m, delivery, pending }) => (
              <tr key={m.id} data-testid="ck-message-row" data-message-id={m.id}>
                <td>
                  {m.sentAt ? formatDateTime(m.sentAt, lang) : formatDateTime(m.createdAt, lang)}
                  {pending ? <Pending /> : null}
                </td>
                <td>
                  <span className="muted">{t(`cultureKids.messages.protocols.${m.protocol}`)} · {t(`cultureKids.messages.selections.${m.selection}`)}</span>
                  <br />
                  {m.protocol === 'email' ? m.subject.fi : m.body.fi.slice(0, 66)}
                </td>
                <td className="num">{m.recipientCount == null ? '–' : formatInteger(m.recipientCount, lang)}</td>
                <td data-testid="ck-message-delivery">
                  {delivery ? t('cultureKids.messages.delivery', { queued: formatInteger(delivery.queued, lang), sent: formatInteger(delivery.sent, lang), failed: formatInteger(delivery.failed, lang) }) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
