import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { patternId, SeriesPatterns } from './SeriesPatterns.tsx';

/** Which colour and pattern is which series; the swatches repeat the bars' own fills. */
export function ChartLegend({ series }: { series: { id: string; label: string }[] }) {
  const { t } = useTranslation();
  const prefix = `legend${useId().replace(/:/g, '')}`;
  return (
    <ul className="chart__legend" aria-label={t('charts.legend')}>
      {series.map((s, i) => (
        <li key={s.id}>
          <svg className="chart__swatch" width="16" height="16" aria-hidden="true" focusable="false">
            {i === 0 ? <SeriesPatterns prefix={prefix} count={series.length} /> : null}
            <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${patternId(prefix, i)})`} stroke="#fff" />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
