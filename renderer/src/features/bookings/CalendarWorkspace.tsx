import { skipToken } from '@reduxjs/toolkit/query';
import { Button, ButtonSize, ButtonVariant, IconPlus } from 'hds-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingUnitOption } from '../../../../domain/bookings/contract.ts';
import { toWallClock } from '../../../../domain/wall-clock.ts';
import { asAppError } from '../../api/base-query.ts';
import { useDayCalendarQuery, useListBookingUnitsQuery, useWeekCalendarQuery } from '../../api/kuva-api.ts';
import { CalendarGrid } from '../../calendar/CalendarGrid.tsx';
import { CalendarLegend } from '../../calendar/CalendarLegend.tsx';
import { DateNavigator } from '../../calendar/DateNavigator.tsx';
import { visibleRange, type CalendarLane, type SlotSelection } from '../../calendar/time-grid.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { SplitView } from '../../components/SplitView.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { ExportButton } from '../../files/ExportButton.tsx';
import { formatIsoDate, helsinkiToday, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeReservation, moveBookingCalendar, openReservation } from '../../store/ui-slice.ts';
import '../../styles/bookings.css';
import { addDays, isoWeekday } from '../../../../domain/wall-clock.ts';
import { bookingLegend, dayLanes, weekLanes } from './calendar-lanes.ts';
import { ReservationDetail } from './ReservationDetail.tsx';
import { SeriesDialog } from './SeriesDialog.tsx';
import { PricesDialog } from './PricesDialog.tsx';
import { UnitRulesDialog } from './UnitRulesDialog.tsx';
import { StaffBookingDialog, type SlotChoice } from './StaffBookingDialog.tsx';

const MIN_HOURS = { beginMin: 8 * 60, endMin: 20 * 60 };

/** Now in Helsinki, ticking each minute for the current-time line. */
function useHelsinkiNow(): { date: string; minutes: number } {
  const [now, setNow] = useState(() => toWallClock(Date.now()));
  useEffect(() => {
    const id = setInterval(() => setNow(toWallClock(Date.now())), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * A unit's day (one row per reservation unit) or a reservation unit's week (with the bookings of
 * related units that block it). A free slot, clicked, dragged or chosen with the keyboard, makes a
 * staff booking; a booking opens beside the calendar.
 */
export function CalendarWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const place = useAppSelector((s) => s.ui.bookingCalendar);
  const selectedId = useAppSelector((s) => s.ui.selectedReservationId);
  const units = useListBookingUnitsQuery();
  const now = useHelsinkiNow();
  const [slot, setSlot] = useState<SlotChoice | null>(null);
  const [seriesOpen, setSeriesOpen] = useState(false);
  const [pricesOpen, setPricesOpen] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);

  const list = units.data ?? [];
  const unit: BookingUnitOption | undefined = list.find((u) => u.id === place.unitId) ?? list[0];
  const ru = unit?.reservationUnits.find((r) => r.id === place.reservationUnitId) ?? unit?.reservationUnits[0];
  const date = place.date ?? helsinkiToday();
  const monday = addDays(date, 1 - isoWeekday(date));
  const day = useDayCalendarQuery(place.mode === 'day' && unit ? { unitId: unit.id, date } : skipToken);
  const week = useWeekCalendarQuery(place.mode === 'week' && ru ? { reservationUnitId: ru.id, weekOf: date } : skipToken);
  const q = place.mode === 'day' ? day : week;

  const lanes: CalendarLane[] = useMemo(() => {
    if (place.mode === 'day') return day.data ? dayLanes(day.data, t, lang) : [];
    return week.data ? weekLanes(week.data, t, lang) : [];
  }, [place.mode, day.data, week.data, t, lang]);
  const range = useMemo(() => visibleRange(lanes, MIN_HOURS), [lanes]);
  const slotMin = place.mode === 'week' && ru ? Math.min(60, Math.max(15, ru.startIntervalMin)) : 30;

  const onSelect = useCallback(
    (sel: SlotSelection) => {
      const target = place.mode === 'day' ? unit?.reservationUnits.find((r) => r.id === sel.laneId) : ru;
      if (target) setSlot({ reservationUnit: target, date: sel.date, beginMin: sel.beginMin, endMin: sel.endMin });
    },
    [place.mode, unit, ru],
  );
  const onOpenItem = useCallback((item: { id: string }) => dispatch(openReservation(item.id)), [dispatch]);
  const move = (p: Parameters<typeof moveBookingCalendar>[0]) => dispatch(moveBookingCalendar(p));

  if (units.isLoading) return <div className="workspace workspace--centered"><LoadingState text={t('bookings.calendar.loadingUnits')} /></div>;
  if (units.isError) return <div className="workspace workspace--centered"><ErrorState error={asAppError(units.error)} onRetry={() => void units.refetch()} /></div>;
  if (!unit) return <div className="workspace workspace--centered"><EmptyState title={t('bookings.calendar.noUnits')} text={t('bookings.calendar.noUnitsText')} testId="calendar-no-units" /></div>;

  const title =
    place.mode === 'day'
      ? t('bookings.calendar.dayTitle', { unit: localized(unit.name, lang), date: formatIsoDate(date, lang) })
      : t('bookings.calendar.weekTitle', { unit: ru ? localized(ru.name, lang) : '', from: formatIsoDate(monday, lang), to: formatIsoDate(addDays(monday, 6), lang) });

  return (
    <div className="workspace workspace--bookings workspace--calendar">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('bookings.nav.calendar')}</h1>
        <div className="view-switch" role="group" aria-label={t('bookings.calendar.viewLabel')}>
          {(['day', 'week'] as const).map((m) => (
            <Button key={m} size={ButtonSize.Small} variant={place.mode === m ? ButtonVariant.Primary : ButtonVariant.Secondary} aria-pressed={place.mode === m} onClick={() => move({ mode: m })} data-testid={`calendar-mode-${m}`}>
              {t(`bookings.calendar.mode_${m}`)}
            </Button>
          ))}
        </div>
        <div className="workspace__tools">
          {place.mode === 'day' ? (
            <ExportButton request={{ kind: 'pdf', documentId: 'bookings.dayList', params: { unitId: unit.id, date } }} testId="print-day-list" />
          ) : (
            <ExportButton request={{ kind: 'pdf', documentId: 'bookings.weekList', params: { unitId: unit.id, weekOf: date } }} testId="print-week-list" />
          )}
          {place.mode === 'week' && ru && unit.canManage ? (
            <>
              <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setRulesOpen(true)} data-testid="open-rules-dialog">
                {t('bookings.rules.open')}
              </Button>
              <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setPricesOpen(true)} data-testid="open-prices-dialog">
                {t('bookings.prices.open')}
              </Button>
            </>
          ) : null}
          {place.mode === 'week' && ru && unit.canHandle ? (
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconStart={<IconPlus aria-hidden />} onClick={() => setSeriesOpen(true)} data-testid="open-series-dialog">
              {t('bookings.series.open')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="calendar-toolbar">
        <SelectField
          id="calendar-unit"
          label={t('bookings.calendar.unit')}
          value={unit.id}
          onChange={(v) => move({ unitId: v, reservationUnitId: null })}
          options={list.map((u) => ({ value: u.id, label: localized(u.name, lang) }))}
        />
        {place.mode === 'week' ? (
          <SelectField
            id="calendar-reservation-unit"
            label={t('bookings.calendar.reservationUnit')}
            value={ru?.id ?? ''}
            onChange={(v) => move({ reservationUnitId: v })}
            options={unit.reservationUnits.map((r) => ({ value: r.id, label: localized(r.name, lang) }))}
          />
        ) : null}
        <DateNavigator date={date} step={place.mode === 'day' ? 1 : 7} onChange={(d) => move({ date: d })} idPrefix="calendar" />
      </div>
      <CalendarLegend tones={bookingLegend(t)} related={place.mode === 'week' ? t('bookings.legend.related') : undefined} />
      {!unit.canHandle ? <p className="read-only-note">{t('bookings.calendar.readOnly')}</p> : null}
      <SplitView
        storageKey="kuva.bookingDetailWidth"
        handleLabel={t('detail.resize')}
        main={
          <section className="calendar-area" aria-label={title} data-testid="calendar-area" data-mode={place.mode} data-state={q.isFetching ? 'loading' : q.isError ? 'error' : 'ready'}>
            <h2 className="calendar-area__title">{title}</h2>
            {q.isError ? (
              <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
            ) : q.isLoading || (!q.data && q.isFetching) ? (
              <LoadingState text={t('bookings.calendar.loading')} />
            ) : lanes.length === 0 ? (
              <EmptyState title={t('bookings.calendar.noReservationUnits')} testId="calendar-empty" />
            ) : (
              <CalendarGrid
                lanes={lanes}
                range={range}
                slotMin={slotMin}
                label={title}
                laneHeader={place.mode === 'day' ? t('bookings.calendar.reservationUnit') : t('bookings.calendar.day')}
                now={now}
                onSelect={unit.canHandle ? onSelect : undefined}
                onOpenItem={onOpenItem}
                testId={place.mode === 'day' ? 'day-calendar' : 'week-calendar'}
              />
            )}
          </section>
        }
        side={selectedId ? <ReservationDetail key={selectedId} id={selectedId} onClose={() => dispatch(closeReservation())} /> : null}
      />
      {slot ? <StaffBookingDialog slot={slot} onClose={() => setSlot(null)} /> : null}
      {rulesOpen && ru ? <UnitRulesDialog unit={ru} onClose={() => setRulesOpen(false)} /> : null}
      {pricesOpen && ru ? <PricesDialog unit={ru} onClose={() => setPricesOpen(false)} /> : null}
      {seriesOpen && ru ? <SeriesDialog unit={ru} startDate={date < helsinkiToday() ? helsinkiToday() : date} onClose={() => setSeriesOpen(false)} /> : null}
    </div>
  );
}
