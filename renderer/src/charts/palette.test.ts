import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contrastRatio, PATTERNS, SERIES_COLOURS, seriesColourCss, seriesPattern } from './palette.ts';

describe('the series palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('blue', '#ffffff')).toThrow(RangeError);
  });

  it('has at least 3:1 contrast against white for every colour', () => {
    for (const c of SERIES_COLOURS) expect(contrastRatio(c.hex, '#ffffff'), c.token).toBeGreaterThanOrEqual(3);
  });

  it('uses the values of the installed HDS tokens', () => {
    const css = readFileSync(createRequire(import.meta.url).resolve('hds-core/lib/base.min.css'), 'utf8');
    for (const c of SERIES_COLOURS) {
      const value = new RegExp(`${c.token}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
      expect(value?.toLowerCase(), c.token).toBe(c.hex);
    }
    expect(seriesColourCss(0)).toBe('var(--color-coat-of-arms, #0072c6)');
  });

  it('never gives two of the first 36 series the same colour and pattern', () => {
    const looks = new Set<string>();
    for (let i = 0; i < SERIES_COLOURS.length * PATTERNS.length; i++) looks.add(`${i % SERIES_COLOURS.length}/${seriesPattern(i)}`);
    expect(looks.size).toBe(SERIES_COLOURS.length * PATTERNS.length);
    expect(seriesPattern(0)).toBe('solid');
    expect(seriesPattern(1)).toBe('diagonal');
  });
});
