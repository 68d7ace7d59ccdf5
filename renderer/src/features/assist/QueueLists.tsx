import { useTranslation } from 'react-i18next';
import type { QueueTicketRow, QueueView } from '../../../../domain/assist/contract.ts';
import { EmptyState } from '../../components/StateViews.tsx';
import { asLanguage } from '../../format/locale.ts';
import { minutesSince, timeOf } from './assist-time.ts';

/** The queue as tables: who waits (in calling order, with each one's expected wait) and who is at a desk now. */
export function QueueLists({ queue, now }: { queue: QueueView; now: number }) {
  const { t } = useTranslation();
  const atDesks = [...queue.called, ...queue.inService];
  return (
    <>
      <section className="as-card" aria-labelledby="as-waiting-h">
        <h2 id="as-waiting-h" className="as-card__title">
          {t('assist.queue.waitingTitle', { count: queue.waiting.length })}
          <span className="as-card__aside" data-testid="as-estimate">
            {t('assist.queue.estimate', { minutes: queue.estimate.estimateMin })}
          </span>
        </h2>
        {queue.waiting.length === 0 ? (
          <EmptyState title={t('assist.queue.emptyTitle')} text={t('assist.queue.empty')} icon="done" testId="as-queue-empty" />
        ) : (
          <TicketTable rows={queue.waiting} now={now} kind="waiting" testId="as-waiting" />
        )}
      </section>
      {atDesks.length > 0 ? (
        <section className="as-card" aria-labelledby="as-desks-h">
          <h2 id="as-desks-h" className="as-card__title">
            {t('assist.queue.atDesks')}
          </h2>
          <TicketTable rows={atDesks} now={now} kind="desk" testId="as-at-desks" />
        </section>
      ) : null}
    </>
  );
}

function TicketTable({ rows, now, kind, testId }: { rows: readonly QueueTicketRow[]; now: number; kind: 'waiting' | 'desk'; testId: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const at = (iso: string) => timeOf(iso, lang);
  return (
    <table className="as-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('assist.ticket.number')}</th>
          <th scope="col">{t('assist.ticket.queuedAt')}</th>
          <th scope="col">{kind === 'waiting' ? t('assist.ticket.waited') : t('assist.ticket.status')}</th>
          {kind === 'waiting' ? <th scope="col">{t('assist.ticket.expected')}</th> : null}
          <th scope="col">{t('assist.ticket.topicHint')}</th>
          <th scope="col">{t('assist.ticket.language')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ ticket, estimateMin, mine, pending }) => (
          <tr key={ticket.id} data-testid="as-ticket-row" data-label={ticket.label} data-status={ticket.status} className={mine ? 'as-row--mine' : undefined}>
            <th scope="row" className="as-ticket-label">
              {ticket.label}
              {ticket.source === 'kiosk' ? <span className="as-tag">{t('assist.sources.kiosk')}</span> : null}
              {pending ? <span className="muted as-pending"> {t('assist.states.pending')}</span> : null}
            </th>
            <td>{at(ticket.queuedAt)}</td>
            <td>{kind === 'waiting' ? t('assist.queue.minutes', { count: minutesSince(ticket.queuedAt, now) }) : `${t(`assist.ticketStatus.${ticket.status}`)}${mine ? ` · ${t('assist.queue.you')}` : ''}`}</td>
            {kind === 'waiting' ? <td data-testid="as-ticket-expected">{estimateMin === null ? '–' : estimateMin === 0 ? t('assist.queue.next') : t('assist.queue.about', { count: estimateMin })}</td> : null}
            <td>{ticket.topicHint ? t(`assist.topics.${ticket.topicHint}`) : '–'}</td>
            <td>{ticket.language ? t(`assist.languages.${ticket.language}`) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
