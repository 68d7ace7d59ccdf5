/**
 * Calendar dates as 'YYYY-MM-DD' strings. Opening hours are wall-clock times on local dates, so
 * the arithmetic runs on UTC midnights, where no daylight-saving change can shift a day.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromMs(toMs(date) + days * DAY_MS);

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = toMs(from), end = toMs(to); ms <= end; ms += DAY_MS) out.push(fromMs(ms));
  return out;
}

/** 1 = Monday … 7 = Sunday, as Hauki numbers weekdays. */
export function isoWeekday(date: string): number {
  const day = new Date(toMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
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

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);
