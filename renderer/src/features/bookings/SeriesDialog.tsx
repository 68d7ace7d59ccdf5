import { skipToken } from '@reduxjs/toolkit/query';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccurrencePreview, ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { WEEKDAYS } from '../../../../domain/bookings/series.ts';
import { isoWeekday } from '../../../../domain/wall-clock.ts';
import { usePreviewSeriesQuery, useCreateSeriesMutation } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { asAppError } from '../../api/base-query.ts';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { BookingFields, draftBuffers, draftProblem, draftReservee, EMPTY_BOOKING, type BookingDraft } from './BookingFields.tsx';
import { commandError } from '../../api/command-error.ts';
import { useSeriesPattern, type SeriesPattern } from './series-pattern.ts';
import { SeriesPatternFields } from './SeriesPatternFields.tsx';
import { SeriesPreviewTable } from './SeriesPreviewTable.tsx';
import { toggled } from './skip-dates.ts';

/**
 * Dates that stop the series unless skipped: creation is all or nothing. A date outside opening
 * hours is told, not refused (staff bookings may fall outside them): the handler decides.
 */
const mustSkip = (o: OccurrencePreview) => o.status === 'conflict';

/**
 * A recurring series (brief 4.7): chosen weekdays, every N weeks, a date range whose end is
 * included, wall-clock times. "Preview" lists every date with its status; a conflicting or closed
 * date must be skipped before the series can be made.
 */
export function SeriesDialog({ unit, startDate, onClose }: { unit: ReservationUnitOption; startDate: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [create] = useCreateSeriesMutation();
  const [draft, setDraft] = useState<BookingDraft>(EMPTY_BOOKING);
  const { fields, pattern, problem } = useSeriesPattern(
    { from: startDate, to: null, weekdays: [WEEKDAYS[isoWeekday(startDate) - 1] ?? 'MONDAY'], everyWeeks: 1, begin: 17 * 60, end: 18 * 60 },
    lang,
  );
  const [previewed, setPreviewed] = useState<SeriesPattern | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());

  const stale = previewed !== null && JSON.stringify(previewed) !== JSON.stringify(pattern);
  const buffers = draftBuffers(draft);
  const preview = usePreviewSeriesQuery(previewed && !stale ? { reservationUnitId: unit.id, type: draft.type, ...previewed, ...buffers } : skipToken);
  const rows = previewed && !stale ? preview.data : undefined;
  const unresolved = rows?.filter((o) => mustSkip(o) && !skip.has(o.date)).length ?? 0;
  const booked = rows?.filter((o) => o.status !== 'skipped' && !skip.has(o.date)).length ?? 0;
  const formProblem = draftProblem(draft);
  const blocked = problem
    ? t(problem)
    : formProblem
      ? t(formProblem)
      : !rows
        ? t('bookings.series.previewFirst')
        : unresolved > 0
          ? t('bookings.series.skipConflicts', { count: unresolved })
          : booked === 0
            ? t('bookings.series.nothingLeft')
            : null;

  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.series.title')}
      text={t('bookings.series.intro', { unit: localized(unit.name, lang) })}
      confirmLabel={booked ? t('bookings.series.confirm', { count: booked }) : t('bookings.series.confirmNone')}
      cancelLabel={t('bookings.series.cancel')}
      testId="series-dialog"
      confirmTestId="series-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        if (!previewed) return null;
        const err = commandError(
          await create({
            reservationUnitId: unit.id,
            type: draft.type,
            name: draft.name.trim(),
            description: draft.description.trim(),
            ...previewed,
            skipDates: [...skip].filter((d) => rows?.some((o) => o.date === d)).sort(),
            ...buffers,
            reservee: draftReservee(draft),
          }),
        );
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.createSeries' } }));
        return err;
      }}
    >
      <SeriesPatternFields fields={fields} idPrefix="series" fromLabel={t('bookings.series.from')} />
      <BookingFields value={draft} onChange={setDraft} unit={unit} idPrefix="series" />
      <div className="series-preview-bar">
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={pattern === null} onClick={() => setPreviewed(pattern)} data-testid="series-preview">
          {previewed && !stale ? t('bookings.series.previewAgain') : t('bookings.series.preview')}
        </Button>
        {stale ? <span className="muted">{t('bookings.series.stale')}</span> : null}
      </div>
      {previewed && !stale ? (
        preview.isFetching && !rows ? (
          <LoadingState text={t('bookings.series.previewing')} small />
        ) : preview.isError ? (
          <ErrorState error={asAppError(preview.error)} onRetry={() => void preview.refetch()} />
        ) : rows ? (
          <SeriesPreviewTable rows={rows} skip={skip} onToggleSkip={(date) => setSkip((s) => toggled(s, date))} idPrefix="series" />
        ) : null
      ) : null}
    </ConfirmDialog>
  );
}
