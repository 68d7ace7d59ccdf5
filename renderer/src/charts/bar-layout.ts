import { allIntegers, categoryTotals, type BarMode, type ChartData } from './chart-data.ts';
import { CHAR_WIDTH_PX, charsThatFit, labelStride, truncateLabel } from './label-fit.ts';
import { niceTicks, type Ticks } from './nice-ticks.ts';
import { bandScale, linearScale } from './scales.ts';
import { stack, valueExtent } from './stacking.ts';

/**
 * Where everything of a bar chart goes, in pixels of the chart's measured size. Pure, so the
 * geometry is tested without a browser, and the SVG, the focus layer and the tooltip all place
 * themselves from the same numbers.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Bar extends Rect {
  category: number;
  series: number;
  value: number;
}

export interface PlacedText {
  x: number;
  y: number;
  text: string;
  /** The whole text when `text` had to be cut. */
  full: string;
}

export interface BarLayout {
  width: number;
  height: number;
  plot: Rect;
  ticks: Ticks;
  /** Pixel position of each tick along the value axis. */
  tickAt: number[];
  /** The value axis's zero line. */
  zeroAt: number;
  bars: Bar[];
  categoryLabels: PlacedText[];
  /** Numbers written at the bars (each bar, or each stack's total), where they fit. */
  valueLabels: PlacedText[];
}

const FONT_PX = 12;
const GAP = 6;
/** The least room a bar is drawn with, so a zero is still a visible, focusable mark. */
export const MIN_BAR_PX = 2;

const textWidth = (text: string) => [...text].length * CHAR_WIDTH_PX;

export interface VerticalOptions {
  width: number;
  height: number;
  mode: BarMode;
  format: (value: number) => string;
}

/** A vertical bar chart: categories left to right, values up from zero. */
export function verticalBarLayout(data: ChartData, { width, height, mode, format }: VerticalOptions): BarLayout {
  const values = data.series.map((s) => s.values);
  const stacked = mode === 'stacked' && data.series.length > 1;
  const [lo, hi] = valueExtent(values, stacked);
  const plotHeightGuess = Math.max(40, height - 3 * FONT_PX - 2 * GAP);
  const ticks = niceTicks(lo, hi, Math.max(2, Math.min(8, Math.floor(plotHeightGuess / 40))), allIntegers(data));
  const left = Math.max(...ticks.values.map((v) => textWidth(format(v)))) + 2 * GAP;
  const top = FONT_PX + 2 * GAP;
  const bottom = FONT_PX + 2 * GAP;
  const plot = { x: left, y: top, width: Math.max(10, width - left - GAP), height: Math.max(10, height - top - bottom) };
  const y = linearScale([ticks.min, ticks.max], [plot.y + plot.height, plot.y]);
  const band = bandScale(data.categories.length, [plot.x, plot.x + plot.width], 0.25, 0.1);
  const zeroAt = y(0);

  const bars: Bar[] = [];
  const segments = stacked ? stack(values) : null;
  const inner = stacked ? 1 : Math.max(1, data.series.length);
  const barWidth = band.bandwidth / inner;
  data.series.forEach((s, si) =>
    s.values.forEach((value, ci) => {
      const [v0, v1] = segments ? [segments[si]![ci]!.y0, segments[si]![ci]!.y1] : [0, value];
      const x = band.start(ci) + (stacked ? 0 : si * barWidth);
      const top = Math.min(y(v0), y(v1));
      let h = Math.abs(y(v1) - y(v0));
      let yTop = top;
      if (h < MIN_BAR_PX) {
        // A zero (or tiny) bar stays a thin mark on its baseline, above a positive stack's top.
        yTop = value < 0 ? top : top + h - MIN_BAR_PX;
        h = MIN_BAR_PX;
      }
      bars.push({ category: ci, series: si, value, x, y: yTop, width: barWidth, height: h });
    }),
  );

  // A dated axis (every category has a short label: "4.1.", "vk 1", "maalis 2025") shows every
  // n-th label whole, which reads as a timeline; cut to the bar's width, 24 months read "maal…".
  // A category name is cut instead: each bar needs its own.
  const dated = data.categories.length > 0 && data.categories.every((c) => c.shortLabel !== undefined);
  const labelChars = dated ? Math.max(...data.categories.map((c) => [...c.shortLabel!].length)) : 4;
  const stride = labelStride(data.categories.length, band.step, labelChars * CHAR_WIDTH_PX + GAP);
  const maxChars = charsThatFit(band.step * stride - GAP);
  const categoryLabels = data.categories.flatMap((c, i) =>
    i % stride === 0 ? [{ x: band.start(i) + band.bandwidth / 2, y: plot.y + plot.height + GAP + FONT_PX, text: truncateLabel(c.shortLabel ?? c.label, maxChars), full: c.label }] : [],
  );

  const valueLabels: PlacedText[] = [];
  if (stacked) {
    categoryTotals(data).forEach((total, ci) => {
      const text = format(total);
      if (textWidth(text) <= band.step - 2) valueLabels.push({ x: band.start(ci) + band.bandwidth / 2, y: y(Math.max(0, total)) - GAP / 2, text, full: text });
    });
  } else {
    for (const b of bars) {
      const text = format(b.value);
      if (textWidth(text) <= barWidth + (inner === 1 ? band.step - band.bandwidth : 0)) valueLabels.push({ x: b.x + b.width / 2, y: b.value < 0 ? b.y + b.height + FONT_PX : b.y - GAP / 2, text, full: text });
    }
  }

  return { width, height, plot, ticks, tickAt: ticks.values.map(y), zeroAt, bars, categoryLabels, valueLabels };
}

export interface HorizontalOptions {
  width: number;
  rowHeight: number;
  format: (value: number) => string;
}

/** A horizontal bar chart of one series (a ranking): categories top to bottom, values to the right. */
export function horizontalBarLayout(data: ChartData, { width, rowHeight, format }: HorizontalOptions): BarLayout {
  const values = data.series[0]?.values ?? [];
  const [lo, hi] = valueExtent([values], false);
  const maxLabelChars = Math.max(1, ...data.categories.map((c) => [...(c.shortLabel ?? c.label)].length));
  const labelWidth = Math.min(maxLabelChars * CHAR_WIDTH_PX, Math.floor(width * 0.35));
  const valueWidth = Math.max(...values.map((v) => textWidth(format(v))), 0);
  const top = FONT_PX + 2 * GAP;
  const plot = { x: labelWidth + 2 * GAP, y: top, width: Math.max(10, width - labelWidth - valueWidth - 4 * GAP), height: data.categories.length * rowHeight };
  const ticks = niceTicks(lo, hi, Math.max(2, Math.min(8, Math.floor(plot.width / 90))), allIntegers(data));
  const x = linearScale([ticks.min, ticks.max], [plot.x, plot.x + plot.width]);
  const band = bandScale(data.categories.length, [plot.y, plot.y + plot.height], 0.3, 0.15);
  const zeroAt = x(0);
  const bars: Bar[] = values.map((value, ci) => {
    const from = Math.min(x(0), x(value));
    return { category: ci, series: 0, value, x: value < 0 ? from : zeroAt, y: band.start(ci), width: Math.max(MIN_BAR_PX, Math.abs(x(value) - x(0))), height: band.bandwidth };
  });
  const maxChars = charsThatFit(labelWidth);
  const middle = (ci: number) => band.start(ci) + band.bandwidth / 2 + FONT_PX / 3;
  const categoryLabels = data.categories.map((c, ci) => ({ x: plot.x - GAP, y: middle(ci), text: truncateLabel(c.shortLabel ?? c.label, maxChars), full: c.label }));
  const valueLabels = bars.map((b) => {
    const text = format(b.value);
    return { x: Math.max(b.x + b.width, zeroAt) + GAP, y: middle(b.category), text, full: text };
  });
  return { width, height: plot.y + plot.height + GAP, plot, ticks, tickAt: ticks.values.map(x), zeroAt, bars, categoryLabels, valueLabels };
}
