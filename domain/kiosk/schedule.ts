import { z } from 'zod';
import { addDays, fromWallClock, isCalendarDate, isoWeekday, parseTimeOfDay, toWallClock } from '../wall-clock.ts';

/**
 * When a kiosk is scheduled to be open, in Helsinki wall-clock time (Userful's open/closed
 * presets, Libki's closing_hours): a week of hours plus dated exceptions (holidays, events).
 * The shell shows an out-of-service screen outside them; the fleet view expects no heartbeat then.
 */
const TimeOfDay = z.string().refine((t) => parseTimeOfDay(t) !== null, 'Expected a time HH:MM between 00:00 and 24:00.');
export const OpeningSpan = z
  .object({ opens: TimeOfDay, closes: TimeOfDay })
  .refine((s) => parseTimeOfDay(s.opens)! < parseTimeOfDay(s.closes)!, { message: 'A kiosk closes after it opens, on the same day.', path: ['closes'] });
export type OpeningSpan = z.infer<typeof OpeningSpan>;

const Weekday = z.enum(['1', '2', '3', '4', '5', '6', '7']);
const CalendarDate = z.string().refine(isCalendarDate, 'Expected a calendar date YYYY-MM-DD.');

export const KioskSchedule = z.object({
  /** ISO weekday (1 Monday … 7 Sunday) → hours; a missing day is closed. */
  weekly: z.partialRecord(Weekday, OpeningSpan),
  /** A date's own hours, or null for closed all day; wins over the weekday. */
  exceptions: z.record(CalendarDate, OpeningSpan.nullable()),
});
export type KioskSchedule = z.infer<typeof KioskSchedule>;

function spanOn(schedule: KioskSchedule, date: string): OpeningSpan | null {
  if (Object.hasOwn(schedule.exceptions, date)) return schedule.exceptions[date] ?? null;
  return schedule.weekly[String(isoWeekday(date)) as z.infer<typeof Weekday>] ?? null;
}

export function isScheduledOpen(schedule: KioskSchedule, nowMs: number): boolean {
  const { date, minutes } = toWallClock(nowMs);
  const span = spanOn(schedule, date);
  return span !== null && parseTimeOfDay(span.opens)! <= minutes && minutes < parseTimeOfDay(span.closes)!;
}

export interface ScheduleChange {
  atMs: number;
  opens: boolean;
}

/** The next opening or closing after an instant, looking two weeks ahead; null when there is none. */
export function nextScheduleChange(schedule: KioskSchedule, nowMs: number): ScheduleChange | null {
  const today = toWallClock(nowMs).date;
  for (let day = 0; day <= 14; day++) {
    const date = addDays(today, day);
    const span = spanOn(schedule, date);
    if (!span) continue;
    for (const [time, opens] of [
      [span.opens, true],
      [span.closes, false],
    ] as const) {
      const atMs = fromWallClock(date, parseTimeOfDay(time)!);
      if (atMs > nowMs) return { atMs, opens };
    }
  }
  return null;
}
