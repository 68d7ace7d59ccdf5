import { addDays, helsinkiDateOf, isCalendarDate, isoWeekday, parseInstant } from '../../../domain/wall-clock.ts';

/**
 * Counting dated things (registrations, assistance sessions) per Helsinki day, ISO week (Monday
 * to Sunday) or month. A moment belongs to the Helsinki day it happened on, so a registration at
 * 00:30 Helsinki time (22:30 UTC the day before) counts on its Helsinki day.
 */
export type BucketUnit = 'day' | 'week' | 'month';

/** The Helsinki calendar day of a day (`2027-01-05`) or of a UTC instant (`2027-01-04T22:30:00Z`). */
export function helsinkiDay(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) {
    if (!isCalendarDate(at)) throw new RangeError(`not a calendar day: ${JSON.stringify(at)}`);
    return at;
  }
  return helsinkiDateOf(parseInstant(at));
}

/** The first day of the bucket holding a day: itself, its week's Monday, its month's 1st. */
export function bucketStart(day: string, unit: BucketUnit): string {
  if (unit === 'day') return day;
  if (unit === 'week') return addDays(day, 1 - isoWeekday(day));
  return `${day.slice(0, 7)}-01`;
}

/** The first day of the next bucket. */
export function nextBucket(start: string, unit: BucketUnit): string {
  if (unit === 'day') return addDays(start, 1);
  if (unit === 'week') return addDays(start, 7);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${start.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Every bucket from the one holding `from` to the one holding `to`, gaps included. */
export function bucketsBetween(from: string, to: string, unit: BucketUnit): string[] {
  const out: string[] = [];
  const last = bucketStart(to, unit);
  for (let b = bucketStart(from, unit); b <= last; b = nextBucket(b, unit)) out.push(b);
  return out;
}

/** ISO 8601 week number and its year (the year of the week's Thursday). */
export function isoWeek(day: string): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Date.UTC(year, Number(thursday.slice(5, 7)) - 1, Number(thursday.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return { year, week };
}

export interface DatedValue {
  /** A calendar day or a UTC instant. */
  at: string;
  /** What it adds to its bucket; one when it is a thing counted. */
  value?: number;
}

export interface Bucketed {
  /** The first day of each bucket, in order and without gaps. */
  starts: string[];
  /** Per series, the sum in each bucket. */
  values: number[][];
}

/**
 * Sums dated values per bucket, for each series. The buckets run from `range.from` (or the
 * earliest value) to `range.to` (or the latest), so a quiet week shows as zero instead of being
 * left out; values outside a given range are not counted.
 */
export function bucketSeries(series: readonly (readonly DatedValue[])[], unit: BucketUnit, range?: { from?: string; to?: string }): Bucketed {
  const days = series.map((points) => points.map((p) => ({ day: helsinkiDay(p.at), value: p.value ?? 1 })));
  const all = days.flat().map((d) => d.day).sort();
  const from = range?.from ?? all[0];
  const to = range?.to ?? all.at(-1);
  if (!from || !to) return { starts: [], values: series.map(() => []) };
  const starts = bucketsBetween(from, to, unit);
  const index = new Map(starts.map((s, i) => [s, i]));
  const values = days.map((points) => {
    const sums = new Array<number>(starts.length).fill(0);
    for (const p of points) {
      if (p.day < from || p.day > to) continue;
      const i = index.get(bucketStart(p.day, unit));
      if (i !== undefined) sums[i]! += p.value;
    }
    return sums;
  });
  return { starts, values };
}
