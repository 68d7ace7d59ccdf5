/**
 * Keyboard movement between a chart's bars: one tab stop for the chart, arrow keys from bar to
 * bar. Along the category axis (left/right on a vertical chart, up/down on a horizontal one) the
 * keys move between categories, across it between the series of a category; Home and End jump to
 * the first and last category.
 */
export interface BarPosition {
  category: number;
  series: number;
}

export type ChartOrientation = 'vertical' | 'horizontal';

/** Where a key moves the focus, or null when the key is not a chart key. */
export function moveFocus(at: BarPosition, key: string, size: { categories: number; series: number }, orientation: ChartOrientation = 'vertical'): BarPosition | null {
  const along = orientation === 'vertical' ? { prev: 'ArrowLeft', next: 'ArrowRight' } : { prev: 'ArrowUp', next: 'ArrowDown' };
  const across = orientation === 'vertical' ? { prev: 'ArrowDown', next: 'ArrowUp' } : { prev: 'ArrowLeft', next: 'ArrowRight' };
  const clamp = (v: number, n: number) => Math.min(Math.max(v, 0), Math.max(0, n - 1));
  switch (key) {
    case along.prev:
      return { ...at, category: clamp(at.category - 1, size.categories) };
    case along.next:
      return { ...at, category: clamp(at.category + 1, size.categories) };
    case across.prev:
      return { ...at, series: clamp(at.series - 1, size.series) };
    case across.next:
      return { ...at, series: clamp(at.series + 1, size.series) };
    case 'Home':
      return { ...at, category: 0 };
    case 'End':
      return { ...at, category: clamp(size.categories - 1, size.categories) };
    default:
      return null;
  }
}
