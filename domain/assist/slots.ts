import { holdsSlot, slotsOf } from '../help-slots/helper-day.ts';
import { parseInstant } from '../wall-clock.ts';
import type { Appointment, HelperCalendar } from './entities.ts';

/** Cutting a helper's day and which appointments hold a slot are shared with the kiosk (domain/help-slots); the desk's callers keep these names. */
export { holdsSlot, slotsOf };

/** The slot starting at an instant, if the calendar has one. */
export function slotAt(calendar: HelperCalendar, startsAt: string): { startsAt: string; endsAt: string } | undefined {
  const at = parseInstant(startsAt);
  return slotsOf(calendar).find((s) => parseInstant(s.startsAt) === at);
}

/** The slots nobody holds (for the desk and the kiosk's "book help time"). */
export function freeSlots(calendar: HelperCalendar, appointments: readonly Appointment[]): { startsAt: string; endsAt: string }[] {
  const taken = new Set(appointments.filter((a) => a.calendarId === calendar.id && holdsSlot(a)).map((a) => parseInstant(a.startsAt)));
  return slotsOf(calendar).filter((s) => !taken.has(parseInstant(s.startsAt)));
}
