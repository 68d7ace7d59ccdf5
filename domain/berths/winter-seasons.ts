import { addDays, dayInYear, DEFAULT_DUE_DAYS, type LeaseDates } from './seasons.ts';
import { MIN_DUE_DAYS } from './due-date.ts';

/**
 * Winter storage season 15.9.-10.6. of the next year, named by the year it starts in ("2026"
 * for 2026-2027). Like the summer season it rolls over on its last day: from 10.6. on, offers and
 * default dates are for the winter that begins that autumn.
 */
export const WINTER_START = { month: 9, day: 15 } as const;
export const WINTER_END = { month: 6, day: 10 } as const;

export function winterStart(winter: number): string {
  return dayInYear(winter, WINTER_START);
}

export function winterEnd(winter: number): string {
  return dayInYear(winter + 1, WINTER_END);
}

/** The winter that offers made on this Helsinki day are for. */
export function offerWinter(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= winterEnd(year - 1) ? year : year - 1;
}

/** The winter a lease belongs to by its start: one starting on or before 10.6. belongs to the winter ending then. */
export function winterOfLeaseStart(startDate: string): number {
  const year = Number(startDate.slice(0, 4));
  return startDate <= winterEnd(year - 1) ? year - 1 : year;
}

/** Default winter storage lease dates: from 15.9. (or today, once the winter has begun) to 10.6. */
export function defaultWinterLeaseDates(today: string, winter: number = offerWinter(today)): LeaseDates {
  const start = winterStart(winter);
  return { startDate: today > start ? today : start, endDate: winterEnd(winter) };
}

/** The season label stickers and invoices carry, e.g. "2026_2027". */
export function stickerSeason(winter: number): string {
  return `${winter}_${winter + 1}`;
}

/** How long a winter invoice may run: the reminders need a week, and a month is the most the city gives. */
export const WINTER_DUE_MAX_DAYS = 30;

/** The due dates a winter invoice sent today may have, both ends included; null when the winter is over. */
export function winterDueDateWindow(today: string, winter: number): { earliest: string; latest: string } | null {
  const earliest = addDays(today, MIN_DUE_DAYS);
  const soon = addDays(today, WINTER_DUE_MAX_DAYS);
  const latest = soon < winterEnd(winter) ? soon : winterEnd(winter);
  return earliest <= latest ? { earliest, latest } : null;
}

/** The due date a winter invoice is given unless the handler picks another: 14 days from sending. */
export function defaultWinterDueDate(today: string, winter: number): string | null {
  const window = winterDueDateWindow(today, winter);
  if (!window) return null;
  const wanted = addDays(today, DEFAULT_DUE_DAYS);
  return wanted > window.latest ? window.latest : wanted;
}
