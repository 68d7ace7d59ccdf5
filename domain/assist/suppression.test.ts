import { describe, expect, it } from 'vitest';
import { suppress, suppressCounts, type SuppressedTable } from './suppression.ts';

/** Every row and column with its total: how many of its values are hidden. */
function hiddenPerLine(t: SuppressedTable): number[] {
  const grid = [...t.cells.map((row, r) => [...row, t.rowTotals[r] ?? null]), [...t.columnTotals, t.total]];
  const rows = grid.map((row) => row.filter((x) => x === null).length);
  const columns = (grid[0] ?? []).map((_, c) => grid.filter((row) => row[c] === null).length);
  return [...rows, ...columns];
}

describe('small-cell suppression', () => {
  it('hides counts of 1–4, shows zeros and counts of 5 or more', () => {
    const t = suppress({ rows: ['Oodi', 'Kallio'], columns: ['fi', 'sv'], counts: [[12, 3], [20, 7]] }, 5);
    expect(t.cells[0]?.[1]).toBeNull();
    expect(suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[0, 9]] }, 5).cells).toEqual([[0, 9]]);
  });

  it('hides a second value wherever one hidden count could be worked out from a total', () => {
    const t = suppress({ rows: ['Oodi', 'Kallio'], columns: ['fi', 'sv'], counts: [[12, 3], [20, 7]] }, 5);
    // 3 alone would be 15 - 12: its row and column each hide a partner.
    expect(t.cells).toEqual([[null, null], [null, null]]);
    expect(t.rowTotals).toEqual([15, 27]);
    expect(t.columnTotals).toEqual([32, 10]);
    expect(hiddenPerLine(t).every((n) => n !== 1)).toBe(true);
  });

  it('picks the smallest non-zero partner, so as little is hidden as needed', () => {
    const t = suppress({ rows: ['a', 'b', 'c'], columns: ['x', 'y', 'z'], counts: [[2, 30, 8], [40, 50, 9], [60, 70, 80]] }, 5);
    expect(t.cells).toEqual([[null, 30, null], [null, 50, null], [60, 70, 80]]);
    expect(t.rowTotals).toEqual([40, 99, 210]);
    expect(hiddenPerLine(t).every((n) => n !== 1)).toBe(true);
  });

  it('hides a small total, and the totals beside it when one alone would give it away', () => {
    const t = suppress({ rows: ['a', 'b'], columns: ['x', 'y'], counts: [[1, 2], [10, 20]] }, 5);
    expect(t.rowTotals[0]).toBeNull();
    expect(hiddenPerLine(t).every((n) => n !== 1)).toBe(true);
    expect(t.total).toBe(33);
  });

  it('leaves no line with a single hidden value, for many tables', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const R = 1 + Math.floor(rand() * 5);
      const C = 1 + Math.floor(rand() * 6);
      const counts = Array.from({ length: R }, () => Array.from({ length: C }, () => Math.floor(rand() * rand() * 25)));
      const t = suppress({ rows: counts.map((_, r) => `r${r}`), columns: (counts[0] ?? []).map((_, c) => `c${c}`), counts }, 5);
      expect(hiddenPerLine(t).every((n) => n !== 1), JSON.stringify(counts)).toBe(true);
      t.cells.forEach((row, r) => row.forEach((x, c) => { if (x !== null) expect(x === 0 || x >= 5).toBe(true); else expect(counts[r]?.[c]).toBeDefined(); }));
    }
  });

  it('suppresses a list of counts with its total', () => {
    const s = suppressCounts(new Map([['email_account', 14], ['strong_auth', 3], ['job_seeking', 6]]), 5);
    expect([...s.counts]).toEqual([['email_account', 14], ['strong_auth', null], ['job_seeking', null]]);
    expect(s.total).toBe(23);
  });
});
