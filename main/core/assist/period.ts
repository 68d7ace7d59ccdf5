import { addDays, isoWeekday, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';

/** Helsinki days from..to (both included) as the [from, to) instants the cache's ms columns are queried with. */
export function periodMs(from: string, to: string): { from: number; to: number } {
  return { from: startOfHelsinkiDay(from), to: startOfHelsinkiDay(addDays(to, 1)) };
}

/** The Monday..Sunday week a date falls in. */
export function weekOf(date: string): { from: string; to: string } {
  const monday = addDays(date, 1 - isoWeekday(date));
  return { from: monday, to: addDays(monday, 6) };
}
