import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from './nice-ticks.ts';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(1.3)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(180)).toBe(200);
    expect(niceStep(0.03)).toBe(0.05);
  });
  it('refuses a step that is not positive', () => {
    expect(() => niceStep(0)).toThrow(RangeError);
    expect(() => niceStep(Number.NaN)).toThrow(RangeError);
  });
});

describe('niceTicks', () => {
  it('covers the range with round ticks from zero', () => {
    expect(niceTicks(0, 87)).toEqual({ min: 0, max: 100, step: 20, values: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(0, 1234, 5)).toEqual({ min: 0, max: 1250, step: 250, values: [0, 250, 500, 750, 1000, 1250] });
  });
  it('ends exactly on a round maximum', () => {
    expect(niceTicks(0, 100).values).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('keeps decimal ticks free of floating-point noise', () => {
    expect(niceTicks(0, 0.3, 3).values).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0, 0.7, 7).values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });
  it('keeps whole steps for counts', () => {
    expect(niceTicks(0, 3, 5, true)).toEqual({ min: 0, max: 3, step: 1, values: [0, 1, 2, 3] });
    expect(niceTicks(0, 2, 5, false).step).toBe(0.5);
    expect(niceTicks(0, 2, 5, true).step).toBe(1);
    expect(niceTicks(0, 12, 5, false).step).toBe(2.5);
    expect(niceTicks(0, 12, 5, true).values).toEqual([0, 5, 10, 15]);
  });
  it('gives an empty or one-value range an axis', () => {
    expect(niceTicks(0, 0).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0, 5, true).values).toEqual([0, 1]);
    expect(niceTicks(7, 7, 5, true).values).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(-4, -4, 4, true).values).toEqual([-4, -3, -2, -1, 0]);
  });
  it('spans negative values and swaps a reversed range', () => {
    expect(niceTicks(-35, 60).values).toEqual([-40, -20, 0, 20, 40, 60]);
    expect(niceTicks(60, -35)).toEqual(niceTicks(-35, 60));
  });
  it('always covers the data and gives about the asked number of ticks', () => {
    for (let max = 1; max < 5000; max = Math.ceil(max * 1.37)) {
      const t = niceTicks(0, max, 5, true);
      expect(t.min).toBe(0);
      expect(t.max).toBeGreaterThanOrEqual(max);
      expect(t.values.length).toBeGreaterThanOrEqual(2);
      expect(t.values.length).toBeLessThanOrEqual(11);
      expect(t.values.at(-1)).toBe(t.max);
    }
  });
  it('refuses a range that is not finite', () => {
    expect(() => niceTicks(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
