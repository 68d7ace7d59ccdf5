import { fromWallClock, parseTimeOfDay, toIsoInstant } from '../wall-clock.ts';

/**
 * A helper's bookable day: its Helsinki wall-clock hours cut into slots of equal length, and which
 * appointments hold a slot. The desk books by them and a kiosk offers free help times by them, on
 * its public calendar and appointment rows.
 */
export interface HelperDay {
  date: string;
  startTime: string;
  endTime: string;
  slotLengthMin: number;
}

/** The slots of the day; none when its hours do not read as times. */
export function slotsOf(day: HelperDay): { startsAt: string; endsAt: string }[] {
  const start = parseTimeOfDay(day.startTime);
  const end = parseTimeOfDay(day.endTime);
  if (start === null || end === null) return [];
  const slots: { startsAt: string; endsAt: string }[] = [];
  for (let m = start; m + day.slotLengthMin <= end; m += day.slotLengthMin) {
    slots.push({ startsAt: toIsoInstant(fromWallClock(day.date, m)), endsAt: toIsoInstant(fromWallClock(day.date, m + day.slotLengthMin)) });
  }
  return slots;
}

/** An appointment holds its slot until it is cancelled. */
export function holdsSlot(a: { status: string }): boolean {
  return a.status !== 'cancelled';
}
