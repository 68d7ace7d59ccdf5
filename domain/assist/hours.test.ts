import { describe, expect, it } from 'vitest';
import { closerPermission, hoursBeginMs, hoursMeet, slotCount, weeklyDates } from './hours.ts';

describe("a helper's hours", () => {
  it('fall on the same weekday for the weeks asked, across a change of month and of clock', () => {
    expect(weeklyDates('2027-03-16', 3)).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
    expect(weeklyDates('2027-03-16', 0)).toEqual([]);
    // Summer time begins on 2027-03-28: the hours stay at 10:00 Helsinki time.
    expect(new Date(hoursBeginMs({ date: '2027-03-23', startTime: '10:00' })).toISOString()).toBe('2027-03-23T08:00:00.000Z');
    expect(new Date(hoursBeginMs({ date: '2027-03-30', startTime: '10:00' })).toISOString()).toBe('2027-03-30T07:00:00.000Z');
  });

  it('meet when they share a minute, not when one ends as the other begins', () => {
    expect(hoursMeet({ startTime: '10:00', endTime: '12:00' }, { startTime: '11:30', endTime: '13:00' })).toBe(true);
    expect(hoursMeet({ startTime: '10:00', endTime: '12:00' }, { startTime: '09:00', endTime: '14:00' })).toBe(true);
    expect(hoursMeet({ startTime: '10:00', endTime: '12:00' }, { startTime: '12:00', endTime: '13:00' })).toBe(false);
    expect(hoursMeet({ startTime: '12:00', endTime: '13:00' }, { startTime: '10:00', endTime: '12:00' })).toBe(false);
  });

  it('hold whole slots only', () => {
    expect(slotCount({ startTime: '10:00', endTime: '12:00', slotLengthMin: 30 })).toBe(4);
    expect(slotCount({ startTime: '10:00', endTime: '12:00', slotLengthMin: 45 })).toBe(2);
    expect(slotCount({ startTime: '10:00', endTime: '10:40', slotLengthMin: 45 })).toBe(0);
    expect(slotCount({ startTime: '12:00', endTime: '10:00', slotLengthMin: 30 })).toBe(0);
  });

  it("are closed by their helper, or by a supervisor when they are another's", () => {
    expect(closerPermission({ helperId: 'h-1' }, 'h-1')).toBe('assist.staff');
    expect(closerPermission({ helperId: 'h-1' }, 'h-2')).toBe('assist.supervisor');
  });
});
