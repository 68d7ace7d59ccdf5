import { addDays, fromWallClock, helsinkiDateOf, parseInstant, toIsoInstant } from '../wall-clock.ts';
import type { Versioned } from '../sync/command-context.ts';
import type { Appointment } from './entities.ts';

const MINUTE_MS = 60_000;

/**
 * When an appointment's reminder goes (issue 9, item 3), on the Helsinki clock:
 * - the day before the appointment at `dayBeforeAt`, for an appointment booked before then;
 * - booked later than that (the evening before, or in the night): on the day itself at
 *   `sameDayAt`, if that is still `minLeadMin` before the start;
 * - booked on the day itself: none, the booking's confirmation has just told the customer.
 * A reminder the central could not send at its hour (the central was down) still goes while the
 * appointment is at least `minLeadMin` away, and never after.
 */
export const REMINDER_RULE = { dayBeforeAt: 16 * 60, sameDayAt: 8 * 60, minLeadMin: 60 } as const;

/** The instant an appointment's reminder is due, or null when it gets none. */
export function reminderDueAt(a: Pick<Appointment, 'startsAt' | 'bookedAt'>, rule = REMINDER_RULE): number | null {
  const startsAt = parseInstant(a.startsAt);
  const bookedAt = parseInstant(a.bookedAt);
  const day = helsinkiDateOf(startsAt);
  const dayBefore = fromWallClock(addDays(day, -1), rule.dayBeforeAt);
  const sameDay = fromWallClock(day, rule.sameDayAt);
  const due = bookedAt < dayBefore ? dayBefore : bookedAt < sameDay ? sameDay : null;
  return due !== null && due <= startsAt - rule.minLeadMin * MINUTE_MS ? due : null;
}

/**
 * The reminders due at `now`: booked appointments with a contact to reach whose reminder time has
 * come and whose start is still far enough away. Each becomes `reminded` (with when), so a rerun
 * of the job, or a second job at the same time under the row locks, sends nothing twice.
 */
export function dueReminders(appointments: readonly Versioned<Appointment>[], now: string, rule = REMINDER_RULE): Versioned<Appointment>[] {
  const at = parseInstant(now);
  return appointments
    .filter((a) => {
      const r = a.record;
      if (r.status !== 'booked' || r.remindedAt !== null || r.contact === null) return false;
      const due = reminderDueAt(r, rule);
      return due !== null && due <= at && at <= parseInstant(r.startsAt) - rule.minLeadMin * MINUTE_MS;
    })
    .map((a) => ({ record: { ...a.record, status: 'reminded' as const, remindedAt: toIsoInstant(at) }, version: a.version + 1 }));
}
