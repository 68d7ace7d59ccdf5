import { daysBetween, isoWeekday } from '../../../domain/wall-clock.ts';
import { datesBetween, maxDate, minDate } from './calendar-dates.ts';
import { ruleDates } from './hauki-rules.ts';
import { OPEN_STATES, RESERVABLE_STATES, type HaukiDatePeriod, type HaukiState } from './hauki-schema.ts';

/**
 * Hauki's date periods turned into each local date's open intervals, the way Hauki's own
 * `Resource.get_daily_opening_hours` decides them (our code, its rules):
 *
 * - a period covers the dates from `start_date` to `end_date` (either may be open-ended);
 * - a period without time span groups makes its whole days its own state (unless `undefined`);
 * - a time span group applies on the dates all its rules select, and each of its time spans on
 *   its weekdays (none listed = every day); a span's state wins over the period's unless the
 *   span's is `undefined`;
 * - on a date that any override period (`override: true`, e.g. a holiday) reaches, only the
 *   shortest such period counts (open-ended = longest; a tie goes to the one Hauki lists first),
 *   and every normal period is ignored;
 * - otherwise the spans of every period that reaches the date are combined: spans of the same
 *   state that overlap or touch become one.
 *
 * A date is open in the intervals whose state is one of Hauki's open states (`OPEN_STATES`), and
 * closed when it has none. A span ending at or before its start runs past midnight. Rules: every
 * context (period, year, month) and subject (day, week, month, a weekday) with `start`,
 * `frequency_ordinal` and `frequency_modifier` (see hauki-rules.ts).
 *
 * Not supported, on purpose: closed spans are not cut out of open spans of another period on the
 * same date (Hauki returns both side by side, and so do its consumers); the resource's own time
 * zone (every Helsinki resource is Europe/Helsinki, so wall-clock times are Helsinki times); a
 * period's `order` (Hauki uses it for listing only). Where Hauki's code has edges of its own we
 * differ: a "period" rule on an open-ended period counts from the range asked, and a "year" rule's
 * weeks end with the year rather than with the range asked; "months within a month" is refused.
 */

export interface OpeningInterval {
  /** Local wall-clock time, 'HH:MM'. */
  start: string;
  /** 'HH:MM'; '24:00' is the end of the day; with `endsNextDay` a time on the following date. */
  end: string;
  endsNextDay: boolean;
  state: HaukiState;
  /** Varaamo books only in reservable states (brief 2.7); other open states are opening hours only. */
  reservable: boolean;
}

export interface OpeningDay {
  /** Local date (Europe/Helsinki), 'YYYY-MM-DD'. */
  date: string;
  intervals: OpeningInterval[];
  closed: boolean;
  /** No period reaches this date at all: Hauki has no hours for it (the calendars show it closed). */
  noHours: boolean;
}

export interface OpeningHours {
  haukiResourceId: number;
  from: string;
  to: string;
  days: OpeningDay[];
  /** The closed dates of `days`, for callers that only need those. */
  closedDates: string[];
}

interface Element {
  /** Minutes from the date's midnight; an end after the next midnight is above 1440. */
  startMin: number;
  endMin: number;
  state: HaukiState;
  period: HaukiDatePeriod;
}

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function clock(total: number): string {
  const m = total > 1440 ? total - 1440 : total;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** An end at or before the start (e.g. 18:00–00:00) runs past midnight even without the flag. */
function spanMinutes(span: HaukiDatePeriod['time_span_groups'][number]['time_spans'][number]): [number, number] {
  if (span.full_day) return [0, 1440];
  const start = span.start_time ? minutes(span.start_time) : 0;
  let end = span.end_time ? minutes(span.end_time) : 1440;
  if (span.end_time_on_next_day || (span.end_time && end <= start)) end += 1440;
  return [start, end];
}

function periodElements(period: HaukiDatePeriod, from: string, to: string, into: Map<string, Element[]>): void {
  const first = maxDate(from, period.start_date ?? from);
  const last = minDate(to, period.end_date ?? to);
  if (first > last) return;
  const add = (date: string, element: Element) => into.get(date)?.push(element);
  const periodState = period.resource_state ?? 'undefined';
  const groups = period.time_span_groups.filter((g) => !g.is_removed);
  if (groups.length === 0) {
    if (periodState !== 'undefined') for (const date of datesBetween(first, last)) add(date, { startMin: 0, endMin: 1440, state: periodState, period });
    return;
  }
  const bounds = { start: period.start_date ?? null, end: period.end_date ?? null };
  for (const group of groups) {
    let dates = datesBetween(first, last);
    for (const rule of group.rules) {
      const selected = ruleDates(rule, bounds, first, last);
      dates = dates.filter((d) => selected.has(d));
    }
    for (const date of dates) {
      for (const span of group.time_spans) {
        if (span.weekdays && span.weekdays.length > 0 && !span.weekdays.includes(isoWeekday(date))) continue;
        const spanState = span.resource_state ?? 'undefined';
        const [startMin, endMin] = spanMinutes(span);
        add(date, { startMin, endMin, state: spanState === 'undefined' ? periodState : spanState, period });
      }
    }
  }
}

const periodLength = (p: HaukiDatePeriod): number => (p.start_date && p.end_date ? daysBetween(p.start_date, p.end_date) : Number.POSITIVE_INFINITY);

/** Overrides first: only the shortest override period's elements stand. */
function applyOverride(elements: Element[]): Element[] {
  const overriding = elements.filter((e) => e.period.override);
  if (overriding.length === 0) return elements;
  let winner = overriding[0]!.period;
  for (const e of overriding) if (periodLength(e.period) < periodLength(winner)) winner = e.period;
  return overriding.filter((e) => e.period === winner);
}

/** Same-state spans that overlap or touch become one, as Hauki combines them. */
function combine(elements: Element[]): Element[] {
  const sorted = [...elements].sort((a, b) => a.state.localeCompare(b.state) || a.startMin - b.startMin || a.endMin - b.endMin);
  const out: Element[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last && last.state === e.state && e.startMin <= last.endMin) last.endMin = Math.max(last.endMin, e.endMin);
    else out.push({ ...e });
  }
  return out.sort((a, b) => a.startMin - b.startMin || a.endMin - b.endMin);
}

/** Normalises the periods of one resource over `from`…`to` (both included, already validated). */
export function openingHoursFromPeriods(periods: readonly HaukiDatePeriod[], haukiResourceId: number, from: string, to: string): OpeningHours {
  const byDate = new Map(datesBetween(from, to).map((d) => [d, [] as Element[]]));
  // Hauki's list filter answers every period for an id it does not know, so the resource is checked here.
  for (const period of periods) if (period.resource === haukiResourceId) periodElements(period, from, to, byDate);
  const days: OpeningDay[] = [...byDate].map(([date, elements]) => {
    const intervals = combine(applyOverride(elements))
      .filter((e) => OPEN_STATES.includes(e.state))
      .map((e) => ({ start: clock(e.startMin), end: clock(e.endMin), endsNextDay: e.endMin > 1440, state: e.state, reservable: RESERVABLE_STATES.includes(e.state) }));
    return { date, intervals, closed: intervals.length === 0, noHours: elements.length === 0 };
  });
  return { haukiResourceId, from, to, days, closedDates: days.filter((d) => d.closed).map((d) => d.date) };
}
