/**
 * Calendar dates as 'YYYY-MM-DD' strings, beyond what domain/wall-clock.ts already gives (adding
 * days, weekdays, validity, days between). Opening hours are wall-clock times on local dates, so
 * the arithmetic runs on UTC midnights, where no daylight-saving change can shift a day.
 */

import { addDays, isoWeekday } from '../../../domain/wall-clock.ts';

const DAY_MS = 86_400_000;

const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = toMs(from), end = toMs(to); ms <= end; ms += DAY_MS) out.push(fromMs(ms));
  return out;
}

/** The Monday of the week `date` is in. */
export const weekStart = (date: string): string => addDays(date, 1 - isoWeekday(date));

/** The ISO 8601 week number. */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));
export const monthOf = (date: string): number => Number(date.slice(5, 7));
export const dayOfMonth = (date: string): number => Number(date.slice(8, 10));

/** The first and last date of the month `date` is in. */
export function monthBounds(date: string): [string, string] {
  const first = `${date.slice(0, 7)}-01`;
  const next = new Date(toMs(first));
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [first, addDays(fromMs(next.getTime()), -1)];
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
