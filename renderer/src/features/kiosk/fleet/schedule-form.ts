import { KioskSchedule, type OpeningSpan } from '../../../../../domain/kiosk/schedule.ts';
import { clock, clockFor, parseClock } from '../../../calendar/time-grid.ts';

/**
 * The schedule editor's rows: a week of hours and dated exceptions, as text fields the staff fill
 * in. Turned back into a KioskSchedule (and checked with its schema) only on saving.
 */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface SpanRow {
  open: boolean;
  opens: string;
  closes: string;
}

export interface ExceptionRow extends SpanRow {
  date: string;
}

export interface ScheduleForm {
  weekly: Record<Weekday, SpanRow>;
  exceptions: ExceptionRow[];
}

/** The stored "HH:MM" as the language writes it ("09.00" in Finnish), so the field reads like the rest of the desk. */
export const shownTime = (hhmm: string, lang: string): string => {
  const minutes = parseClock(hhmm);
  return minutes === null ? hhmm : clockFor(minutes, lang);
};

/** The editor's rows for a schedule, its times written as `lang` writes them. */
export function formOf(schedule: KioskSchedule, lang: string): ScheduleForm {
  const rowOf = (span: OpeningSpan | null | undefined): SpanRow =>
    span ? { open: true, opens: shownTime(span.opens, lang), closes: shownTime(span.closes, lang) } : { open: false, opens: shownTime('09:00', lang), closes: shownTime('20:00', lang) };
  return {
    weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, rowOf(schedule.weekly[d])])) as Record<Weekday, SpanRow>,
    exceptions: Object.entries(schedule.exceptions)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, span]) => ({ date, ...rowOf(span) })),
  };
}

/** "9.00", "9:00" and "9" are all fine: staff type what the Finnish clock shows. Anything else goes to the schema to refuse. */
const stored = (text: string): string => {
  const minutes = parseClock(text);
  return minutes === null ? text.trim() : clock(minutes);
};

const spanOf = (row: SpanRow): OpeningSpan | null => (row.open ? { opens: stored(row.opens), closes: stored(row.closes) } : null);

export function scheduleOf(form: ScheduleForm): ReturnType<typeof KioskSchedule.safeParse> {
  const weekly: Partial<Record<Weekday, OpeningSpan>> = {};
  for (const d of WEEKDAYS) {
    const span = spanOf(form.weekly[d]);
    if (span) weekly[d] = span;
  }
  const exceptions: Record<string, OpeningSpan | null> = {};
  for (const row of form.exceptions) exceptions[row.date.trim()] = spanOf(row);
  return KioskSchedule.safeParse({ weekly, exceptions });
}
