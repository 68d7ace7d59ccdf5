import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../format/locale.ts';
import type { BarMode, ChartData } from './chart-data.ts';
import { bucketLabel } from './chart-format.ts';
import { ChartFrame, type ChartProps } from './ChartFrame.tsx';
import { bucketSeries, type BucketUnit, type DatedValue } from './date-buckets.ts';

export interface DatedSeries {
  id: string;
  label: string;
  /** Calendar days or UTC instants; each counts one unless it carries a value. */
  points: readonly DatedValue[];
}

/**
 * Bars over time: dated things (registrations, assistance sessions per channel) counted per
 * Helsinki day, ISO week or month, every bucket of the range shown, quiet ones as zero.
 */
export function TimeSeriesChart({ series, unit, range, mode = 'stacked', height, ...props }: ChartProps & { series: readonly DatedSeries[]; unit: BucketUnit; range?: { from?: string; to?: string }; mode?: BarMode; height?: number }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const data = useMemo<ChartData>(() => {
    const b = bucketSeries(
      series.map((s) => s.points),
      unit,
      range,
    );
    const weekName = (week: number, year: number) => t('charts.week', { week, year });
    return {
      categories: b.starts.map((start) => {
        const l = bucketLabel(start, unit, lang, weekName);
        return { id: start, label: l.full, shortLabel: l.short };
      }),
      series: series.map((s, i) => ({ id: s.id, label: s.label, values: b.values[i]! })),
    };
  }, [series, unit, range, lang, t]);
  return <ChartFrame {...props} data={data} mode={mode} orientation="vertical" kind="kindTime" height={height} />;
}
