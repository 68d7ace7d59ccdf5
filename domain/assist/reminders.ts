import { addDays, helsinkiDateOf, parseInstant, toIsoInstant } from '../wall-clock.ts';
import type { Versioned } from '../sync/command-context.ts';
import type { Appointment } from './entities.ts';

/**
 * The reminders of the day (issue 9, item 3): every booked appointment starting tomorrow (Helsinki)
 * with a contact to reach, marked reminded so rerunning the day's job sends nothing twice.
 */
export function dueReminders(appointments: readonly Versioned<Appointment>[], today: string, now: string): Versioned<Appointment>[] {
  const tomorrow = addDays(today, 1);
  const at = toIsoInstant(parseInstant(now));
  return appointments
    .filter((a) => a.record.status === 'booked' && a.record.contact !== null && helsinkiDateOf(parseInstant(a.record.startsAt)) === tomorrow)
    .map((a) => ({ record: { ...a.record, status: 'reminded' as const, remindedAt: at }, version: a.version + 1 }));
}
