import { useState } from 'react';
import { WEEKDAYS, type Weekday } from '../../../../domain/bookings/series.ts';
import type { Language } from '../../../../domain/languages.ts';
import { clock, clockFor, parseClock } from '../../calendar/time-grid.ts';
import { dayForInput, parseDay } from '../../format/dates.ts';

/** A series' pattern as the preview and the command take it (`beginDate`: from when it applies). */
export interface SeriesPattern {
  beginDate: string;
  endDate: string;
  beginTime: string;
  endTime: string;
  weekdays: Weekday[];
  recurrenceInDays: number;
}

/** Where a pattern's fields start from: a new series' first day, or a series' own pattern. */
export interface PatternStart {
  from: string;
  to: string | null;
  weekdays: Weekday[];
  everyWeeks: number;
  /** Minutes from midnight. */
  begin: number;
  end: number;
}

/**
 * The typed fields of a series' pattern and what they say: the pattern when every field reads,
 * else the first problem as a translation key. Dates and times are typed as the user's language
 * writes them (31.12.2026 and 17.00 in Finnish).
 */
export function useSeriesPattern(start: PatternStart, lang: Language) {
  const [weekdays, setWeekdays] = useState<Weekday[]>(start.weekdays);
  const [every, setEvery] = useState(String(start.everyWeeks));
  const [fromText, setFromText] = useState(dayForInput(start.from, lang));
  const [toText, setToText] = useState(start.to ? dayForInput(start.to, lang) : '');
  const [beginText, setBeginText] = useState(clockFor(start.begin, lang));
  const [endText, setEndText] = useState(clockFor(start.end, lang));

  const from = parseDay(fromText, lang);
  const to = parseDay(toText, lang);
  const begin = parseClock(beginText);
  const end = parseClock(endText);
  const problem = !from.ok
    ? 'bookings.series.fromInvalid'
    : !to.ok
      ? 'bookings.series.toInvalid'
      : to.iso < from.iso
        ? 'bookings.series.toBeforeFrom'
        : weekdays.length === 0
          ? 'bookings.series.noWeekdays'
          : begin === null || end === null || begin >= 24 * 60
            ? 'bookings.staff.timeInvalid'
            : end <= begin
              ? 'bookings.staff.endBeforeBegin'
              : null;
  const pattern: SeriesPattern | null =
    problem || !from.ok || !to.ok || begin === null || end === null
      ? null
      : { beginDate: from.iso, endDate: to.iso, beginTime: clock(begin), endTime: clock(end), weekdays: WEEKDAYS.filter((d) => weekdays.includes(d)), recurrenceInDays: Number(every) * 7 };
  const toggleDay = (d: Weekday) => setWeekdays((list) => (list.includes(d) ? list.filter((x) => x !== d) : [...list, d]));
  return {
    fields: { weekdays, toggleDay, every, setEvery, fromText, setFromText, toText, setToText, beginText, setBeginText, endText, setEndText },
    pattern,
    problem,
  };
}

export type SeriesPatternFieldsState = ReturnType<typeof useSeriesPattern>['fields'];
