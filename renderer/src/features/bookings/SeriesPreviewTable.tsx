import { Checkbox } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccurrencePreviewView, ReschedulePreview } from '../../../../domain/bookings/contract.ts';
import { clockFor } from '../../calendar/time-grid.ts';
import { asLanguage } from '../../format/locale.ts';
import { dayLabel } from './booking-time.ts';
import { minutesOn } from './calendar-lanes.ts';
import { blockerText } from './slot-reasons.ts';

type Row = OccurrencePreviewView & { change?: ReschedulePreview['occurrences'][number]['change'] };

/**
 * A series' dates as the preview judged them: each with its time, its status and why a date is
 * not free, and a box to skip it. With `showChange`, what happens on each date (a new booking, a
 * moved one, none), under its date. `idPrefix` names the skip boxes (`{prefix}-skip-2027-03-18`).
 */
export function SeriesPreviewTable({
  rows,
  skip,
  onToggleSkip,
  idPrefix,
  showChange = false,
}: {
  rows: readonly Row[];
  skip: ReadonlySet<string>;
  onToggleSkip: (date: string) => void;
  idPrefix: string;
  showChange?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const ref = useRef<HTMLTableElement>(null);
  // A preview comes below the fields, out of sight on a low window: shown once, it is brought into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <table className="data-table dialog-table series-preview" data-testid={`${idPrefix}-preview-table`} ref={ref}>
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
          <tr key={o.date} data-testid={`${idPrefix}-occurrence`} data-date={o.date} data-status={o.status} data-change={o.change ?? undefined}>
            <td>
              {dayLabel(o.date, lang)} {clockFor(minutesOn(o.date, o.beginsAt), lang)}–{clockFor(minutesOn(o.date, o.endsAt), lang)}
              {showChange && o.change ? <span className="occurrence-change">{t(`bookings.reschedule.changes.${o.change}`)}</span> : null}
            </td>
            <td>
              <span className={`occurrence-status occurrence-status--${o.status}`}>{t(`bookings.series.statuses.${o.status}`)}</span>
              {o.blockers.length ? (
                <ul className="occurrence-why">
                  {o.blockers.map((b, i) => (
                    <li key={`${b.reservationId}-${i}`} data-reservation-id={b.reservationId}>
                      {blockerText(b, t, lang)}
                    </li>
                  ))}
                </ul>
              ) : null}
              {o.clashesWith.length ? <p className="occurrence-why">{t('bookings.series.clashesWith', { dates: o.clashesWith.join(', ') })}</p> : null}
            </td>
            <td>
              <Checkbox
                id={`${idPrefix}-skip-${o.date}`}
                data-testid={`${idPrefix}-skip-${o.date}`}
                label={t('bookings.series.skipDate', { date: dayLabel(o.date, lang) })}
                checked={skip.has(o.date)}
                onChange={() => onToggleSkip(o.date)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
