import type { BarMode, ChartData } from './chart-data.ts';
import { ChartFrame, type ChartProps } from './ChartFrame.tsx';

/**
 * Vertical bars per category, one bar per series side by side (`grouped`, e.g. capacity,
 * enrolments and attendance per event) or piled up (`stacked`, e.g. attended, cancelled and
 * no-show as parts of the enrolments).
 */
export function BarChart({ data, mode = 'grouped', height, ...props }: ChartProps & { data: ChartData; mode?: BarMode; height?: number }) {
  return <ChartFrame {...props} data={data} mode={mode} orientation="vertical" kind="kindBar" height={height} />;
}
