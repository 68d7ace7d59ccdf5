import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { BarChart } from '../../charts/BarChart.tsx';
import { HorizontalBarChart } from '../../charts/HorizontalBarChart.tsx';
import { TimeSeriesChart } from '../../charts/TimeSeriesChart.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useCkReportsQuery } from './ck-api.ts';
import { CkFrame, type CkContext } from './CkFrame.tsx';
import { homeLanguageName } from './home-languages.ts';
import { areaItems, eventFigures } from './report-data.ts';

/** Reports with charts (issue 8, build 10): registrations by date, postal area and language; each event's figures. */
export function ReportsWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <CkFrame user={user} title={t('cultureKids.reports.title')} testId="ck-reports">
      {(ctx) => <ReportsBody ctx={ctx} />}
    </CkFrame>
  );
}

function ReportsBody({ ctx }: { ctx: CkContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useCkReportsQuery({ cohortId: ctx.cohort.id });
  const r = q.data;
  const registrations = useMemo(() => (r ? [{ id: 'children', label: t('cultureKids.reports.columns.children'), points: r.registrationsByDate.map((d) => ({ at: d.date, value: d.count })) }] : []), [r, t]);
  const languages = useMemo(
    () => (r ? r.byHomeLanguage.map((l) => ({ id: l.language, label: homeLanguageName(l.language, lang, t('cultureKids.registry.otherLanguage')), value: l.count })) : []),
    [r, lang, t],
  );
  const events = useMemo(
    () =>
      r
        ? eventFigures(r, {
            eventName: (e) => localized(e.name, lang),
            capacity: t('cultureKids.reports.columns.capacity'),
            enrolments: t('cultureKids.reports.columns.enrolments'),
            attended: t('cultureKids.reports.columns.attended'),
            cancellations: t('cultureKids.reports.columns.cancellations'),
            noShows: t('cultureKids.reports.columns.noShows'),
          })
        : null,
    [r, lang, t],
  );
  if (q.isLoading) return <LoadingState text={t('cultureKids.states.loading')} />;
  if (q.isError || !r || !events) return <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />;
  return (
    <div className="ck-reports">
      <section className="ck-section" aria-labelledby="ck-reg-h">
        <h2 id="ck-reg-h">{t('cultureKids.reports.registrations')}</h2>
        <TimeSeriesChart title={t('cultureKids.reports.byDate')} categoryHeader={t('cultureKids.reports.columns.period')} series={registrations} unit="month" emptyText={t('cultureKids.reports.empty')} testId="ck-report-by-date" />
        <div className="ck-two-cols">
          <HorizontalBarChart title={t('cultureKids.reports.byPostalArea')} categoryHeader={t('cultureKids.reports.columns.area')} items={areaItems(r)} seriesLabel={t('cultureKids.reports.columns.children')} emptyText={t('cultureKids.reports.empty')} testId="ck-report-by-area" />
          <HorizontalBarChart title={t('cultureKids.reports.byLanguage')} categoryHeader={t('cultureKids.reports.columns.language')} items={languages} seriesLabel={t('cultureKids.reports.columns.children')} emptyText={t('cultureKids.reports.empty')} testId="ck-report-by-language" />
        </div>
      </section>
      <section className="ck-section" aria-labelledby="ck-events-report-h">
        <h2 id="ck-events-report-h">{t('cultureKids.reports.perEvent')}</h2>
        <BarChart title={t('cultureKids.reports.perEventChart')} categoryHeader={t('cultureKids.reports.columns.event')} data={events} emptyText={t('cultureKids.reports.empty')} testId="ck-report-events" />
      </section>
    </div>
  );
}
