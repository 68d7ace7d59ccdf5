import { useTranslation } from 'react-i18next';
import type { SentCustomerMessage } from '../../../../../domain/berths/message-contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatDateTime, formatInteger, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useCustomerMessagesQuery } from './messages-api.ts';

/** The group a message went to, in words: "2027 · Pajalahti · paid leases · companies". */
function groupText(row: SentCustomerMessage, t: (key: string) => string, lang: ReturnType<typeof asLanguage>): string {
  const a = row.message.audience;
  return [
    String(a.season),
    row.harbours.length > 0 ? row.harbours.map((h) => localized(h, lang)).join(', ') : t('berthMessages.allHarbours'),
    [...a.leaseStatuses.map((s) => t(`berthMessages.leaseStatus.${s}`)), ...(a.applicationStatuses ?? []).map((s) => t(`berthMessages.applicationStatus.${s}`))].join(', '),
    a.customerKinds.length > 0 ? a.customerKinds.map((k) => t(`customerKinds.${k}`)).join(', ') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The messages berth services sent, newest first: when, by whom, to which group, and what they came to. */
export function SentCustomerMessages() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useCustomerMessagesQuery();
  return (
    <section className="berth-messages__section" aria-labelledby="berth-sent-h" data-testid="berth-message-history">
      <h2 id="berth-sent-h">{t('berthMessages.history')}</h2>
      {q.isLoading ? (
        <LoadingState text={t('berthMessages.loading')} />
      ) : q.isError || !q.data ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <EmptyState title={t('berthMessages.noHistoryTitle')} text={t('berthMessages.noHistory')} testId="berth-no-messages" />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('berthMessages.columns.sentAt')}</th>
                <th scope="col">{t('berthMessages.columns.message')}</th>
                <th scope="col" className="num">{t('berthMessages.columns.customers')}</th>
                <th scope="col" className="num">{t('berthMessages.columns.messages')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.map((row) => {
                const m = row.message;
                return (
                  <tr key={m.id} data-testid="berth-message-row" data-message-id={m.id} data-pending={row.pending}>
                    <td>
                      {formatDateTime(m.sentAt, lang)}
                      {row.pending ? (
                        <span title={t('berthMessages.pending')}>
                          {' '}
                          <PendingIcon />
                          <span className="visually-hidden">{t('berthMessages.pending')}</span>
                        </span>
                      ) : null}
                      <br />
                      <span className="muted">{m.sentByName ?? ''}</span>
                    </td>
                    <td className="berth-messages__message">
                      <span className="muted">
                        {m.channels.map((c) => t(`berthMessages.channel.${c}`)).join(', ')} · {groupText(row, t, lang)}
                      </span>
                      <br />
                      {m.subject.fi || m.body.fi.slice(0, 80)}
                    </td>
                    <td className="num">{formatInteger(m.customerCount, lang)}</td>
                    <td className="num">{formatInteger(m.messageCount, lang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
