import { useMemo } from 'react';
import { sortedByValue, type ChartData } from './chart-data.ts';
import { ChartFrame, type ChartProps } from './ChartFrame.tsx';

export interface RankedItem {
  id: string;
  label: string;
  value: number;
}

/**
 * A ranking (registrations by postal area or by home language): one horizontal bar per item,
 * largest first unless `sorted` is false, each with its number written at its end.
 */
export function HorizontalBarChart({ items, seriesLabel, sorted = true, ...props }: ChartProps & { items: readonly RankedItem[]; seriesLabel: string; sorted?: boolean }) {
  const data = useMemo<ChartData>(() => {
    const ordered = sorted ? sortedByValue(items) : [...items];
    return { categories: ordered.map((i) => ({ id: i.id, label: i.label })), series: [{ id: 'value', label: seriesLabel, values: ordered.map((i) => i.value) }] };
  }, [items, seriesLabel, sorted]);
  return <ChartFrame {...props} data={data} mode="grouped" orientation="horizontal" kind="kindHorizontal" />;
}
