import { describe, expect, it } from 'vitest';
import { code } from './fixtures.test-support.ts';
import { codeCounts, splitImport } from './ticket-codes.ts';

describe('external ticket codes', () => {
  it('import trimmed codes once each, dropping blanks and reporting repeats', () => {
    expect(splitImport([' A1 ', '', 'B2', 'A1', 'TIX-1', '   '], [code(1)])).toEqual({ fresh: ['A1', 'B2'], duplicates: ['A1', 'TIX-1'] });
  });

  it('count free and used codes and warn when few are left', () => {
    const codes = Array.from({ length: 100 }, (_, i) => code(i, { childId: i < 85 ? `k${i}` : null }));
    expect(codeCounts(codes)).toEqual({ free: 15, used: 85, low: false });
    expect(codeCounts(codes.slice(0, 94))).toEqual({ free: 9, used: 85, low: true });
    expect(codeCounts([])).toEqual({ free: 0, used: 0, low: false });
  });
});
