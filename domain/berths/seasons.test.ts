import { describe, expect, it } from 'vitest';
import { addDays, helsinkiDate, offerSeason } from './seasons.ts';

describe('seasons', () => {
  it('offers next summer once this season has ended', () => {
    expect(offerSeason('2026-11-28')).toBe(2027);
    expect(offerSeason('2027-03-15')).toBe(2027);
    expect(offerSeason('2027-09-14')).toBe(2027);
    expect(offerSeason('2027-09-15')).toBe(2028);
  });

  it('takes the calendar day in Helsinki, not UTC', () => {
    expect(helsinkiDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(helsinkiDate(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});
