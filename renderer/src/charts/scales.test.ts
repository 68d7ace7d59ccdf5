import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from './scales.ts';
import { stack, valueExtent } from './stacking.ts';

describe('linearScale', () => {
  it('maps a domain onto a range, also a reversed one (y grows down on screen)', () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(225);
    expect(linearScale([0, 10], [0, 500])(3)).toBe(150);
  });
  it('puts everything at the start of an empty domain rather than dividing by zero', () => {
    expect(linearScale([5, 5], [300, 0])(5)).toBe(300);
  });
});

describe('bandScale', () => {
  it('fills the range with equal bands and gaps', () => {
    const b = bandScale(4, [0, 400], 0.2, 0.1);
    expect(b.step).toBeCloseTo(400 / 4, 6);
    expect(b.bandwidth).toBeCloseTo(80, 6);
    expect(b.start(0)).toBeCloseTo(10, 6);
    expect(b.start(3) + b.bandwidth + b.step * 0.1).toBeCloseTo(400, 6);
  });
  it('gives one band most of the range and none a width when there are none', () => {
    const one = bandScale(1, [0, 100], 0.2, 0.1);
    expect(one.start(0)).toBeGreaterThan(0);
    expect(one.start(0) + one.bandwidth).toBeLessThan(100);
    expect(bandScale(0, [0, 100]).bandwidth).toBe(0);
  });
});

describe('stack', () => {
  it('piles series on each other per category', () => {
    expect(stack([
      [1, 2],
      [3, 0],
      [2, 5],
    ])).toEqual([
      [{ y0: 0, y1: 1 }, { y0: 0, y1: 2 }],
      [{ y0: 1, y1: 4 }, { y0: 2, y1: 2 }],
      [{ y0: 4, y1: 6 }, { y0: 2, y1: 7 }],
    ]);
  });
  it('stacks negative values downwards on their own', () => {
    expect(stack([[3], [-2], [4], [-1]]).map((s) => s[0])).toEqual([
      { y0: 0, y1: 3 },
      { y0: 0, y1: -2 },
      { y0: 3, y1: 7 },
      { y0: -2, y1: -3 },
    ]);
  });
  it('gives nothing for no series', () => {
    expect(stack([])).toEqual([]);
  });
});

describe('valueExtent', () => {
  it('covers the tallest stack, or the tallest bar, and zero', () => {
    const values = [
      [1, 2],
      [3, 5],
    ];
    expect(valueExtent(values, true)).toEqual([0, 7]);
    expect(valueExtent(values, false)).toEqual([0, 5]);
    expect(valueExtent([[-3, 2]], false)).toEqual([-3, 2]);
    expect(valueExtent([], true)).toEqual([0, 0]);
  });
});
