import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { DateNavigator } from '../../calendar/DateNavigator.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatIsoDate, helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { timeOf } from './assist-time.ts';
import type { AsContext } from './as-context.ts';
import { AssistFrame } from './AssistFrame.tsx';
import { useAsSessionsQuery } from './assist-api.ts';
import { BulkLogForm } from './BulkLogForm.tsx';

/** The session log: sessions logged afterwards in bulk, and the day's sessions of the service point. */
export function SessionsWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <AssistFrame user={user} title={t('assist.sessions.title')} testId="as-sessions">
      {(ctx) => (
        <div className="as-sessions">
          <BulkLogForm ctx={ctx} />
          <SessionList ctx={ctx} />
        </div>
      )}
    </AssistFrame>
  );
}

function SessionList({ ctx }: { ctx: AsContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [date, setDate] = useState(helsinkiToday());
  const q = useAsSessionsQuery({ servicePointId: ctx.servicePoint.id, from: date, to: date });
  const at = (iso: string) => timeOf(iso, lang);
  return (
    <section className="as-card" aria-labelledby="as-log-h" data-testid="as-session-list">
      <h2 id="as-log-h" className="as-card__title">
        {t('assist.sessions.listTitle', { date: formatIsoDate(date, lang) })}
      </h2>
      <DateNavigator date={date} step={1} onChange={setDate} idPrefix="as-sessions-date" />
      {!q.currentData ? (
        q.isFetching ? <LoadingState text={t('assist.states.loading')} /> : <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : q.currentData.rows.length === 0 ? (
        <EmptyState title={t('assist.sessions.emptyTitle')} text={t('assist.sessions.empty')} testId="as-sessions-empty" />
      ) : (
        <div className="as-table-scroll">
          <table className="as-table" data-testid="as-session-rows" data-count={q.currentData.total}>
            <caption className="visually-hidden">{t('assist.sessions.caption', { count: q.currentData.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assist.sessions.time')}</th>
                <th scope="col">{t('assist.bulk.duration')}</th>
                <th scope="col">{t('assist.session.channel')}</th>
                <th scope="col">{t('assist.session.topics')}</th>
                <th scope="col">{t('assist.session.language')}</th>
                <th scope="col">{t('assist.session.outcome')}</th>
                <th scope="col">{t('assist.session.referral')}</th>
              </tr>
            </thead>
            <tbody>
              {q.currentData.rows.map(({ session: s, pending }) => (
                <tr key={s.id} data-testid="as-session-row" data-pending={pending ? 'true' : 'false'}>
                  <th scope="row">
                    {s.startedAt ? at(s.startedAt) : t('assist.sessions.hourOf', { hour: at(s.occurredAt) })}
                    {pending ? <span className="muted as-pending"> {t('assist.states.pending')}</span> : null}
                  </th>
                  <td>{t(`assist.durations.${s.durationBucket}`)}</td>
                  <td>{t(`assist.channels.${s.channel}`)}</td>
                  <td>{s.topics.map((x) => t(`assist.topics.${x}`)).join(', ')}</td>
                  <td>
                    {t(`assist.languages.${s.serviceLanguage}`)}
                    {s.interpreted ? ` (${t('assist.sessions.interpreted')})` : ''}
                  </td>
                  <td>{t(`assist.outcomes.${s.outcome}`)}</td>
                  <td>{t(`assist.referrals.${s.referral}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
