import { describe, expect, it } from 'vitest';
import { timeRange, wholeEnds } from './booking-time.ts';

describe('timeRange and wholeEnds', () => {
  it('writes a day’s booking with its end as a clock, a booking over days with its end in full, in Helsinki time', () => {
    expect(timeRange('2026-12-08T15:00:00Z', '2026-12-08T17:00:00Z', 'fi')).toBe('ti 8.12.2026 klo 17.00–19.00');
    expect(timeRange('2026-12-10T08:00:00Z', '2026-12-14T08:00:00Z', 'fi')).toBe('to 10.12.2026 klo 10.00–14.12.2026 klo 10.00');
    expect(timeRange('not a time', '2026-12-14T08:00:00Z', 'en')).toBe('');
  });

  it('leaves a range one place to break, after its dash, so a wrapped cell never splits a date or a time', () => {
    const shown = wholeEnds(timeRange('2026-12-10T08:00:00Z', '2026-12-14T08:00:00Z', 'sv'));
    expect(shown).not.toContain(' ');
    expect(shown.split('–')).toEqual(['tors\u00a010.12.2026\u00a010.00', '14.12.2026\u00a010.00']);
  });
});
