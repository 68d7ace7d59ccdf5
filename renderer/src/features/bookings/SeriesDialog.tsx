import { skipToken } from '@reduxjs/toolkit/query';
import { Button, ButtonSize, ButtonVariant, Checkbox, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccurrencePreview, ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { WEEKDAYS, type Weekday } from '../../../../domain/bookings/series.ts';
import { isoWeekday } from '../../../../domain/wall-clock.ts';
import { usePreviewSeriesQuery, useCreateSeriesMutation } from '../../api/kuva-api.ts';
import { clock, clockFor, parseClock } from '../../calendar/time-grid.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { asAppError } from '../../api/base-query.ts';
import { dayForInput, parseDay } from '../../format/dates.ts';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { BookingFields, draftBuffers, draftProblem, draftReservee, EMPTY_BOOKING, type BookingDraft } from './BookingFields.tsx';
import { dayLabel } from './booking-time.ts';
import { minutesOn } from './calendar-lanes.ts';
import { commandError } from '../../api/command-error.ts';
import { blockerText } from './slot-reasons.ts';

interface Pattern {
  beginDate: string;
  endDate: string;
  beginTime: string;
  endTime: string;
  weekdays: Weekday[];
  recurrenceInDays: number;
}

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
  const [weekdays, setWeekdays] = useState<Weekday[]>([WEEKDAYS[isoWeekday(startDate) - 1] ?? 'MONDAY']);
  const [every, setEvery] = useState('1');
  const [fromText, setFromText] = useState(dayForInput(startDate, lang));
  const [toText, setToText] = useState('');
  const [beginText, setBeginText] = useState(lang === 'fi' ? '17.00' : '17:00');
  const [endText, setEndText] = useState(lang === 'fi' ? '18.00' : '18:00');
  const [previewed, setPreviewed] = useState<Pattern | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());

  const from = parseDay(fromText, lang);
  const to = parseDay(toText, lang);
  const begin = parseClock(beginText);
  const end = parseClock(endText);
  const problem = !from.ok
    ? 'bookings.series.fromInvalid'
    : !to.ok
      ? 'bookings.series.toInvalid'
      : to.iso < from.iso
        ? 'bookings.series.toBeforeFrom'
        : weekdays.length === 0
          ? 'bookings.series.noWeekdays'
          : begin === null || end === null || begin >= 24 * 60
            ? 'bookings.staff.timeInvalid'
            : end <= begin
              ? 'bookings.staff.endBeforeBegin'
              : null;
  const pattern: Pattern | null =
    problem || !from.ok || !to.ok || begin === null || end === null
      ? null
      : { beginDate: from.iso, endDate: to.iso, beginTime: clock(begin), endTime: clock(end), weekdays: WEEKDAYS.filter((d) => weekdays.includes(d)), recurrenceInDays: Number(every) * 7 };
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

  const toggleDay = (d: Weekday) => setWeekdays((list) => (list.includes(d) ? list.filter((x) => x !== d) : [...list, d]));
  const toggleSkip = (date: string) =>
    setSkip((s) => {
      const next = new Set(s);
      if (next.has(date)) next.delete(date);
      else next.add(date);
      return next;
    });

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
      <fieldset className="radio-group radio-group--row" data-testid="series-weekdays">
        <legend>{t('bookings.series.weekdays')}</legend>
        {WEEKDAYS.map((d) => (
          <Checkbox key={d} id={`series-day-${d}`} data-testid={`series-day-${d}`} label={t(`bookings.weekdays.${d}`)} checked={weekdays.includes(d)} onChange={() => toggleDay(d)} />
        ))}
      </fieldset>
      <div className="form-row">
        <SelectField id="series-every" label={t('bookings.series.every')} value={every} onChange={setEvery} options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('bookings.series.everyWeeks', { count: n }) }))} />
        <TextInput id="series-from" data-testid="series-from" label={t('bookings.series.from')} value={fromText} onChange={(e) => setFromText(e.target.value)} autoComplete="off" required />
        <TextInput id="series-to" data-testid="series-to" label={t('bookings.series.to')} helperText={t('bookings.series.toHelp')} value={toText} onChange={(e) => setToText(e.target.value)} autoComplete="off" required />
      </div>
      <div className="form-row">
        <TextInput id="series-begin" data-testid="series-begin" label={t('bookings.staff.begin')} value={beginText} onChange={(e) => setBeginText(e.target.value)} autoComplete="off" required />
        <TextInput id="series-end" data-testid="series-end" label={t('bookings.staff.end')} value={endText} onChange={(e) => setEndText(e.target.value)} autoComplete="off" required />
      </div>
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
          <table className="data-table series-preview" data-testid="series-preview-table">
            <caption>{t('bookings.series.previewCaption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bookings.series.date')}</th>
                <th scope="col">{t('bookings.series.status')}</th>
                <th scope="col">{t('bookings.series.skip')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.date} data-testid="series-occurrence" data-date={o.date} data-status={o.status}>
                  <td>
                    {dayLabel(o.date, lang)} {clockFor(minutesOn(o.date, o.beginsAt), lang)}–{clockFor(minutesOn(o.date, o.endsAt), lang)}
                  </td>
                  <td>
                    <span className={`occurrence-status occurrence-status--${o.status}`}>{t(`bookings.series.statuses.${o.status}`)}</span>
                    {o.blockers.length ? (
                      <ul className="occurrence-why">
                        {o.blockers.map((b, i) => (
                          <li key={`${b.reservationId}-${i}`} data-reservation-id={b.reservationId}>
                            {blockerText(b.reservationUnitId === unit.id ? { ...b, reservationUnitName: unit.name } : b, t, lang)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {o.clashesWith.length ? <p className="occurrence-why">{t('bookings.series.clashesWith', { dates: o.clashesWith.join(', ') })}</p> : null}
                  </td>
                  <td>
                    {o.status === 'skipped' ? null : (
                      <Checkbox
                        id={`series-skip-${o.date}`}
                        data-testid={`series-skip-${o.date}`}
                        label={t('bookings.series.skipDate', { date: dayLabel(o.date, lang) })}
                        checked={skip.has(o.date)}
                        onChange={() => toggleSkip(o.date)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null
      ) : null}
    </ConfirmDialog>
  );
}
