import type { OpeningHoursRecord } from '../../../domain/bookings/entities.ts';
import { addDays, isoWeekday } from '../../../domain/wall-clock.ts';
import { datesBetween } from '../adapters/calendar-dates.ts';
import { seedId } from './ids.ts';
import type { UnitGroup } from './reference-types.ts';

/**
 * The demo's opening hours. The recorded Hauki sample holds one resource's 2020 summer only, so
 * the seed writes each unit's regular week as the city publishes it for its kind of unit (the
 * libraries' and the cultural centres' usual hours), closed on Finnish public holidays. A real
 * deployment reads them through the Hauki adapter (central/bookings/adapters/hauki.ts) into the
 * same records.
 */

type Week = readonly (readonly [string, string] | null)[]; // Monday .. Sunday

const WEEKS: Record<string, Week> = {
  libraries: [['08:00', '20:00'], ['08:00', '20:00'], ['08:00', '20:00'], ['08:00', '20:00'], ['08:00', '18:00'], ['10:00', '16:00'], null],
  'cultural-centres': [['09:00', '21:00'], ['09:00', '21:00'], ['09:00', '21:00'], ['09:00', '21:00'], ['09:00', '21:00'], ['10:00', '18:00'], ['12:00', '18:00']],
  'youth-services': [['12:00', '21:00'], ['12:00', '21:00'], ['12:00', '21:00'], ['12:00', '21:00'], ['12:00', '22:00'], ['12:00', '22:00'], null],
};

/** Easter Sunday (the Gregorian computus). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date from `from` on that falls on the ISO weekday (1 = Monday). */
function firstWeekdayFrom(from: string, weekday: number): string {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

/** Finland's public holidays, and the eves on which city units close too. */
export function finnishHolidays(year: number): Set<string> {
  const e = easter(year);
  const y = String(year);
  return new Set([
    `${y}-01-01`,
    `${y}-01-06`,
    addDays(e, -2),
    e,
    addDays(e, 1),
    `${y}-05-01`,
    addDays(e, 39),
    firstWeekdayFrom(`${y}-06-19`, 5), // Midsummer Eve: the Friday from 19 June on
    firstWeekdayFrom(`${y}-06-20`, 6),
    firstWeekdayFrom(`${y}-10-31`, 6), // All Saints' Day
    `${y}-12-06`,
    `${y}-12-24`,
    `${y}-12-25`,
    `${y}-12-26`,
  ]);
}

export function seedOpeningHours(unitIds: readonly string[], groups: readonly UnitGroup[], from: string, to: string): OpeningHoursRecord[] {
  const dates = datesBetween(from, to);
  const holidays = new Set([...new Set(dates.map((d) => Number(d.slice(0, 4))))].flatMap((year) => [...finnishHolidays(year)]));
  return unitIds.map((unitId) => {
    const group = groups.find((g) => g.unitIds.includes(unitId));
    const week = WEEKS[groupKey(group)] ?? WEEKS.libraries!;
    const days: OpeningHoursRecord['days'] = {};
    for (const date of dates) {
      const hours = week[isoWeekday(date) - 1];
      if (hours && !holidays.has(date)) days[date] = [{ begin: hours[0], end: hours[1] }];
    }
    return { id: seedId('opening-hours', unitId), unitId, reservationUnitId: null, haukiResourceId: `demo:${unitId}`, from, to, days };
  });
}

function groupKey(group: UnitGroup | undefined): string {
  if (!group) return 'libraries';
  return Object.keys(WEEKS).find((k) => seedId('unit-group', k) === group.id) ?? 'libraries';
}
