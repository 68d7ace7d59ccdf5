import { dayInYear, type LeaseDates } from './seasons.ts';

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
