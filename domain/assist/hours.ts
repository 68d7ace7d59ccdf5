import { addDays, fromWallClock, parseTimeOfDay } from '../wall-clock.ts';
import type { HelperCalendar } from './entities.ts';
import { ASSIST_PERMISSIONS, type AssistPermission } from './vocabulary.ts';

/**
 * A helper's bookable hours (helper calendars) as a helper opens and closes them: the days a
 * weekly rota falls on, whether two spans of hours meet, and who may close hours.
 */

/** The first day and the same weekday after it, `weeks` days in all. */
export function weeklyDates(first: string, weeks: number): string[] {
  return Array.from({ length: Math.max(0, weeks) }, (_, i) => addDays(first, 7 * i));
}

/** Whether two spans of one day share a minute (one ending as the other begins does not). */
export function hoursMeet(a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }): boolean {
  const [as, ae, bs, be] = [a.startTime, a.endTime, b.startTime, b.endTime].map((t) => parseTimeOfDay(t) ?? 0) as [number, number, number, number];
  return as < be && bs < ae;
}

/** How many whole slots the hours hold. */
export function slotCount(h: { startTime: string; endTime: string; slotLengthMin: number }): number {
  const start = parseTimeOfDay(h.startTime);
  const end = parseTimeOfDay(h.endTime);
  return start === null || end === null || end <= start ? 0 : Math.floor((end - start) / h.slotLengthMin);
}

/** When the hours begin, as an instant (ms). */
export const hoursBeginMs = (h: { date: string; startTime: string }): number => fromWallClock(h.date, parseTimeOfDay(h.startTime) ?? 0);

export const isClosed = (c: HelperCalendar): boolean => c.closedAt != null;

/** A booking the customer still expects to keep: while one is in them, hours are not closed. */
export const keepsHoursOpen = (a: { status: string }): boolean => a.status === 'booked' || a.status === 'reminded';

/**
 * A helper closes their own hours; another helper's take a supervisor at the service point (a
 * helper off sick, a desk shut for the day).
 */
export function closerPermission(calendar: Pick<HelperCalendar, 'helperId'>, actorId: string): AssistPermission {
  return calendar.helperId === actorId ? ASSIST_PERMISSIONS.staff : ASSIST_PERMISSIONS.supervisor;
}
