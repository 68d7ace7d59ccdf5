/**
 * Helsinki wall-clock time and UTC instants, without a date library: the project has none, and
 * `Intl.DateTimeFormat` with a time zone knows the Finnish rules (EET +2, EEST +3, changing on
 * the last Sunday of March at 03:00 and of October at 04:00 local time, both 01:00 UTC).
 *
 * A wall-clock time that does not exist (the spring gap, 03:00–03:59 on the March change day) is
 * moved forward by the gap: 03:30 becomes 04:30 EEST. A wall-clock time that exists twice (the
 * autumn hour 03:00–03:59 on the October change day) is the earlier of the two, in summer time.
 * This is the rule of RFC 5545 for recurring events and of Temporal's `compatible`
 * disambiguation, so a series booked for 03:30 lands where calendar programs put it too.
 *
 * Dates are `YYYY-MM-DD`, times `HH:MM` (a day's end may be `24:00`), instants milliseconds since
 * the epoch (the callers hold ISO 8601 UTC strings and parse them once).
 */
export const TIME_ZONE = 'Europe/Helsinki';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface WallClock {
  date: string;
  /** Minutes since the local midnight, 0–1439. */
  minutes: number;
}

const HOUR_MS = 3_600_000;
/** Offsets by UTC hour: the zone changes only on whole UTC hours, and formatting is slow. */
const offsetByHour = new Map<number, number>();

/** The Helsinki offset from UTC in minutes (120 or 180) at an instant. */
export function helsinkiOffsetMinutes(instantMs: number): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 100_000) offsetByHour.clear();
    offset = formattedOffset(hour * HOUR_MS);
    offsetByHour.set(hour, offset);
  }
  return offset;
}

function formattedOffset(instantMs: number): number {
  const part: Record<string, number> = {};
  for (const p of formatter.formatToParts(instantMs)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const asUtc = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return Math.round((asUtc - instantMs) / MINUTE_MS);
}

/** The Helsinki date and time of day of an instant. */
export function toWallClock(instantMs: number): WallClock {
  const local = new Date(instantMs + helsinkiOffsetMinutes(instantMs) * MINUTE_MS);
  return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The Helsinki calendar day of an instant. */
export function helsinkiDateOf(instantMs: number): string {
  return toWallClock(instantMs).date;
}

/** The instant of a Helsinki wall-clock time; the gap and the doubled hour follow the rule above. */
export function fromWallClock(date: string, minutes: number): number {
  const naive = naiveUtcMs(date) + minutes * MINUTE_MS;
  // Helsinki's offset a day either side of a change is the offset before and after it.
  const before = helsinkiOffsetMinutes(naive - DAY_MS);
  const after = helsinkiOffsetMinutes(naive + DAY_MS);
  const fits = (offset: number) => helsinkiOffsetMinutes(naive - offset * MINUTE_MS) === offset;
  const candidates = [before, after].filter(fits).map((offset) => naive - offset * MINUTE_MS);
  // Ambiguous: both fit, the earlier instant wins. Gap: neither fits, the offset before the
  // change carries the time forward past the gap.
  return candidates.length ? Math.min(...candidates) : naive - before * MINUTE_MS;
}

/** The instant a Helsinki day begins. */
export function startOfHelsinkiDay(date: string): number {
  return fromWallClock(date, 0);
}

/**
 * The instant the Helsinki day holding an instant begins, in numbers only (the conflict rule
 * asks it for thousands of bookings). Midnight is never inside a change in Finland (they happen
 * at 03:00 and 04:00), so the offset at midnight settles in one more step.
 */
export function startOfHelsinkiDayAt(instantMs: number): number {
  const local = instantMs + helsinkiOffsetMinutes(instantMs) * MINUTE_MS;
  const midnightLocal = Math.floor(local / DAY_MS) * DAY_MS;
  const guess = midnightLocal - helsinkiOffsetMinutes(instantMs) * MINUTE_MS;
  return midnightLocal - helsinkiOffsetMinutes(guess) * MINUTE_MS;
}

/** The instant the next Helsinki day begins (days last 23 to 25 hours). */
export function startOfNextHelsinkiDayAt(instantMs: number): number {
  return startOfHelsinkiDayAt(startOfHelsinkiDayAt(instantMs) + 26 * HOUR_MS);
}

/** `HH:MM` (00:00–24:00) as minutes since midnight, or null when it is not one. */
export function parseTimeOfDay(time: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(naiveUtcMs(date)).toISOString().slice(0, 10) === date;
}

export function addDays(date: string, days: number): string {
  return new Date(naiveUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((naiveUtcMs(to) - naiveUtcMs(from)) / DAY_MS);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(naiveUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** An ISO 8601 UTC instant as milliseconds; throws on text that is not one. */
export function parseInstant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${JSON.stringify(iso)}`);
  return ms;
}

export function toIsoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

function naiveUtcMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
