import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../domain/languages.ts';
import { addDays } from '../../../domain/berths/seasons.ts';
import { dayForInput, parseDay } from './dates.ts';
import { formatIsoDate } from './format.ts';

describe('parseDay', () => {
  it('reads d.m.yyyy in Finnish and Swedish, with or without leading zeros', () => {
    for (const lang of ['fi', 'sv'] as const) {
      expect(parseDay('5.1.2027', lang)).toEqual({ ok: true, iso: '2027-01-05' });
      expect(parseDay(' 05.01.2027 ', lang)).toEqual({ ok: true, iso: '2027-01-05' });
      expect(parseDay('31.12.2026', lang)).toEqual({ ok: true, iso: '2026-12-31' });
      expect(parseDay('15/12/2026', lang)).toEqual({ ok: false, reason: 'format' });
    }
  });
  it('reads dd/mm/yyyy in English, the way English displays days, and not the Finnish dots', () => {
    expect(parseDay('15/12/2026', 'en')).toEqual({ ok: true, iso: '2026-12-15' });
    expect(parseDay('05/01/2027', 'en')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseDay('5/1/2027', 'en')).toEqual({ ok: true, iso: '2027-01-05' });
    expect(parseDay('15.12.2026', 'en')).toEqual({ ok: false, reason: 'format' });
    expect(parseDay('12/31/2026', 'en')).toEqual({ ok: false, reason: 'no_such_day' }); // not the American order
  });
  it('accepts a pasted ISO day in every language', () => {
    for (const lang of LANGUAGES) expect(parseDay('2027-01-15', lang)).toEqual({ ok: true, iso: '2027-01-15' });
  });
  it('refuses days that do not exist', () => {
    expect(parseDay('31.2.2027', 'fi')).toEqual({ ok: false, reason: 'no_such_day' });
    expect(parseDay('29.2.2027', 'sv')).toEqual({ ok: false, reason: 'no_such_day' });
    expect(parseDay('29/02/2028', 'en')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseDay('0.1.2027', 'fi')).toEqual({ ok: false, reason: 'no_such_day' });
    expect(parseDay('2027-02-30', 'en')).toEqual({ ok: false, reason: 'no_such_day' });
  });
  it('refuses other formats and says when nothing was typed', () => {
    expect(parseDay('5.1.27', 'fi')).toEqual({ ok: false, reason: 'format' });
    expect(parseDay('huomenna', 'fi')).toEqual({ ok: false, reason: 'format' });
    expect(parseDay('  ', 'en')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('display and input agree', () => {
  it('shows a day in the field exactly as the app displays it', () => {
    expect(dayForInput('2026-12-15', 'fi')).toBe('15.12.2026');
    expect(dayForInput('2026-12-15', 'sv')).toBe('15.12.2026');
    expect(dayForInput('2026-12-15', 'en')).toBe('15/12/2026');
    expect(dayForInput('2027-01-05', 'en')).toBe(formatIsoDate('2027-01-05', 'en'));
  });
  it.each(LANGUAGES)('reads back every displayed day of two years in %s', (lang) => {
    for (let i = 0, day = '2026-12-01'; i < 2 * 366; i++, day = addDays(day, 1)) {
      expect(parseDay(formatIsoDate(day, lang), lang)).toEqual({ ok: true, iso: day });
    }
  });
});
