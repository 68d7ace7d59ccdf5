/**
 * Summer berth season 10.6.-14.9. The season rolls over on its last day: from 14.9. on, offers
 * and default lease dates are for next year's season (the city's system does the same; a lease
 * offered on 14.9. for one day would be worthless). Dates are Helsinki calendar days, YYYY-MM-DD.
 */
export const SEASON_START = { month: 6, day: 10 } as const;
export const SEASON_END = { month: 9, day: 14 } as const;

/** A day of the year (a season's bound) in a given year, as YYYY-MM-DD. */
export function dayInYear(year: number, day: { month: number; day: number }): string {
  return `${year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function seasonStart(season: number): string {
  return dayInYear(season, SEASON_START);
}

export function seasonEnd(season: number): string {
  return dayInYear(season, SEASON_END);
}

// Building a formatter costs about half a millisecond; every command asks for today's date.
const HELSINKI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Helsinki of an instant (en-CA formats as YYYY-MM-DD). */
export function helsinkiDate(instant: Date): string {
  return HELSINKI_DAY.format(instant);
}

/** The season that offers made on this Helsinki day are for. */
export function offerSeason(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= seasonEnd(year) ? year + 1 : year;
}

export interface LeaseDates {
  startDate: string;
  endDate: string;
}

/**
 * The dates a new berth lease gets unless the handler chooses others: the whole season when it
 * has not begun, from today to 14.9. while it runs. Start and end stay in one calendar year.
 */
export function defaultBerthLeaseDates(today: string, season: number = offerSeason(today)): LeaseDates {
  const start = seasonStart(season);
  return { startDate: today > start ? today : start, endDate: seasonEnd(season) };
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Offers are due in 14 days unless the handler sets another day. */
export const DEFAULT_DUE_DAYS = 14;
