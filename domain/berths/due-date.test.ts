import { describe, expect, it } from 'vitest';
import { defaultDueDate, dueDateProblem, dueDateWindow } from './due-date.ts';

describe('the due-date window of an offer', () => {
  it('runs from a week after today to the start of a season not yet begun', () => {
    expect(dueDateWindow('2026-12-01', 2027)).toEqual({ earliest: '2026-12-08', latest: '2027-06-10' });
  });

  it('refuses today, tomorrow and anything before a week from today', () => {
    for (const day of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-07']) {
      expect(dueDateProblem(day, '2026-12-01', 2027)).toEqual({ kind: 'too_soon', earliest: '2026-12-08', latest: '2027-06-10' });
    }
    expect(dueDateProblem('2026-12-08', '2026-12-01', 2027)).toBeNull();
  });

  it('refuses a due date after the season has started', () => {
    expect(dueDateProblem('2027-06-10', '2026-12-01', 2027)).toBeNull();
    expect(dueDateProblem('2027-06-11', '2026-12-01', 2027)).toMatchObject({ kind: 'too_late', latest: '2027-06-10' });
    expect(dueDateProblem('2099-01-01', '2026-12-01', 2027)).toMatchObject({ kind: 'too_late' });
  });

  it('gives an application extended to a later season that season’s start', () => {
    expect(dueDateWindow('2026-12-01', 2028)).toEqual({ earliest: '2026-12-08', latest: '2028-06-10' });
  });

  it('lets an offer in a season under way run two weeks, not past the season’s end', () => {
    expect(dueDateWindow('2027-07-01', 2027)).toEqual({ earliest: '2027-07-08', latest: '2027-07-15' });
    expect(dueDateWindow('2027-09-05', 2027)).toEqual({ earliest: '2027-09-12', latest: '2027-09-14' });
    expect(dueDateWindow('2027-09-10', 2027)).toBeNull();
    expect(dueDateProblem('2027-09-13', '2027-09-10', 2027)).toEqual({ kind: 'no_window' });
  });

  it('keeps a window of a few days when the season starts soon', () => {
    expect(dueDateWindow('2027-05-31', 2027)).toEqual({ earliest: '2027-06-07', latest: '2027-06-10' });
  });
});

describe('the default due date', () => {
  it('is two weeks from today, or the latest allowed day when that is sooner', () => {
    expect(defaultDueDate('2026-12-01', 2027)).toBe('2026-12-15');
    expect(defaultDueDate('2027-05-31', 2027)).toBe('2027-06-10');
    expect(defaultDueDate('2027-09-10', 2027)).toBeNull();
  });
});
