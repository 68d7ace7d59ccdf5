import { describe, expect, it } from 'vitest';
import { bucketLabel, formatChartNumber } from './chart-format.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const week = (w: number, y: number) => `vk ${w}/${y}`;

describe('chart numbers', () => {
  it('group thousands and use the decimal mark of the language', () => {
    expect(plain(formatChartNumber(12345, 'fi'))).toBe('12 345');
    expect(plain(formatChartNumber(12345, 'sv'))).toBe('12 345');
    expect(formatChartNumber(12345, 'en')).toBe('12,345');
    expect(formatChartNumber(2.5, 'fi')).toBe('2,5');
    expect(formatChartNumber(2.5, 'sv')).toBe('2,5');
    expect(formatChartNumber(0.125, 'en')).toBe('0.13');
  });
  it('write negative numbers with the language’s minus sign', () => {
    expect(formatChartNumber(-3, 'fi')).toMatch(/^[-−]3$/);
  });
});

describe('bucket labels', () => {
  it('name a day briefly on the axis and fully elsewhere', () => {
    expect(bucketLabel('2027-01-04', 'day', 'fi', week)).toEqual({ short: '4.1.', full: '4.1.2027' });
    expect(bucketLabel('2027-01-04', 'day', 'en', week)).toEqual({ short: '04/01', full: '04/01/2027' });
    expect(bucketLabel('2027-01-04', 'day', 'sv', week).full).toBe('4.1.2027');
  });
  it('name an ISO week by its number and its days', () => {
    expect(bucketLabel('2027-01-04', 'week', 'fi', week)).toEqual({ short: 'vk 1/2027', full: 'vk 1/2027 (4.1.2027–10.1.2027)' });
    expect(bucketLabel('2026-12-28', 'week', 'fi', week).short).toBe('vk 53/2026');
  });
  it('name a month in the language', () => {
    expect(bucketLabel('2027-01-01', 'month', 'fi', week).full).toBe('tammikuu 2027');
    expect(bucketLabel('2027-01-01', 'month', 'sv', week).full).toBe('januari 2027');
    expect(bucketLabel('2027-01-01', 'month', 'en', week).full).toBe('January 2027');
    expect(bucketLabel('2027-01-01', 'month', 'en', week).short).toBe('Jan 2027');
  });
});
