import { describe, expect, it } from 'vitest';
import { dayAsLocalDate, finnishDay, parseDay } from './dates.ts';

describe('parseDay', () => {
  it('reads the Finnish d.m.yyyy format with or without leading zeros', () => {
    expect(parseDay('5.1.2027')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseDay(' 05.01.2027 ')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseDay('31.12.2026')).toEqual({ ok: true, iso: '2026-12-31' });
  });
  it('accepts a pasted ISO day', () => {
    expect(parseDay('2026-12-12')).toEqual({ ok: true, iso: '2026-12-12' });
  });
  it('refuses days that do not exist', () => {
    expect(parseDay('31.2.2027')).toEqual({ ok: false, reason: 'no_such_day' });
    expect(parseDay('29.2.2027')).toEqual({ ok: false, reason: 'no_such_day' });
    expect(parseDay('29.2.2028')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseDay('0.1.2027')).toEqual({ ok: false, reason: 'no_such_day' });
  });
  it('refuses other formats and says when nothing was typed', () => {
    expect(parseDay('12/12/2026')).toEqual({ ok: false, reason: 'format' });
    expect(parseDay('5.1.27')).toEqual({ ok: false, reason: 'format' });
    expect(parseDay('huomenna')).toEqual({ ok: false, reason: 'format' });
    expect(parseDay('  ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('finnishDay', () => {
  it('writes an ISO day the way parseDay reads it back', () => {
    expect(finnishDay('2027-01-05')).toBe('5.1.2027');
    expect(parseDay(finnishDay('2026-12-12'))).toEqual({ ok: true, iso: '2026-12-12' });
  });
});

describe('dayAsLocalDate', () => {
  it('keeps the calendar day in local time', () => {
    const d = dayAsLocalDate('2027-01-05');
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2027, 0, 5]);
  });
});
