import { describe, expect, it } from 'vitest';
import { OpeningHoursRecord } from '../../../domain/bookings/entities.ts';
import { finnishHolidays, seedOpeningHours } from './opening-hours.ts';
import { seedUnitGroups, unitId } from './units.ts';

describe('the demo opening hours', () => {
  it('knows the moving holidays: Easter 2027 is 28 March, Midsummer Eve 2027 is 25 June', () => {
    const h = finnishHolidays(2027);
    expect(h.has('2027-03-26')).toBe(true); // Good Friday
    expect(h.has('2027-03-29')).toBe(true); // Easter Monday
    expect(h.has('2027-05-06')).toBe(true); // Ascension Day
    expect(h.has('2027-06-25')).toBe(true);
    expect(h.has('2027-06-26')).toBe(true);
    expect(h.has('2027-11-06')).toBe(true); // All Saints' Day
    expect(h.has('2027-12-06')).toBe(true);
    expect(finnishHolidays(2026).has('2026-04-05')).toBe(true); // Easter Sunday 2026
  });

  it('gives a library its week and closes it on Sundays and holidays, each record valid', () => {
    const [toolo, caisa] = seedOpeningHours([unitId('toolo'), unitId('caisa')], seedUnitGroups(), '2027-03-22', '2027-03-29');
    expect(() => OpeningHoursRecord.parse(toolo)).not.toThrow();
    expect(toolo!.days['2027-03-22']).toEqual([{ begin: '08:00', end: '20:00' }]);
    expect(toolo!.days['2027-03-27']).toEqual([{ begin: '10:00', end: '16:00' }]);
    expect(toolo!.days['2027-03-26']).toBeUndefined(); // Good Friday
    expect(toolo!.days['2027-03-28']).toBeUndefined(); // a Sunday, and Easter
    expect(caisa!.days['2027-03-22']).toEqual([{ begin: '09:00', end: '21:00' }]);
  });
});
