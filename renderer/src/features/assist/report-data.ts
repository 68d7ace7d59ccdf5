import type { AssistDashboard, CountRow } from '../../../../domain/assist/contract.ts';
import { addDays } from '../../../../domain/wall-clock.ts';
import type { ChartData } from '../../charts/chart-data.ts';
import type { RankedItem } from '../../charts/HorizontalBarChart.tsx';

/** The periods the dashboard offers, each a pair of Helsinki days, both included. */
export const PERIODS = ['today', 'week', 'month', 'year'] as const;
export type PeriodChoice = (typeof PERIODS)[number];

export function periodDays(choice: PeriodChoice, today: string): { from: string; to: string } {
  switch (choice) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: addDays(today, -6), to: today };
    case 'month':
      return { from: addDays(today, -29), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** Count rows as ranked bars, each labelled through `label`. */
export function rankedItems(rows: readonly CountRow[], label: (key: string) => string): RankedItem[] {
  return rows.map((r) => ({ id: r.key, label: label(r.key), value: r.count }));
}

/** Sessions by Helsinki hour over the opening day: every hour from the first to the last with sessions, gaps as zeros. */
export function hourData(rows: readonly CountRow[], seriesLabel: string): ChartData {
  const hours = rows.filter((r) => r.count > 0).map((r) => Number(r.key));
  if (hours.length === 0) return { categories: [], series: [{ id: 'sessions', label: seriesLabel, values: [] }] };
  const first = Math.min(...hours);
  const last = Math.max(...hours);
  const byKey = new Map(rows.map((r) => [Number(r.key), r.count]));
  const categories = [];
  const values = [];
  for (let h = first; h <= last; h++) {
    categories.push({ id: String(h).padStart(2, '0'), label: `${String(h).padStart(2, '0')}–${String(h + 1).padStart(2, '0')}`, shortLabel: String(h) });
    values.push(byKey.get(h) ?? 0);
  }
  return { categories, series: [{ id: 'sessions', label: seriesLabel, values }] };
}

/** The queue's median wait by the hour tickets were taken. */
export function waitData(d: AssistDashboard, seriesLabel: string): ChartData {
  const rows = d.queue.waitByHour;
  return {
    categories: rows.map((r) => ({ id: r.key, label: `${r.key}–${String(Number(r.key) + 1).padStart(2, '0')}`, shortLabel: String(Number(r.key)) })),
    series: [{ id: 'wait', label: seriesLabel, values: rows.map((r) => r.medianWaitMin) }],
  };
}

/** A share 0..1 as a whole percent, or null. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}
