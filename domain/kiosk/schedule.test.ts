import { describe, expect, it } from 'vitest';
import { isScheduledOpen, KioskSchedule, nextScheduleChange } from './schedule.ts';

const at = (iso: string) => Date.parse(iso);

// Weekdays 8–20, Saturday 10–16, Sunday closed; closed on Independence Day, short on 24 December.
const schedule: KioskSchedule = KioskSchedule.parse({
  weekly: { '1': { opens: '08:00', closes: '20:00' }, '2': { opens: '08:00', closes: '20:00' }, '3': { opens: '08:00', closes: '20:00' }, '4': { opens: '08:00', closes: '20:00' }, '5': { opens: '08:00', closes: '20:00' }, '6': { opens: '10:00', closes: '16:00' } },
  exceptions: { '2026-12-06': null, '2026-12-24': { opens: '10:00', closes: '13:00' } },
});

describe('isScheduledOpen', () => {
  it('reads the hours in Helsinki time, winter (UTC+2)', () => {
    // Wednesday 2 December 2026
    expect(isScheduledOpen(schedule, at('2026-12-02T05:59:59Z'))).toBe(false);
    expect(isScheduledOpen(schedule, at('2026-12-02T06:00:00Z'))).toBe(true);
    expect(isScheduledOpen(schedule, at('2026-12-02T17:59:59Z'))).toBe(true);
    expect(isScheduledOpen(schedule, at('2026-12-02T18:00:00Z'))).toBe(false);
  });

  it('reads the hours in Helsinki time, summer (UTC+3)', () => {
    // Wednesday 3 June 2026
    expect(isScheduledOpen(schedule, at('2026-06-03T04:59:00Z'))).toBe(false);
    expect(isScheduledOpen(schedule, at('2026-06-03T05:00:00Z'))).toBe(true);
    expect(isScheduledOpen(schedule, at('2026-06-03T16:59:00Z'))).toBe(true);
    expect(isScheduledOpen(schedule, at('2026-06-03T17:00:00Z'))).toBe(false);
  });

  it('a missing weekday is closed; a dated exception wins over the weekday', () => {
    expect(isScheduledOpen(schedule, at('2026-12-06T10:00:00Z'))).toBe(false); // Sunday anyway
    expect(isScheduledOpen(schedule, at('2026-12-05T10:00:00Z'))).toBe(true); // Saturday 12:00
    expect(isScheduledOpen(schedule, at('2026-12-24T09:00:00Z'))).toBe(true); // Thursday 11:00
    expect(isScheduledOpen(schedule, at('2026-12-24T11:00:00Z'))).toBe(false); // Thursday 13:00, closed early
    const closedMonday = KioskSchedule.parse({ ...schedule, exceptions: { '2026-12-07': null } });
    expect(isScheduledOpen(closedMonday, at('2026-12-07T10:00:00Z'))).toBe(false);
  });

  it('24:00 keeps a kiosk open to the last minute of the day', () => {
    const late = KioskSchedule.parse({ weekly: { '3': { opens: '00:00', closes: '24:00' } }, exceptions: {} });
    expect(isScheduledOpen(late, at('2026-12-02T21:59:00Z'))).toBe(true); // 23:59
    expect(isScheduledOpen(late, at('2026-12-02T22:00:00Z'))).toBe(false); // Thursday 00:00
  });
});

describe('nextScheduleChange', () => {
  it('finds the next closing while open and the next opening while closed', () => {
    expect(nextScheduleChange(schedule, at('2026-12-02T10:00:00Z'))).toEqual({ atMs: at('2026-12-02T18:00:00Z'), opens: false });
    expect(nextScheduleChange(schedule, at('2026-12-02T18:00:00Z'))).toEqual({ atMs: at('2026-12-03T06:00:00Z'), opens: true });
  });

  it('skips closed days and crosses the spring clock change', () => {
    // Saturday 28 March 2026 16:00 EET → Sunday closed, clocks go forward → Monday 08:00 EEST
    expect(nextScheduleChange(schedule, at('2026-03-28T14:00:00Z'))).toEqual({ atMs: at('2026-03-30T05:00:00Z'), opens: true });
  });

  it('is null when nothing opens in the next two weeks', () => {
    expect(nextScheduleChange(KioskSchedule.parse({ weekly: {}, exceptions: {} }), at('2026-12-02T10:00:00Z'))).toBeNull();
  });
});

describe('KioskSchedule', () => {
  it.each([
    [{ weekly: { '1': { opens: '20:00', closes: '08:00' } }, exceptions: {} }, 'closes'],
    [{ weekly: { '1': { opens: '08:00', closes: '08:00' } }, exceptions: {} }, 'closes'],
    [{ weekly: { '1': { opens: '8:00', closes: '20:00' } }, exceptions: {} }, 'opens'],
    [{ weekly: { '1': { opens: '08:00', closes: '24:01' } }, exceptions: {} }, 'closes'],
    [{ weekly: { '8': { opens: '08:00', closes: '20:00' } }, exceptions: {} }, 'weekly'],
    [{ weekly: {}, exceptions: { '2026-02-30': null } }, 'exceptions'],
  ])('refuses %j', (input, field) => {
    const result = KioskSchedule.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).join(' ')).toContain(field);
  });
});
