/**
 * What every chart draws: categories along one axis and one or more series of numbers, one number
 * per category. The same shape fills the SVG, the data table and the screen-reader summary, so
 * they cannot disagree.
 */
export interface ChartCategory {
  id: string;
  /** The whole name: in the table, the tooltip and the summary. */
  label: string;
  /** A shorter name for the axis, where room is short (a day's "4.1." for "4.1.2027"). */
  shortLabel?: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  /** One value per category, in the categories' order. */
  values: number[];
}

export interface ChartData {
  categories: ChartCategory[];
  series: ChartSeries[];
}

/** Side by side (compare series) or on top of each other (parts of a whole). */
export type BarMode = 'grouped' | 'stacked';

/** A chart has something to show when some value is not zero; all zeros reads as "no data". */
export function hasData(data: ChartData): boolean {
  return data.series.some((s) => s.values.some((v) => v !== 0));
}

/** Refuses data a chart would silently misdraw: a series shorter or longer than the categories. */
export function checkData(data: ChartData): void {
  for (const s of data.series) {
    if (s.values.length !== data.categories.length) throw new RangeError(`series ${s.id} has ${s.values.length} values for ${data.categories.length} categories`);
    if (s.values.some((v) => !Number.isFinite(v))) throw new RangeError(`series ${s.id} has a value that is not a number`);
  }
}

/** The sum of each category over the series (a stacked bar's height, the table's total column). */
export function categoryTotals(data: ChartData): number[] {
  return data.categories.map((_, i) => data.series.reduce((sum, s) => sum + s.values[i]!, 0));
}

export interface ChartSummary {
  categories: number;
  series: number;
  total: number;
  /** The largest single value (per bar, or per stack when stacked), and where it is. */
  max: { category: string; series: string; value: number } | null;
}

/** Numbers for the one-sentence description a screen reader hears before the table. */
export function summarise(data: ChartData, mode: BarMode = 'grouped'): ChartSummary {
  let max: ChartSummary['max'] = null;
  if (mode === 'stacked' && data.series.length > 1) {
    categoryTotals(data).forEach((value, i) => {
      if (!max || value > max.value) max = { category: data.categories[i]!.label, series: '', value };
    });
  } else {
    for (const s of data.series) {
      s.values.forEach((value, i) => {
        if (!max || value > max.value) max = { category: data.categories[i]!.label, series: s.label, value };
      });
    }
  }
  const total = data.series.reduce((sum, s) => sum + s.values.reduce((a, b) => a + b, 0), 0);
  return { categories: data.categories.length, series: data.series.length, total, max };
}

/** Categories largest first (ties keep their order), for rankings such as postal areas. */
export function sortedByValue<T extends { value: number }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.value - a.item.value || a.i - b.i)
    .map((e) => e.item);
}

/** Whether every value is whole, so the value axis keeps whole steps. */
export function allIntegers(data: ChartData): boolean {
  return data.series.every((s) => s.values.every((v) => Number.isInteger(v)));
}
