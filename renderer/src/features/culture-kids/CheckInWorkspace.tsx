import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatDateTime, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { AttendeeTable } from './AttendeeTable.tsx';
import { useCkAttendeesQuery, useCkProgramQuery } from './ck-api.ts';
import { doorOccurrences } from './check-in-occurrences.ts';
import { CkFrame, type CkContext } from './CkFrame.tsx';
import { TicketScanner } from './TicketScanner.tsx';

/** The door (issue 8, build 5): an occurrence's enrolled children, a ticket field for the scanner, offline too. */
export function CheckInWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <CkFrame user={user} title={t('cultureKids.checkIn.title')} testId="ck-check-in">
      {(ctx) => <CheckInBody key={ctx.cohort.id} ctx={ctx} />}
    </CkFrame>
  );
}

function CheckInBody({ ctx }: { ctx: CkContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const program = useCkProgramQuery({ cohortId: ctx.cohort.id });
  // Today is the day the door opened the view: the order does not shift under the staff's hands.
  const [openedAt] = useState(() => Date.now());
  const occurrences = useMemo(() => (program.data ? doorOccurrences(program.data, openedAt) : []), [program.data, openedAt]);
  const [chosen, setChosen] = useState<string | null>(null);
  const occurrenceId = chosen && occurrences.some((o) => o.id === chosen) ? chosen : (occurrences[0]?.id ?? null);

  if (program.isLoading) return <LoadingState text={t('cultureKids.states.loading')} />;
  if (program.isError || !program.data) return <ErrorState error={asAppError(program.error)} onRetry={() => void program.refetch()} />;
  if (!occurrenceId) return <EmptyState title={t('cultureKids.checkIn.noOccurrencesTitle')} text={t('cultureKids.checkIn.noOccurrences')} testId="ck-no-occurrences" />;
  return (
    <>
      <SelectField
        id="ck-check-in-occurrence"
        label={t('cultureKids.checkIn.occurrence')}
        value={occurrenceId}
        onChange={setChosen}
        options={occurrences.map((o) => ({
          value: o.id,
          label: `${o.today ? `${t('cultureKids.checkIn.today')} · ` : ''}${formatDateTime(o.startsAt, lang)} · ${localized(o.eventName, lang)} · ${localized(o.venueName, lang)}`,
        }))}
      />
      {ctx.offline ? (
        <p className="ck-warning" data-testid="ck-check-in-offline">
          {t('cultureKids.checkIn.offlineWorks')}
        </p>
      ) : null}
      <OccurrenceDoor key={occurrenceId} occurrenceId={occurrenceId} />
    </>
  );
}

function OccurrenceDoor({ occurrenceId }: { occurrenceId: string }) {
  const { t } = useTranslation();
  const q = useCkAttendeesQuery({ occurrenceId, purpose: 'check_in' });
  return (
    <>
      <TicketScanner occurrenceId={occurrenceId} />
      {q.isLoading ? (
        <LoadingState text={t('cultureKids.states.loading')} />
      ) : q.isError || !q.data ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <AttendeeTable list={q.data} />
      )}
    </>
  );
}
