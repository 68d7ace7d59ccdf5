import { Button, ButtonSize, ButtonVariant, IconCross, IconPlus, Notification } from 'hds-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentRow, CalendarView, SlotView } from '../../../../domain/assist/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { addDays, isoWeekday, parseTimeOfDay, toWallClock } from '../../../../domain/wall-clock.ts';
import { asAppError } from '../../api/base-query.ts';
import { CalendarGrid } from '../../calendar/CalendarGrid.tsx';
import { CalendarLegend } from '../../calendar/CalendarLegend.tsx';
import { DateNavigator } from '../../calendar/DateNavigator.tsx';
import { clockFor, fittedRange } from '../../calendar/time-grid.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatIsoDate, helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { AppointmentDialog } from './AppointmentDialog.tsx';
import { APPOINTMENT_LEGEND, appointmentLanes, gridStep, slotForSelection } from './appointment-lanes.ts';
import type { AsContext } from './as-context.ts';
import { AssistFrame } from './AssistFrame.tsx';
import { useAsCalendarsQuery } from './assist-api.ts';
import { useAssistSession } from './assist-session.ts';
import { weekdayLabel, timeOf } from './assist-time.ts';
import { BookDialog } from './BookDialog.tsx';
import { HoursDialog } from './HoursDialog.tsx';
import { HoursList } from './HoursList.tsx';
import { useNow } from './use-now.ts';

/** The hours an empty week shows; a week with shifts shows the hours of its shifts. */
const OFFICE_HOURS = { beginMin: 9 * 60, endMin: 17 * 60 };


/** Helper calendars of a week (issue 9, item 3): book a free slot with the short intake, open a booking to cancel it or mark a no-show. */
export function AppointmentsWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <AssistFrame user={user} title={t('assist.appointments.title')} testId="as-appointments">
      {(ctx) => <AppointmentsBody ctx={ctx} />}
    </AssistFrame>
  );
}

function AppointmentsBody({ ctx }: { ctx: AsContext }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const session = useAssistSession(ctx.user.id);
  const [date, setDate] = useState(helsinkiToday());
  const [booking, setBooking] = useState<{ calendar: CalendarView; slot: SlotView } | null>(null);
  const [open, setOpen] = useState<AppointmentRow | null>(null);
  const [opening, setOpening] = useState(false);
  const q = useAsCalendarsQuery({ servicePointId: ctx.servicePoint.id, date, span: 'week' });
  const nowMs = useNow(60_000);
  const now = toWallClock(nowMs);
  const monday = addDays(date, 1 - isoWeekday(date));
  const calendars = useMemo(() => q.currentData?.calendars ?? [], [q.currentData]);
  const lanes = useMemo(
    () =>
      appointmentLanes(
        calendars,
        (c) => `${weekdayLabel(c.calendar.date, lang)} ${clockFor(parseTimeOfDay(c.calendar.startTime) ?? 0, lang)}–${clockFor(parseTimeOfDay(c.calendar.endTime) ?? 0, lang)}${c.mine ? ` (${t('assist.queue.you')})` : ''}`,
        (s) => {
          const a = s.appointment!.appointment;
          return {
            label: t(`assist.topics.${a.intake.topic}`),
            description: [t(`assist.appointmentStatus.${a.status}`), `${timeOf(s.startsAt, lang)}–${timeOf(s.endsAt, lang)}`, t(`assist.languages.${a.intake.language}`), s.appointment!.pending ? t('assist.states.pending') : ''].filter(Boolean).join(', '),
          };
        },
      ),
    [calendars, lang, t],
  );
  const all = calendars.flatMap((c) => c.slots.flatMap((s) => (s.appointment ? [s.appointment] : [])));
  const free = calendars.reduce((n, c) => n + c.freeSlots, 0);
  return (
    <div className="as-appointments" data-testid="as-appointments-body">
      {session.followUp ? (
        <Notification type="info" label={t('assist.appointments.followUpTitle')} data-testid="as-follow-up">
          {t('assist.appointments.followUp')}
          <Button size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconStart={<IconCross aria-hidden />} onClick={() => session.askFollowUp(null)}>
            {t('assist.appointments.followUpCancel')}
          </Button>
        </Notification>
      ) : null}
      <div className="as-appointments__bar">
        <DateNavigator date={date} step={7} onChange={setDate} idPrefix="as-week" />
        <p className="muted" data-testid="as-free-slots" data-count={free}>
          {t('assist.appointments.week', { from: formatIsoDate(monday, lang), to: formatIsoDate(addDays(monday, 6), lang) })} · {t('assist.appointments.free', { count: free })}
        </p>
        <Button className="as-appointments__open" size={ButtonSize.Small} variant={ButtonVariant.Secondary} iconStart={<IconPlus aria-hidden />} onClick={() => setOpening(true)} data-testid="as-hours-open">
          {t('assist.hours.open')}
        </Button>
      </div>
      {!q.currentData ? (
        q.isFetching ? <LoadingState text={t('assist.states.loading')} /> : <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : lanes.length === 0 ? (
        <EmptyState title={t('assist.appointments.noneTitle')} text={t('assist.appointments.none')} testId="as-no-calendars" />
      ) : (
        <>
          <p className="muted">{t('assist.appointments.howTo')}</p>
          <CalendarGrid
            lanes={lanes}
            range={fittedRange(lanes, OFFICE_HOURS)}
            slotMin={gridStep(calendars.map((c) => c.calendar.slotLengthMin))}
            label={t('assist.appointments.gridLabel', { from: formatIsoDate(monday, lang) })}
            laneHeader={t('assist.appointments.laneHeader')}
            now={now}
            onSelect={(sel) => setBooking(slotForSelection(calendars, sel))}
            onOpenItem={(item) => setOpen(all.find((a) => a.appointment.id === item.id) ?? null)}
            testId="as-calendar"
          />
          <CalendarLegend tones={APPOINTMENT_LEGEND.map(([tone, status]) => ({ tone, label: t(`assist.appointmentStatus.${status}`) }))} />
          <HoursList ctx={ctx} calendars={calendars} nowMs={nowMs} />
          <AppointmentList rows={all} onOpen={setOpen} />
        </>
      )}
      {booking ? <BookDialog ctx={ctx} calendar={booking.calendar} slot={booking.slot} onClose={() => setBooking(null)} /> : null}
      {open ? <AppointmentDialog row={open} nowMs={nowMs} onClose={() => setOpen(null)} /> : null}
      {opening ? <HoursDialog ctx={ctx} firstDay={date < now.date ? now.date : date} onClose={() => setOpening(false)} /> : null}
    </div>
  );
}

function AppointmentList({ rows, onOpen }: { rows: readonly AppointmentRow[]; onOpen: (r: AppointmentRow) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  if (rows.length === 0) return <p className="muted" data-testid="as-no-appointments">{t('assist.appointments.noBookings')}</p>;
  return (
    <section className="as-card" aria-labelledby="as-appt-list-h">
      <h2 id="as-appt-list-h" className="as-card__title">
        {t('assist.appointments.listTitle', { count: rows.length })}
      </h2>
      <table className="as-table" data-testid="as-appointment-rows">
        <thead>
          <tr>
            <th scope="col">{t('assist.appointments.time')}</th>
            <th scope="col">{t('assist.intake.topic')}</th>
            <th scope="col">{t('assist.intake.language')}</th>
            <th scope="col">{t('assist.appointments.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.appointment.id} data-testid="as-appointment-row" data-status={r.appointment.status}>
              <th scope="row">
                <button type="button" className="as-link-button" onClick={() => onOpen(r)}>
                  {weekdayLabel(toWallClock(Date.parse(r.appointment.startsAt)).date, lang)} {timeOf(r.appointment.startsAt, lang)}–{timeOf(r.appointment.endsAt, lang)}
                </button>
              </th>
              <td>{t(`assist.topics.${r.appointment.intake.topic}`)}</td>
              <td>{t(`assist.languages.${r.appointment.intake.language}`)}</td>
              <td>
                {t(`assist.appointmentStatus.${r.appointment.status}`)}
                {r.pending ? <span className="muted"> · {t('assist.states.pending')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
