import { addDays, isoWeekday } from '../../../domain/wall-clock.ts';
import {
  datesBetween,
  dayOfMonth,
  isoWeekNumber,
  maxDate,
  minDate,
  monthBounds,
  monthOf,
  weekStart,
  yearOf,
} from './calendar-dates.ts';
import type { HaukiRule } from './hauki-schema.ts';

/**
 * Which dates a Hauki rule selects, read from Hauki's model (`Rule.apply_to_date_range`): the rule's
 * context (period, year, month) is cut into sets of items (days, weeks, months or one weekday's
 * dates), each set is filtered by `start` / `frequency_ordinal` / `frequency_modifier`, and the
 * dates left are those of the period's days in range. Our own code; the behaviour follows Hauki's.
 */

/** An item is one day, or the days of one week or month. */
type Item = readonly string[];

const WEEKDAY_OF: Partial<Record<HaukiRule['subject'], number>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

export class UnsupportedRuleError extends Error {}

/** The weeks (Monday–Sunday) whose Monday lies from the week of `from` to `to`. */
function weeks(from: string, to: string): Item[] {
  const out: Item[] = [];
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) out.push(datesBetween(monday, addDays(monday, 6)));
  return out;
}

/** The whole months from the month of `from` to the month of `to`. */
function months(from: string, to: string): Item[] {
  const out: Item[] = [];
  for (let first = monthBounds(from)[0]; first <= to; first = addDays(monthBounds(first)[1], 1)) out.push(datesBetween(first, monthBounds(first)[1]));
  return out;
}

/** The items of one context span (a period, a year or a month) for the rule's subject. */
function itemsIn(subject: HaukiRule['subject'], from: string, to: string): Item[] {
  if (subject === 'day') return datesBetween(from, to).map((d) => [d]);
  // A month's weeks are its calendar rows: every week that touches it.
  if (subject === 'week') return weeks(from, to);
  if (subject === 'month') return months(from, to);
  const weekday = WEEKDAY_OF[subject];
  return datesBetween(from, to)
    .filter((d) => isoWeekday(d) === weekday)
    .map((d) => [d]);
}

function contextSets(rule: HaukiRule, periodFrom: string, periodTo: string, rangeFrom: string, rangeTo: string): Item[][] {
  if (rule.context === 'period') return [itemsIn(rule.subject, periodFrom, periodTo)];
  if (rule.context === 'year') {
    const sets: Item[][] = [];
    for (let year = yearOf(maxDate(rangeFrom, periodFrom)); year <= yearOf(minDate(rangeTo, periodTo)); year++) {
      sets.push(itemsIn(rule.subject, `${year}-01-01`, `${year}-12-31`));
    }
    return sets;
  }
  if (rule.subject === 'month') throw new UnsupportedRuleError('A rule counting months within a month selects nothing Hauki can compute.');
  const sets: Item[][] = [];
  for (let first = monthBounds(rangeFrom)[0]; first <= rangeTo; first = addDays(monthBounds(first)[1], 1)) {
    sets.push(itemsIn(rule.subject, first, monthBounds(first)[1]));
  }
  return sets;
}

/** The number an even/odd modifier looks at: day of month, ISO week or month. */
function ordinalOf(rule: HaukiRule, item: Item): number {
  const first = item[0]!;
  if (rule.subject === 'week') return isoWeekNumber(first);
  if (rule.subject === 'month') return monthOf(first);
  return dayOfMonth(first);
}

/** `start` counts from 1, or from the end when negative (-1 is the last item). */
function startIndex(start: number, length: number): number {
  return start < 0 ? length + start : start - 1;
}

function filterSet(rule: HaukiRule, items: Item[]): Item[] {
  const start = rule.start ?? null;
  if (rule.frequency_ordinal) {
    if (start === null) return items;
    const out: Item[] = [];
    for (let i = Math.max(0, startIndex(start, items.length)); i < items.length; i += rule.frequency_ordinal) out.push(items[i]!);
    return out;
  }
  if (rule.frequency_modifier) {
    const remainder = rule.frequency_modifier === 'even' ? 0 : 1;
    return items.filter((item) => ordinalOf(rule, item) % 2 === remainder);
  }
  if (start === null) return items;
  const item = items[startIndex(start, items.length)];
  return item ? [item] : [];
}

/**
 * The dates from `from` to `to` (already clipped to the period) that the rule selects. An unbounded
 * period's "period" context is taken as the range asked for, since it has no items to count.
 */
export function ruleDates(rule: HaukiRule, period: { start: string | null; end: string | null }, from: string, to: string): Set<string> {
  const periodFrom = period.start ?? from;
  const periodTo = period.end ?? to;
  const selected = new Set<string>();
  for (const set of contextSets(rule, periodFrom, periodTo, from, to)) {
    for (const item of filterSet(rule, set)) for (const d of item) if (d >= from && d <= to) selected.add(d);
  }
  return selected;
}
