import { describe, expect, it } from 'vitest';
import { bucketSeries, bucketStart, bucketsBetween, helsinkiDay, isoWeek, nextBucket } from './date-buckets.ts';

describe('helsinkiDay', () => {
  it('keeps a calendar day and takes the Helsinki day of an instant', () => {
    expect(helsinkiDay('2027-01-05')).toBe('2027-01-05');
    // 22:30 UTC is 00:30 the next day in Helsinki in winter (UTC+2) and 01:30 in summer (UTC+3).
    expect(helsinkiDay('2026-12-31T22:30:00Z')).toBe('2027-01-01');
    expect(helsinkiDay('2027-06-30T21:30:00Z')).toBe('2027-07-01');
    expect(helsinkiDay('2027-06-30T20:59:00Z')).toBe('2027-06-30');
  });
  it('refuses what is neither', () => {
    expect(() => helsinkiDay('2027-02-30')).toThrow(RangeError);
    expect(() => helsinkiDay('yesterday')).toThrow(RangeError);
  });
});

describe('buckets', () => {
  it('start weeks on Monday and months on the 1st', () => {
    expect(bucketStart('2027-01-07', 'day')).toBe('2027-01-07');
    expect(bucketStart('2027-01-07', 'week')).toBe('2027-01-04'); // a Thursday
    expect(bucketStart('2027-01-10', 'week')).toBe('2027-01-04'); // its Sunday
    expect(bucketStart('2027-01-11', 'week')).toBe('2027-01-11'); // the next Monday
    expect(bucketStart('2027-01-01', 'week')).toBe('2026-12-28'); // across the year
    expect(bucketStart('2027-02-28', 'month')).toBe('2027-02-01');
  });
  it('step to the next bucket, also over the year end', () => {
    expect(nextBucket('2027-02-28', 'day')).toBe('2027-03-01');
    expect(nextBucket('2026-12-28', 'week')).toBe('2027-01-04');
    expect(nextBucket('2026-12-01', 'month')).toBe('2027-01-01');
    expect(nextBucket('2027-09-01', 'month')).toBe('2027-10-01');
  });
  it('list every bucket between two days, gaps included', () => {
    expect(bucketsBetween('2027-01-30', '2027-02-02', 'day')).toEqual(['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02']);
    expect(bucketsBetween('2027-01-06', '2027-01-20', 'week')).toEqual(['2027-01-04', '2027-01-11', '2027-01-18']);
    expect(bucketsBetween('2026-11-15', '2027-02-01', 'month')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    expect(bucketsBetween('2027-02-01', '2027-01-01', 'day')).toEqual([]);
  });
  it('number ISO weeks by their Thursday', () => {
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 }); // a Friday: 2026 has 53 weeks
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 }); // a Thursday
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2027-03-28')).toEqual({ year: 2027, week: 12 });
  });
});

describe('bucketSeries', () => {
  const registrations = [
    { at: '2027-01-04T08:00:00Z' },
    { at: '2027-01-04T21:59:00Z' }, // 23:59 in Helsinki: still the 4th
    { at: '2027-01-04T22:00:00Z' }, // 00:00 on the 5th in Helsinki
    { at: '2027-01-07' },
    { at: '2027-01-12T10:00:00Z' },
  ];

  it('counts per Helsinki day and shows quiet days as zero', () => {
    expect(bucketSeries([registrations], 'day')).toEqual({
      starts: ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10', '2027-01-11', '2027-01-12'],
      values: [[2, 1, 0, 1, 0, 0, 0, 0, 1]],
    });
  });
  it('counts per ISO week and per month', () => {
    expect(bucketSeries([registrations], 'week')).toEqual({ starts: ['2027-01-04', '2027-01-11'], values: [[4, 1]] });
    expect(bucketSeries([registrations], 'month')).toEqual({ starts: ['2027-01-01'], values: [[5]] });
  });
  it('sums given values, keeps series apart and uses one set of buckets for all', () => {
    const phone = [{ at: '2027-03-02', value: 3 }];
    const chat = [
      { at: '2027-04-30', value: 2 },
      { at: '2027-03-31', value: 1 },
    ];
    expect(bucketSeries([phone, chat], 'month')).toEqual({ starts: ['2027-03-01', '2027-04-01'], values: [[3, 0], [1, 2]] });
  });
  it('keeps to a given range, leaving out what is outside it', () => {
    const out = bucketSeries([registrations], 'day', { from: '2027-01-05', to: '2027-01-07' });
    expect(out).toEqual({ starts: ['2027-01-05', '2027-01-06', '2027-01-07'], values: [[1, 0, 1]] });
    expect(bucketSeries([[]], 'week', { from: '2027-01-05', to: '2027-01-12' })).toEqual({ starts: ['2027-01-04', '2027-01-11'], values: [[0, 0]] });
  });
  it('gives no buckets when there is nothing and no range', () => {
    expect(bucketSeries([[], []], 'day')).toEqual({ starts: [], values: [[], []] });
  });
  it('counts the day of the spring and autumn changes in Helsinki', () => {
    // 28 March 2027 lasts 23 hours, 31 October 2027 lasts 25 hours in Helsinki.
    const spring = [{ at: '2027-03-27T22:00:00Z' }, { at: '2027-03-28T20:59:00Z' }, { at: '2027-03-28T21:00:00Z' }];
    expect(bucketSeries([spring], 'day').values).toEqual([[2, 1]]);
    const autumn = [{ at: '2027-10-30T21:00:00Z' }, { at: '2027-10-31T21:59:00Z' }, { at: '2027-10-31T22:00:00Z' }];
    expect(bucketSeries([autumn], 'day')).toEqual({ starts: ['2027-10-31', '2027-11-01'], values: [[2, 1]] });
  });
});
