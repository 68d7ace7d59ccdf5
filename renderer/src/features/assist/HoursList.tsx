import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarView } from '../../../../domain/assist/contract.ts';
import { hoursBeginMs, keepsHoursOpen } from '../../../../domain/assist/hours.ts';
import { parseTimeOfDay } from '../../../../domain/wall-clock.ts';
import { commandError } from '../../api/command-error.ts';
import { clockFor } from '../../calendar/time-grid.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsCloseHoursMutation } from './assist-api.ts';
import { weekdayLabel } from './assist-time.ts';

const activeBookings = (c: CalendarView) => c.slots.filter((s) => s.appointment && keepsHoursOpen(s.appointment.appointment)).length;

/**
 * The week's help hours as a table: whose they are, how full, and "close" for hours still to
 * come, on the helper's own or, for a supervisor, anyone's. The calendar above shows the same
 * hours as lanes; this is where they are read and closed by keyboard and screen reader alike.
 */
export function HoursList({ ctx, calendars, nowMs }: { ctx: AsContext; calendars: readonly CalendarView[]; nowMs: number }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [closing, setClosing] = useState<CalendarView | null>(null);
  const when = (c: CalendarView) => `${weekdayLabel(c.calendar.date, lang)} ${clockFor(parseTimeOfDay(c.calendar.startTime) ?? 0, lang)}–${clockFor(parseTimeOfDay(c.calendar.endTime) ?? 0, lang)}`;
  return (
    <section className="as-card" aria-labelledby="as-hours-list-h" data-testid="as-hours-list">
      <h2 id="as-hours-list-h" className="as-card__title">
        {t('assist.hours.listTitle')}
      </h2>
      <table className="as-table">
        <thead>
          <tr>
            <th scope="col">{t('assist.hours.when')}</th>
            <th scope="col">{t('assist.hours.slotLength')}</th>
            <th scope="col">{t('assist.hours.helper')}</th>
            <th scope="col">{t('assist.hours.booked')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('assist.hours.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {calendars.map((c) => {
            const begun = hoursBeginMs(c.calendar) <= nowMs;
            const mayClose = c.mine || ctx.servicePoint.rights.supervisor;
            return (
              <tr key={c.calendar.id} data-testid="as-hours-row" data-calendar-id={c.calendar.id} data-mine={c.mine}>
                <th scope="row" className="as-nowrap">
                  {when(c)}
                </th>
                <td>{t('assist.hours.minutes', { count: c.calendar.slotLengthMin })}</td>
                <td>{c.mine ? t('assist.hours.you') : t('assist.hours.other')}</td>
                <td>{t('assist.hours.bookedOf', { booked: c.slots.length - c.freeSlots, slots: c.slots.length })}</td>
                <td>
                  {begun ? (
                    <span className="muted">{t('assist.hours.begun')}</span>
                  ) : mayClose ? (
                    <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setClosing(c)} aria-label={t('assist.hours.closeLabel', { when: when(c) })} data-testid="as-hours-close">
                      {t('assist.hours.close')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {closing ? <CloseHoursDialog calendar={closing} when={when(closing)} onClose={() => setClosing(null)} /> : null}
    </section>
  );
}

function CloseHoursDialog({ calendar, when, onClose }: { calendar: CalendarView; when: string; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [close] = useAsCloseHoursMutation();
  const booked = activeBookings(calendar);
  return (
    <ConfirmDialog
      isOpen
      variant="danger"
      title={t('assist.hours.closeTitle', { when })}
      text={t('assist.hours.closeText')}
      confirmLabel={t('assist.hours.close')}
      cancelLabel={t('assist.hours.closeCancel')}
      testId="as-hours-close-dialog"
      confirmTestId="as-hours-close-confirm"
      confirmDisabled={booked > 0}
      blockedReason={booked > 0 ? t('assist.hours.closeBooked', { count: booked }) : null}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await close({ calendarId: calendar.calendar.id }));
        if (!err) dispatch(announce({ key: 'assist.hours.closed', params: { when } }));
        return err;
      }}
    />
  );
}
