import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromWallClock,
  helsinkiDateOf,
  helsinkiOffsetMinutes,
  isCalendarDate,
  isoWeekday,
  parseInstant,
  parseTimeOfDay,
  startOfHelsinkiDay,
  startOfHelsinkiDayAt,
  startOfNextHelsinkiDayAt,
  toIsoInstant,
  toWallClock,
} from './wall-clock.ts';

const at = (date: string, time: string) => toIsoInstant(fromWallClock(date, parseTimeOfDay(time)!));

describe('Helsinki wall-clock time and UTC', () => {
  it('is two hours ahead in winter and three in summer', () => {
    expect(helsinkiOffsetMinutes(Date.parse('2027-01-15T12:00:00Z'))).toBe(120);
    expect(helsinkiOffsetMinutes(Date.parse('2027-07-15T12:00:00Z'))).toBe(180);
    expect(at('2027-01-15', '17:00')).toBe('2027-01-15T15:00:00.000Z');
    expect(at('2027-07-15', '17:00')).toBe('2027-07-15T14:00:00.000Z');
  });

  it('changes to summer time at 01:00 UTC on the last Sunday of March', () => {
    expect(helsinkiOffsetMinutes(Date.parse('2027-03-28T00:59:59Z'))).toBe(120);
    expect(helsinkiOffsetMinutes(Date.parse('2027-03-28T01:00:00Z'))).toBe(180);
    expect(at('2027-03-28', '02:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(at('2027-03-28', '04:00')).toBe('2027-03-28T01:00:00.000Z');
  });

  it('moves a time in the spring gap forward by the gap', () => {
    expect(at('2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z');
    expect(at('2027-03-28', '03:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(toWallClock(Date.parse(at('2027-03-28', '03:30')))).toEqual({ date: '2027-03-28', minutes: 4 * 60 + 30 });
  });

  it('changes back at 01:00 UTC on the last Sunday of October and takes the earlier of a doubled hour', () => {
    expect(helsinkiOffsetMinutes(Date.parse('2027-10-31T00:59:59Z'))).toBe(180);
    expect(helsinkiOffsetMinutes(Date.parse('2027-10-31T01:00:00Z'))).toBe(120);
    // 03:30 happens at 00:30 UTC (summer time) and again at 01:30 UTC (winter time).
    expect(toWallClock(Date.parse('2027-10-31T00:30:00Z'))).toEqual({ date: '2027-10-31', minutes: 210 });
    expect(toWallClock(Date.parse('2027-10-31T01:30:00Z'))).toEqual({ date: '2027-10-31', minutes: 210 });
    expect(at('2027-10-31', '03:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(at('2027-10-31', '04:00')).toBe('2027-10-31T02:00:00.000Z');
  });

  it('gives the same result in other years (the last Sunday moves)', () => {
    expect(at('2026-03-29', '03:15')).toBe('2026-03-29T01:15:00.000Z');
    expect(at('2026-10-25', '03:15')).toBe('2026-10-25T00:15:00.000Z');
    expect(at('2026-10-24', '03:15')).toBe('2026-10-24T00:15:00.000Z');
    expect(at('2026-10-26', '03:15')).toBe('2026-10-26T01:15:00.000Z');
  });

  it('round-trips every quarter hour of both change days', () => {
    for (const date of ['2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const inGap = date === '2027-03-28' && minutes >= 180 && minutes < 240;
        const back = toWallClock(fromWallClock(date, minutes));
        expect(back).toEqual({ date, minutes: inGap ? minutes + 60 : minutes });
      }
    }
  });

  it('knows a day’s start and its date, also around midnight', () => {
    expect(toIsoInstant(startOfHelsinkiDay('2027-03-28'))).toBe('2027-03-27T22:00:00.000Z');
    expect(toIsoInstant(startOfHelsinkiDay('2027-03-29'))).toBe('2027-03-28T21:00:00.000Z');
    expect(helsinkiDateOf(Date.parse('2027-06-30T21:00:00Z'))).toBe('2027-07-01');
    expect(helsinkiDateOf(Date.parse('2027-06-30T20:59:59Z'))).toBe('2027-06-30');
    expect(at('2027-06-30', '24:00')).toBe('2027-06-30T21:00:00.000Z');
  });

  it('finds the start of an instant’s day and of the next in numbers as the calendar does, every half hour of two years', () => {
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 30 * 60_000) {
      const date = helsinkiDateOf(t);
      expect(startOfHelsinkiDayAt(t)).toBe(startOfHelsinkiDay(date));
      expect(startOfNextHelsinkiDayAt(t)).toBe(startOfHelsinkiDay(addDays(date, 1)));
    }
    // The short and the long day.
    expect(startOfNextHelsinkiDayAt(Date.parse('2027-03-28T12:00:00Z')) - startOfHelsinkiDayAt(Date.parse('2027-03-28T12:00:00Z'))).toBe(23 * 3_600_000);
    expect(startOfNextHelsinkiDayAt(Date.parse('2027-10-31T12:00:00Z')) - startOfHelsinkiDayAt(Date.parse('2027-10-31T12:00:00Z'))).toBe(25 * 3_600_000);
  });

  it('reads times of day and dates strictly', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(parseTimeOfDay('17:45')).toBe(1065);
    for (const bad of ['24:01', '7:00', '17:60', '25:00', '', '17.00']) expect(parseTimeOfDay(bad)).toBeNull();
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(() => parseInstant('tomorrow')).toThrow(RangeError);
  });

  it('counts days and weekdays across month and year ends', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-11-01', '2027-10-31')).toBe(-1);
    expect(isoWeekday('2027-03-29')).toBe(1);
    expect(isoWeekday('2027-03-28')).toBe(7);
  });
});
