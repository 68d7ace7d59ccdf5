import { describe, expect, it } from 'vitest';
import { formatDateTime, formatFileSize, formatInstantDate, formatInteger, formatIsoDate, formatMetres, formatMoney, formatNumber2, formatPercent, helsinkiToday, localized } from './format.ts';

// Intl separates thousands and units with (narrow) no-break spaces; compare them as plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDateTime', () => {
  it('shows Helsinki wall-clock time in winter (UTC+2)', () => {
    expect(formatDateTime('2026-11-28T12:05:00Z', 'fi')).toBe('28.11.2026 klo 14.05');
  });
  it('shows Helsinki wall-clock time in summer (UTC+3)', () => {
    expect(formatDateTime('2026-06-10T06:30:00Z', 'fi')).toBe('10.6.2026 klo 09.30');
  });
  it('uses the Swedish and English conventions of Finland and Britain', () => {
    expect(formatDateTime('2026-11-28T12:05:00Z', 'sv')).toContain('28.11.2026');
    expect(formatDateTime('2026-11-28T12:05:00Z', 'sv')).toContain('14.05');
    expect(formatDateTime('2026-11-28T12:05:00Z', 'en')).toBe('28/11/2026, 14:05');
  });
  it('returns an empty string for missing or broken input', () => {
    expect(formatDateTime(null, 'fi')).toBe('');
    expect(formatDateTime('not a date', 'fi')).toBe('');
  });
});

describe('dates', () => {
  it('formats a calendar day without shifting it', () => {
    expect(formatIsoDate('2026-06-10', 'fi')).toBe('10.6.2026');
    expect(formatIsoDate('2026-06-10', 'en')).toBe('10/06/2026');
  });
  it('takes the Helsinki day of an instant near midnight', () => {
    // 22.30 UTC on 31 Dec is already 1 Jan in Helsinki.
    expect(formatInstantDate('2026-12-31T22:30:00Z', 'fi')).toBe('1.1.2027');
    expect(helsinkiToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });
});

describe('numbers', () => {
  it('formats a percentage with the locale’s decimal mark and no trailing zeros', () => {
    expect(plain(formatPercent(10, 'fi'))).toBe('10 %');
    expect(plain(formatPercent(12.35, 'sv'))).toBe('12,35 %');
    expect(plain(formatPercent(2.5, 'en'))).toBe('2.5 %');
    expect(formatPercent(null, 'fi')).toBe('');
  });
  it('formats euro cents as Finnish money', () => {
    expect(plain(formatMoney(123450, 'fi'))).toBe('1 234,50 €');
    expect(plain(formatMoney(0, 'fi'))).toBe('0,00 €');
    expect(formatMoney(123450, 'en')).toBe('€1,234.50');
    expect(formatMoney(null, 'fi')).toBe('');
  });
  it('formats metres with a decimal comma in Finnish and Swedish', () => {
    expect(plain(formatMetres(2.5, 'fi'))).toBe('2,50 m');
    expect(plain(formatMetres(12, 'sv'))).toBe('12,00 m');
    expect(plain(formatMetres(2.5, 'en'))).toBe('2.50 m');
    expect(formatNumber2(2.5, 'fi')).toBe('2,50');
    expect(formatMetres(null, 'fi')).toBe('');
  });
  it('groups large integers', () => {
    expect(plain(formatInteger(100000, 'fi'))).toBe('100 000');
  });
});

describe('localized', () => {
  it('picks the UI language and falls back to Finnish', () => {
    const name = { fi: 'Puotilan venesatama', sv: 'Botby båthamn', en: '' };
    expect(localized(name, 'sv')).toBe('Botby båthamn');
    expect(localized(name, 'en')).toBe('Puotilan venesatama');
    expect(localized(null, 'fi')).toBe('');
  });
});

describe('formatFileSize', () => {
  it('shows kilobytes below a megabyte and megabytes above, one decimal, in the language', () => {
    expect(plain(formatFileSize(1_234_567, 'fi'))).toBe('1,2 Mt');
    expect(plain(formatFileSize(1_234_567, 'en'))).toBe('1.2 MB');
    expect(plain(formatFileSize(48_200, 'sv'))).toBe('48,2 kB');
    expect(plain(formatFileSize(10, 'en'))).toBe('0.1 kB');
    expect(formatFileSize(null, 'fi')).toBe('');
  });
});

