import { fromWallClock, parseInstant, parseTimeOfDay, toIsoInstant } from '../wall-clock.ts';
import type { Appointment, HelperCalendar } from './entities.ts';

/** The slots of a helper's day, as Helsinki wall-clock hours cut into equal lengths. */
export function slotsOf(calendar: HelperCalendar): { startsAt: string; endsAt: string }[] {
  const start = parseTimeOfDay(calendar.startTime) ?? 0;
  const end = parseTimeOfDay(calendar.endTime) ?? 0;
  const slots: { startsAt: string; endsAt: string }[] = [];
  for (let m = start; m + calendar.slotLengthMin <= end; m += calendar.slotLengthMin) {
    slots.push({ startsAt: toIsoInstant(fromWallClock(calendar.date, m)), endsAt: toIsoInstant(fromWallClock(calendar.date, m + calendar.slotLengthMin)) });
  }
  return slots;
}

/** The slot starting at an instant, if the calendar has one. */
export function slotAt(calendar: HelperCalendar, startsAt: string): { startsAt: string; endsAt: string } | undefined {
  const at = parseInstant(startsAt);
  return slotsOf(calendar).find((s) => parseInstant(s.startsAt) === at);
}

/** An appointment holds its slot until it is cancelled. */
export function holdsSlot(a: Pick<Appointment, 'status'>): boolean {
  return a.status !== 'cancelled';
}

/** The slots nobody holds (for the desk and the kiosk's "book help time"). */
export function freeSlots(calendar: HelperCalendar, appointments: readonly Appointment[]): { startsAt: string; endsAt: string }[] {
  const taken = new Set(appointments.filter((a) => a.calendarId === calendar.id && holdsSlot(a)).map((a) => parseInstant(a.startsAt)));
  return slotsOf(calendar).filter((s) => !taken.has(parseInstant(s.startsAt)));
}
