import { describe, expect, it } from 'vitest';
import { horizontalBarLayout, MIN_BAR_PX, verticalBarLayout } from './bar-layout.ts';
import type { ChartData } from './chart-data.ts';

const format = (v: number) => String(v);
const data: ChartData = {
  categories: [
    { id: 'a', label: 'Kirjastojen satutunti lapsille' },
    { id: 'b', label: 'Tanssi' },
    { id: 'c', label: 'Musiikki' },
  ],
  series: [
    { id: 'enrolled', label: 'Enrolled', values: [40, 0, 25] },
    { id: 'attended', label: 'Attended', values: [30, 0, 20] },
  ],
};
const inside = (outer: { x: number; y: number; width: number; height: number }, r: { x: number; y: number; width: number; height: number }) =>
  r.x >= outer.x - 1e-6 && r.y >= outer.y - 1e-6 && r.x + r.width <= outer.x + outer.width + 1e-6 && r.y + r.height <= outer.y + outer.height + 1e-6;

describe('verticalBarLayout', () => {
  it('puts grouped bars side by side, inside the plot, heights in proportion to the values', () => {
    const l = verticalBarLayout(data, { width: 600, height: 300, mode: 'grouped', format });
    expect(l.bars).toHaveLength(6);
    for (const b of l.bars) expect(inside(l.plot, b)).toBe(true);
    const [a0, a1] = [l.bars.find((b) => b.category === 0 && b.series === 0)!, l.bars.find((b) => b.category === 0 && b.series === 1)!];
    expect(a1.x).toBeCloseTo(a0.x + a0.width, 6);
    expect(a1.height / a0.height).toBeCloseTo(30 / 40, 6);
    expect(a0.y + a0.height).toBeCloseTo(l.zeroAt, 6);
  });

  it('stacks bars on each other and writes each stack total', () => {
    const l = verticalBarLayout(data, { width: 600, height: 300, mode: 'stacked', format });
    const [a0, a1] = [l.bars.find((b) => b.category === 0 && b.series === 0)!, l.bars.find((b) => b.category === 0 && b.series === 1)!];
    expect(a1.x).toBe(a0.x);
    expect(a1.y + a1.height).toBeCloseTo(a0.y, 6);
    expect(l.ticks.max).toBeGreaterThanOrEqual(70);
    expect(l.valueLabels.map((v) => v.text)).toEqual(['70', '0', '45']);
  });

  it('keeps a zero bar as a thin mark on the baseline', () => {
    const l = verticalBarLayout(data, { width: 600, height: 300, mode: 'grouped', format });
    const zero = l.bars.find((b) => b.category === 1 && b.series === 0)!;
    expect(zero.height).toBe(MIN_BAR_PX);
    expect(zero.y + zero.height).toBeCloseTo(l.zeroAt, 6);
  });

  it('has gridline ticks on round whole numbers from zero for counts', () => {
    const l = verticalBarLayout(data, { width: 600, height: 300, mode: 'grouped', format });
    expect(l.ticks.values[0]).toBe(0);
    expect(l.ticks.values.every(Number.isInteger)).toBe(true);
    expect(l.tickAt[0]).toBeCloseTo(l.plot.y + l.plot.height, 6);
    expect(l.tickAt.at(-1)).toBeCloseTo(l.plot.y, 6);
  });

  it('cuts long category labels to their room and keeps the full text', () => {
    const l = verticalBarLayout(data, { width: 360, height: 300, mode: 'grouped', format });
    const first = l.categoryLabels[0]!;
    expect(first.full).toBe('Kirjastojen satutunti lapsille');
    expect(first.text.endsWith('…')).toBe(true);
    expect(l.categoryLabels[1]!.text).toBe('Tanssi');
  });

  it('writes a short label on the axis when a category has one', () => {
    const dated: ChartData = { categories: [{ id: '2027-01-04', label: '4.1.2027', shortLabel: '4.1.' }], series: [{ id: 's', label: 'S', values: [3] }] };
    expect(verticalBarLayout(dated, { width: 600, height: 300, mode: 'grouped', format }).categoryLabels[0]).toMatchObject({ text: '4.1.', full: '4.1.2027' });
  });

  it('writes the labels of a dated axis whole, every n-th one, rather than cutting each', () => {
    const months = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'];
    const categories = Array.from({ length: 24 }, (_, i) => ({ id: `m${i}`, label: `${months[i % 12]}kuu ${2025 + Math.floor(i / 12)}`, shortLabel: `${months[i % 12]} ${2025 + Math.floor(i / 12)}` }));
    const l = verticalBarLayout({ categories, series: [{ id: 's', label: 'S', values: categories.map((_, i) => i) }] }, { width: 1000, height: 320, mode: 'grouped', format });
    expect(l.categoryLabels.length).toBeGreaterThan(4);
    expect(l.categoryLabels.length).toBeLessThan(24);
    for (const label of l.categoryLabels) expect(categories.map((c) => c.shortLabel)).toContain(label.text);
    // Neighbouring labels do not overlap at the estimated character width.
    const xs = l.categoryLabels.map((c) => c.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(11 * 7);
  });

  it('thins out the labels of many narrow bars, and fills the width it is given', () => {
    const days: ChartData = { categories: Array.from({ length: 31 }, (_, i) => ({ id: `d${i}`, label: `${i + 1}.1.` })), series: [{ id: 's', label: 'S', values: Array.from({ length: 31 }, (_, i) => i) }] };
    for (const width of [400, 1200, 1800]) {
      const l = verticalBarLayout(days, { width, height: 320, mode: 'grouped', format });
      expect(l.categoryLabels.length).toBeLessThanOrEqual(31);
      expect(l.categoryLabels.length).toBeGreaterThan(width > 1000 ? 15 : 3);
      expect(l.plot.x + l.plot.width).toBeLessThanOrEqual(width);
      expect(l.plot.x + l.plot.width).toBeGreaterThan(width - 20);
    }
  });
});

describe('horizontalBarLayout', () => {
  const ranking: ChartData = {
    categories: [
      { id: '00980', label: '00980 Vuosaari' },
      { id: '00530', label: '00530 Kallio' },
    ],
    series: [{ id: 'registrations', label: 'Registrations', values: [120, 45] }],
  };

  it('lays rows top to bottom with bars from zero and the value after each bar', () => {
    const l = horizontalBarLayout(ranking, { width: 800, rowHeight: 28, format });
    expect(l.height).toBeGreaterThan(2 * 28);
    const [a, b] = l.bars;
    expect(a!.y).toBeLessThan(b!.y);
    expect(a!.x).toBeCloseTo(l.zeroAt, 6);
    expect(b!.width / a!.width).toBeCloseTo(45 / 120, 6);
    expect(l.valueLabels[0]!.x).toBeGreaterThan(a!.x + a!.width);
    expect(l.valueLabels.map((v) => v.text)).toEqual(['120', '45']);
    expect(l.valueLabels[0]!.x + 3 * 7).toBeLessThanOrEqual(800);
  });

  it('gives long labels at most about a third of the width', () => {
    const long: ChartData = { ...ranking, categories: [{ id: 'x', label: 'Svenska och finska och engelska hemspråk tillsammans' }, ranking.categories[1]!] };
    const l = horizontalBarLayout(long, { width: 400, rowHeight: 28, format });
    expect(l.plot.x).toBeLessThanOrEqual(400 * 0.35 + 12);
    expect(l.categoryLabels[0]!.text.endsWith('…')).toBe(true);
  });
});
