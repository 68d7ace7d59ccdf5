import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, isoWeekday } from '../../../domain/wall-clock.ts';
import { datesBetween, isoWeekNumber, monthBounds, weekStart } from './calendar-dates.ts';

describe('calendar dates', () => {
  it('accepts only real dates', () => {
    expect(['2024-02-29', '2020-06-01'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2023-02-29', '2020-6-1', '2020-06-01T00:00', ''].map(isCalendarDate)).toEqual([false, false, false, false]);
  });

  it('counts days across the daylight-saving changes and year ends', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(datesBetween('2020-12-30', '2021-01-02')).toEqual(['2020-12-30', '2020-12-31', '2021-01-01', '2021-01-02']);
    expect(datesBetween('2021-01-02', '2021-01-01')).toEqual([]);
  });

  it('numbers weekdays and ISO weeks as Hauki does', () => {
    expect([isoWeekday('2020-06-22'), isoWeekday('2020-06-28')]).toEqual([1, 7]);
    expect(weekStart('2021-01-03')).toBe('2020-12-28');
    expect([isoWeekNumber('2021-01-03'), isoWeekNumber('2021-01-04'), isoWeekNumber('2020-12-31'), isoWeekNumber('2026-12-31')]).toEqual([53, 1, 53, 53]);
  });

  it('finds the bounds of a month, leap February included', () => {
    expect(monthBounds('2024-02-10')).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthBounds('2021-12-31')).toEqual(['2021-12-01', '2021-12-31']);
  });
});
