import { describe, expect, it } from 'vitest';
import { clampSide } from './SplitView.tsx';

describe('clampSide', () => {
  it('keeps the wanted width when both parts fit', () => {
    expect(clampSide(500, 1200, 360, 420)).toBe(500);
  });
  it('never squeezes the main part below its minimum', () => {
    expect(clampSide(900, 1024, 360, 420)).toBe(604);
  });
  it('never makes the side narrower than its minimum, even in a small window', () => {
    expect(clampSide(100, 1200, 360, 420)).toBe(360);
    expect(clampSide(500, 600, 360, 420)).toBe(360);
  });
});
