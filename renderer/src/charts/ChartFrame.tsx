import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../format/locale.ts';
import { horizontalBarLayout, verticalBarLayout } from './bar-layout.ts';
import { BarFocusLayer } from './BarFocusLayer.tsx';
import { BarSvg } from './BarSvg.tsx';
import { checkData, hasData, summarise, type BarMode, type ChartData } from './chart-data.ts';
import { formatChartNumber } from './chart-format.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { ChartTable } from './ChartTable.tsx';
import type { ChartOrientation } from './focus-grid.ts';
import './charts.css';
import { useElementWidth } from './useElementWidth.ts';

export interface ChartProps {
  /** What the chart shows; its caption, and the start of its summary and table caption. */
  title: string;
  /** The table's first column header (e.g. "Event", "Postal area"); "Item" when not given. */
  categoryHeader?: string;
  /** What to say when there is nothing to draw, e.g. "No registrations in this period." */
  emptyText?: string;
  testId?: string;
}

export type ChartKind = 'kindBar' | 'kindHorizontal' | 'kindTime';

const FALLBACK_WIDTH = 640;

/**
 * What every chart shares: caption, legend, measured width, the drawing with its focus layer,
 * the summary screen readers hear, the "show as table" toggle and the empty state.
 */
export function ChartFrame({ title, categoryHeader, emptyText, testId, data, mode, orientation, kind, height = 320, rowHeight = 28 }: ChartProps & { data: ChartData; mode: BarMode; orientation: ChartOrientation; kind: ChartKind; height?: number; rowHeight?: number }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [measure, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const [table, setTable] = useState(false);
  const id = useId().replace(/:/g, '');
  checkData(data);
  const format = useMemo(() => (value: number) => formatChartNumber(value, lang), [lang]);
  const layout = useMemo(
    () => (orientation === 'vertical' ? verticalBarLayout(data, { width, height, mode, format }) : horizontalBarLayout(data, { width, rowHeight, format })),
    [data, orientation, width, height, rowHeight, mode, format],
  );

  if (!hasData(data)) {
    return (
      <figure className="chart" data-testid={testId}>
        <figcaption className="chart__title">{title}</figcaption>
        <div className="chart__empty" role="status">
          <p className="chart__empty-title">{t('charts.emptyTitle')}</p>
          <p>{emptyText ?? t('charts.emptyText')}</p>
        </div>
      </figure>
    );
  }

  const s = summarise(data, mode);
  const summary = t('charts.summary', {
    title,
    kind: t(`charts.${kind}`),
    categories: formatChartNumber(s.categories, lang),
    series: formatChartNumber(s.series, lang),
    total: format(s.total),
    maxValue: format(s.max?.value ?? 0),
    maxLabel: [s.max?.category, data.series.length > 1 ? s.max?.series : ''].filter(Boolean).join(', '),
  });
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      {data.series.length > 1 ? <ChartLegend series={data.series} /> : null}
      <div ref={measure} className="chart__area">
        <BarSvg layout={layout} orientation={orientation} seriesCount={data.series.length} label={summary} prefix={`chart${id}`} format={format} />
        <BarFocusLayer layout={layout} data={data} orientation={orientation} title={title} format={format} />
      </div>
      <button type="button" className="chart__toggle" aria-expanded={table} aria-controls={`${id}-table`} onClick={() => setTable((v) => !v)}>
        {table ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      {table ? <ChartTable id={`${id}-table`} title={title} data={data} mode={mode} categoryHeader={categoryHeader} format={format} /> : null}
    </figure>
  );
}
