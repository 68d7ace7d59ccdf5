import { describe, expect, it } from 'vitest';
import { addDays, defaultBerthLeaseDates, helsinkiDate, offerSeason } from './seasons.ts';
import { defaultWinterLeaseDates, offerWinter, stickerSeason, winterOfLeaseStart } from './winter-seasons.ts';

describe('berth seasons', () => {
  it('rolls over to next summer on 14.9. itself', () => {
    expect(offerSeason('2026-11-28')).toBe(2027);
    expect(offerSeason('2027-03-15')).toBe(2027);
    expect(offerSeason('2027-09-13')).toBe(2027);
    expect(offerSeason('2027-09-14')).toBe(2028);
    expect(offerSeason('2027-09-15')).toBe(2028);
    expect(offerSeason('2027-12-31')).toBe(2028);
  });

  it('runs a default lease from 10.6. before the season and from today to 14.9. during it', () => {
    expect(defaultBerthLeaseDates('2027-03-01')).toEqual({ startDate: '2027-06-10', endDate: '2027-09-14' });
    expect(defaultBerthLeaseDates('2027-06-10')).toEqual({ startDate: '2027-06-10', endDate: '2027-09-14' });
    expect(defaultBerthLeaseDates('2027-07-20')).toEqual({ startDate: '2027-07-20', endDate: '2027-09-14' });
    expect(defaultBerthLeaseDates('2027-09-13')).toEqual({ startDate: '2027-09-13', endDate: '2027-09-14' });
  });

  it('gives next summer whole from 14.9. on', () => {
    expect(defaultBerthLeaseDates('2027-09-14')).toEqual({ startDate: '2028-06-10', endDate: '2028-09-14' });
    expect(defaultBerthLeaseDates('2027-09-15')).toEqual({ startDate: '2028-06-10', endDate: '2028-09-14' });
  });

  it('takes the calendar day in Helsinki, not UTC', () => {
    expect(helsinkiDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(helsinkiDate(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    // 14.9. begins in Helsinki three hours before it begins in UTC: the roll follows Helsinki.
    expect(offerSeason(helsinkiDate(new Date('2027-09-13T21:30:00Z')))).toBe(2028);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});

describe('winter storage seasons', () => {
  it('runs 15.9.-10.6. and rolls over to the coming winter on 10.6.', () => {
    expect(offerWinter('2027-01-15')).toBe(2026);
    expect(offerWinter('2027-06-09')).toBe(2026);
    expect(offerWinter('2027-06-10')).toBe(2027);
    expect(offerWinter('2027-09-13')).toBe(2027);
    expect(offerWinter('2027-09-14')).toBe(2027);
    expect(offerWinter('2027-09-15')).toBe(2027);
  });

  it('defaults a lease from 15.9. (or today once the winter runs) to 10.6. next year', () => {
    expect(defaultWinterLeaseDates('2027-08-01')).toEqual({ startDate: '2027-09-15', endDate: '2028-06-10' });
    expect(defaultWinterLeaseDates('2027-09-13')).toEqual({ startDate: '2027-09-15', endDate: '2028-06-10' });
    expect(defaultWinterLeaseDates('2027-09-14')).toEqual({ startDate: '2027-09-15', endDate: '2028-06-10' });
    expect(defaultWinterLeaseDates('2027-09-15')).toEqual({ startDate: '2027-09-15', endDate: '2028-06-10' });
    expect(defaultWinterLeaseDates('2027-11-02')).toEqual({ startDate: '2027-11-02', endDate: '2028-06-10' });
    expect(defaultWinterLeaseDates('2028-06-09')).toEqual({ startDate: '2028-06-09', endDate: '2028-06-10' });
    expect(defaultWinterLeaseDates('2028-06-10')).toEqual({ startDate: '2028-09-15', endDate: '2029-06-10' });
  });

  it('puts a lease starting on or before 10.6. in the winter that ends then', () => {
    expect(winterOfLeaseStart('2027-06-10')).toBe(2026);
    expect(winterOfLeaseStart('2027-06-11')).toBe(2027);
    expect(winterOfLeaseStart('2027-09-15')).toBe(2027);
    expect(winterOfLeaseStart('2028-02-01')).toBe(2027);
    expect(stickerSeason(2027)).toBe('2027_2028');
  });
});
