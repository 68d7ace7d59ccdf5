import { skipToken } from '@reduxjs/toolkit/query';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import type { ReservationSeries } from '../../../../domain/bookings/entities.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { helsinkiDateOf, parseTimeOfDay } from '../../../../domain/wall-clock.ts';
import { asAppError } from '../../api/base-query.ts';
import { commandError } from '../../api/command-error.ts';
import { usePreviewRescheduleQuery, useRescheduleSeriesMutation } from '../../api/kuva-api.ts';
import { clockFor } from '../../calendar/time-grid.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { dayLabel } from './booking-time.ts';
import { minutesOn } from './calendar-lanes.ts';
import { useSeriesPattern, type PatternStart, type SeriesPattern } from './series-pattern.ts';
import { SeriesPatternFields } from './SeriesPatternFields.tsx';
import { SeriesPreviewTable } from './SeriesPreviewTable.tsx';
import { toggled } from './skip-dates.ts';

/** The series' own pattern, from the occurrence on screen when it is still to come, else from today. */
function startOf(series: ReservationSeries, occurrenceDate: string, today: string): PatternStart {
  return {
    from: occurrenceDate > today ? occurrenceDate : today,
    to: series.endDate,
    weekdays: series.weekdays,
    everyWeeks: series.recurrenceInDays / 7,
    begin: parseTimeOfDay(series.beginTime) ?? 17 * 60,
    end: parseTimeOfDay(series.endTime) ?? 18 * 60,
  };
}

/**
 * A staff series given a new time, weekdays or end from a date on (brief 4.7, pain point 8). The
 * preview tells, date by date, what moves, what is booked anew and whether it is free, and which
 * occurrences would be cancelled; all or nothing, as a new series is.
 */
export function RescheduleSeriesDialog({ detail, onClose }: { detail: ReservationDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [reschedule] = useRescheduleSeriesMutation();
  const series = detail.series!;
  const { fields, pattern, problem } = useSeriesPattern(startOf(series, helsinkiDateOf(Date.parse(detail.reservation.beginsAt)), helsinkiToday()), lang);
  const [previewed, setPreviewed] = useState<SeriesPattern | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');

  const stale = previewed !== null && JSON.stringify(previewed) !== JSON.stringify(pattern);
  const { beginDate: fromDate, ...rest } = previewed ?? ({} as SeriesPattern);
  const input = previewed && !stale ? { seriesId: series.id, fromDate, ...rest, skipDates: [...skip].sort() } : null;
  const preview = usePreviewRescheduleQuery(input ?? skipToken);
  const result = input ? preview.data : undefined;
  const rows = result?.occurrences;
  const unresolved = rows?.filter((o) => o.status === 'conflict').length ?? 0;
  const changes = result ? result.occurrences.filter((o) => o.change === 'new' || o.change === 'moved').length + result.cancelled.length : 0;
  const blocked = problem
    ? t(problem)
    : !result
      ? t('bookings.series.previewFirst')
      : unresolved > 0
        ? t('bookings.series.skipConflicts', { count: unresolved })
        : changes === 0
          ? t('bookings.reschedule.nothingChanges')
          : null;

  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.reschedule.title', { name: series.name })}
      text={t('bookings.reschedule.text')}
      confirmLabel={t('bookings.reschedule.confirm')}
      cancelLabel={t('bookings.reschedule.cancel')}
      testId="reschedule-dialog"
      confirmTestId="reschedule-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        if (!input) return null;
        const err = commandError(await reschedule({ ...input, note: note.trim() }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.rescheduleSeries' } }));
        return err;
      }}
    >
      <SeriesPatternFields fields={fields} idPrefix="reschedule" fromLabel={t('bookings.reschedule.from')} />
      <div className="series-preview-bar">
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={pattern === null} onClick={() => setPreviewed(pattern)} data-testid="reschedule-preview">
          {previewed && !stale ? t('bookings.series.previewAgain') : t('bookings.series.preview')}
        </Button>
        {stale ? <span className="muted">{t('bookings.series.stale')}</span> : null}
      </div>
      {input ? (
        preview.isFetching && !result ? (
          <LoadingState text={t('bookings.series.previewing')} small />
        ) : preview.isError ? (
          <ErrorState error={asAppError(preview.error)} onRetry={() => void preview.refetch()} />
        ) : result ? (
          <>
            {rows && rows.length ? (
              <SeriesPreviewTable
                rows={rows}
                skip={skip}
                onToggleSkip={(date) => setSkip((s) => toggled(s, date))}
                idPrefix="reschedule"
                showChange
              />
            ) : (
              <p className="muted">{t('bookings.reschedule.noNewDates')}</p>
            )}
            {result.cancelled.length ? (
              <div data-testid="reschedule-cancelled">
                <p>{t('bookings.reschedule.cancelledTitle', { count: result.cancelled.length })}</p>
                <ul>
                  {result.cancelled.map((c) => (
                    <li key={c.id} data-reservation-id={c.id}>
                      {dayLabel(c.date, lang)} {clockFor(minutesOn(c.date, c.beginsAt), lang)}–{clockFor(minutesOn(c.date, c.endsAt), lang)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null
      ) : null}
      <TextAreaWithCounter id="reschedule-note" label={t('bookings.reschedule.note')} value={note} max={LONG_TEXT_MAX} onValueChange={setNote} />
    </ConfirmDialog>
  );
}
