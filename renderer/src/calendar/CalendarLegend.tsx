import { useTranslation } from 'react-i18next';
import type { CalendarTone } from './time-grid.ts';

/** What each colour and pattern means: the workspace names its tones; buffers and hours are the calendar's own. */
export function CalendarLegend({ tones, related }: { tones: { tone: CalendarTone; label: string }[]; related?: string }) {
  const { t } = useTranslation();
  return (
    <div className="cal-legend" role="group" aria-label={t('calendar.legend')} data-testid="calendar-legend">
      <ul>
        {tones.map((e) => (
          <li key={e.tone}>
            <span aria-hidden="true" className={`cal-legend__swatch cal-tone--${e.tone}`} />
            {e.label}
          </li>
        ))}
        {related ? (
          <li>
            <span aria-hidden="true" className="cal-legend__swatch cal-tone--confirmed cal__item--related" />
            {related}
          </li>
        ) : null}
        <li>
          <span aria-hidden="true" className="cal-legend__swatch cal__buffer" />
          {t('calendar.buffer')}
        </li>
        <li>
          <span aria-hidden="true" className="cal-legend__swatch cal__open" />
          {t('calendar.open')}
        </li>
        <li>
          <span aria-hidden="true" className="cal-legend__swatch cal-legend__swatch--closed" />
          {t('calendar.closed')}
        </li>
        <li>
          <span aria-hidden="true" className="cal-legend__swatch cal-legend__swatch--now" />
          {t('calendar.now')}
        </li>
      </ul>
    </div>
  );
}
