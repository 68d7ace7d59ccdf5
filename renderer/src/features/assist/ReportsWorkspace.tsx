import { Notification, NotificationSize } from 'hds-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIST_REPORT_EXPORT, type AssistDashboard } from '../../../../domain/assist/contract.ts';
import { SUPPRESSION_THRESHOLD } from '../../../../domain/assist/vocabulary.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { BarChart } from '../../charts/BarChart.tsx';
import { HorizontalBarChart } from '../../charts/HorizontalBarChart.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { ExportButton } from '../../files/ExportButton.tsx';
import { formatInteger, formatIsoDate, helsinkiToday, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import type { AsContext } from './as-context.ts';
import { AssistFrame } from './AssistFrame.tsx';
import { useAsDashboardQuery } from './assist-api.ts';
import { hourData, percent, PERIODS, periodDays, rankedItems, waitData, type PeriodChoice } from './report-data.ts';

const ALL = 'all';

/**
 * The dashboard and reports (issue 9, item 4), for holders of assist.reports only: sessions by
 * topic, channel, language and hour, queue waits, outcomes and referrals, bookings and no-shows,
 * for one service point or all of them. The screen shows exact counts of the user's own points;
 * the xlsx export hides small cells, and the screen says so.
 */
export function ReportsWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <AssistFrame user={user} title={t('assist.reports.title')} testId="as-reports" desk={false}>
      {(ctx) => <ReportsBody ctx={ctx} />}
    </AssistFrame>
  );
}

function ReportsBody({ ctx }: { ctx: AsContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const points = ctx.servicePoints.filter((p) => p.rights.reports);
  const [scope, setScope] = useState<string>(ctx.servicePoint.rights.reports ? ctx.servicePoint.id : ALL);
  const [period, setPeriod] = useState<PeriodChoice>('month');
  const days = periodDays(period, helsinkiToday());
  const input = { servicePointId: scope === ALL ? null : scope, ...days };
  const q = useAsDashboardQuery(input);
  return (
    <div className="as-reports" data-testid="as-reports-body">
      <div className="as-row as-reports__choice">
        <SelectField
          id="as-reports-scope"
          label={t('assist.reports.scope')}
          value={scope}
          onChange={setScope}
          options={[{ value: ALL, label: t('assist.reports.allPoints') }, ...points.map((p) => ({ value: p.id, label: localized(p.name, lang) }))]}
        />
        <SelectField id="as-reports-period" label={t('assist.reports.period')} value={period} onChange={(v) => setPeriod(v as PeriodChoice)} options={PERIODS.map((p) => ({ value: p, label: t(`assist.reports.periods.${p}`) }))} />
        <div className="as-reports__export">
          <ExportButton request={{ kind: 'xlsx', exportId: ASSIST_REPORT_EXPORT, params: input }} testId="as-report-export" />
        </div>
      </div>
      <Notification size={NotificationSize.Small} type="info" label={t('assist.reports.suppressionTitle')} data-testid="as-suppression-note">
        {t('assist.reports.suppression', { threshold: SUPPRESSION_THRESHOLD })}
      </Notification>
      {q.currentData ? <Dashboard d={q.currentData} ctx={ctx} /> : q.isFetching ? <LoadingState text={t('assist.states.loading')} /> : <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />}
    </div>
  );
}

function Dashboard({ d, ctx }: { d: AssistDashboard; ctx: AsContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const sessionsLabel = t('assist.reports.sessions');
  const empty = t('assist.reports.empty');
  const pointName = (id: string) => {
    const p = ctx.servicePoints.find((x) => x.id === id);
    return p ? localized(p.name, lang) : id;
  };
  const charts = useMemo(
    () => ({
      topic: rankedItems(d.byTopic, (k) => t(`assist.topics.${k}`)),
      channel: rankedItems(d.byChannel, (k) => t(`assist.channels.${k}`)),
      language: rankedItems(d.byLanguage, (k) => t(`assist.languages.${k}`)),
      outcome: rankedItems(d.byOutcome, (k) => t(`assist.outcomes.${k}`)),
      referral: rankedItems(d.byReferral, (k) => t(`assist.referrals.${k}`)),
      bookings: rankedItems(
        d.bookings.byStatus.map((s) => ({ key: s.status, count: s.count })),
        (k) => t(`assist.appointmentStatus.${k}`),
      ),
      hour: hourData(d.byHour, sessionsLabel),
      wait: waitData(d, t('assist.reports.medianWait')),
    }),
    [d, t, sessionsLabel],
  );
  const pct = (share: number | null) => (share === null ? '–' : `${percent(share)} %`);
  const minutes = (m: number | null) => (m === null ? '–' : t('assist.queue.minutes', { count: Math.round(m) }));
  return (
    <div className="as-dashboard" data-testid="as-dashboard" data-sessions={d.sessions} data-points={d.servicePointIds.join(',')} data-from={d.from} data-to={d.to}>
      <p className="muted">{t('assist.reports.range', { from: formatIsoDate(d.from, lang), to: formatIsoDate(d.to, lang) })}</p>
      <dl className="as-kpis" data-testid="as-kpis">
        <Kpi label={t('assist.reports.sessions')} value={formatInteger(d.sessions, lang)} testId="as-kpi-sessions" />
        <Kpi label={t('assist.reports.resolved')} value={pct(d.resolvedRate)} />
        <Kpi label={t('assist.reports.referred')} value={pct(d.referralRate)} />
        <Kpi label={t('assist.reports.medianWait')} value={minutes(d.queue.medianWaitMin)} />
        <Kpi label={t('assist.reports.tickets')} value={formatInteger(d.queue.tickets, lang)} />
        <Kpi label={t('assist.reports.noShowRate')} value={pct(d.bookings.noShowRate)} />
      </dl>
      <section className="as-report-section" aria-labelledby="as-r-sessions-h">
        <h2 id="as-r-sessions-h">{t('assist.reports.sessionsTitle')}</h2>
        <div className="as-two-cols">
          <HorizontalBarChart title={t('assist.reports.byTopic')} categoryHeader={t('assist.session.topics')} items={charts.topic} seriesLabel={t('assist.reports.mentions')} emptyText={empty} testId="as-chart-topic" />
          <HorizontalBarChart title={t('assist.reports.byChannel')} categoryHeader={t('assist.session.channel')} items={charts.channel} seriesLabel={sessionsLabel} emptyText={empty} testId="as-chart-channel" />
          <HorizontalBarChart title={t('assist.reports.byLanguage')} categoryHeader={t('assist.session.language')} items={charts.language} seriesLabel={sessionsLabel} emptyText={empty} testId="as-chart-language" />
          <BarChart title={t('assist.reports.byHour')} categoryHeader={t('assist.reports.hour')} data={charts.hour} emptyText={empty} testId="as-chart-hour" height={260} />
        </div>
      </section>
      <section className="as-report-section" aria-labelledby="as-r-outcomes-h">
        <h2 id="as-r-outcomes-h">{t('assist.reports.outcomesTitle')}</h2>
        <div className="as-two-cols">
          <HorizontalBarChart title={t('assist.reports.byOutcome')} categoryHeader={t('assist.session.outcome')} items={charts.outcome} sorted={false} seriesLabel={sessionsLabel} emptyText={empty} testId="as-chart-outcome" />
          <HorizontalBarChart title={t('assist.reports.byReferral')} categoryHeader={t('assist.session.referral')} items={charts.referral} seriesLabel={sessionsLabel} emptyText={empty} testId="as-chart-referral" />
        </div>
      </section>
      <section className="as-report-section" aria-labelledby="as-r-queue-h">
        <h2 id="as-r-queue-h">{t('assist.reports.queueTitle')}</h2>
        <p className="muted">{t('assist.reports.queueFigures', { served: d.queue.served, noShows: d.queue.noShows, transferred: d.queue.transferred, max: minutes(d.queue.maxWaitMin) })}</p>
        <div className="as-two-cols">
          <BarChart title={t('assist.reports.waitByHour')} categoryHeader={t('assist.reports.hour')} data={charts.wait} emptyText={t('assist.reports.emptyQueue')} testId="as-chart-wait" height={260} />
          <HorizontalBarChart title={t('assist.reports.bookings')} categoryHeader={t('assist.appointments.status')} items={charts.bookings} sorted={false} seriesLabel={t('assist.reports.appointments')} emptyText={t('assist.reports.emptyBookings')} testId="as-chart-bookings" />
        </div>
      </section>
      {d.servicePointIds.length > 1 ? (
        <section className="as-report-section" aria-labelledby="as-r-points-h">
          <h2 id="as-r-points-h">{t('assist.reports.pointsTitle')}</h2>
          <HorizontalBarChart title={t('assist.reports.byServicePoint')} categoryHeader={t('assist.servicePoint.label')} items={rankedItems(d.byServicePoint, pointName)} seriesLabel={sessionsLabel} emptyText={empty} testId="as-chart-points" />
        </section>
      ) : null}
    </div>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="as-kpi">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
