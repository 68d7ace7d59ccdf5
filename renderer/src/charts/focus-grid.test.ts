import { describe, expect, it } from 'vitest';
import { moveFocus } from './focus-grid.ts';

const size = { categories: 4, series: 3 };

describe('moveFocus', () => {
  it('moves between categories along the axis and between series across it', () => {
    expect(moveFocus({ category: 1, series: 0 }, 'ArrowRight', size)).toEqual({ category: 2, series: 0 });
    expect(moveFocus({ category: 1, series: 0 }, 'ArrowLeft', size)).toEqual({ category: 0, series: 0 });
    expect(moveFocus({ category: 1, series: 0 }, 'ArrowUp', size)).toEqual({ category: 1, series: 1 });
    expect(moveFocus({ category: 1, series: 1 }, 'ArrowDown', size)).toEqual({ category: 1, series: 0 });
  });
  it('stops at the ends instead of wrapping around', () => {
    expect(moveFocus({ category: 3, series: 2 }, 'ArrowRight', size)).toEqual({ category: 3, series: 2 });
    expect(moveFocus({ category: 0, series: 2 }, 'ArrowUp', size)).toEqual({ category: 0, series: 2 });
    expect(moveFocus({ category: 0, series: 0 }, 'ArrowLeft', size)).toEqual({ category: 0, series: 0 });
  });
  it('jumps to the first and last category', () => {
    expect(moveFocus({ category: 2, series: 1 }, 'Home', size)).toEqual({ category: 0, series: 1 });
    expect(moveFocus({ category: 0, series: 1 }, 'End', size)).toEqual({ category: 3, series: 1 });
  });
  it('turns the keys with a horizontal chart', () => {
    expect(moveFocus({ category: 0, series: 0 }, 'ArrowDown', size, 'horizontal')).toEqual({ category: 1, series: 0 });
    expect(moveFocus({ category: 0, series: 0 }, 'ArrowRight', size, 'horizontal')).toEqual({ category: 0, series: 1 });
  });
  it('leaves other keys alone', () => {
    expect(moveFocus({ category: 0, series: 0 }, 'Tab', size)).toBeNull();
    expect(moveFocus({ category: 0, series: 0 }, 'Enter', size)).toBeNull();
  });
});
