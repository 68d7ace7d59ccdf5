import { describe, expect, it } from 'vitest';
import { occurrenceFields, occurrenceInstant, parseClock } from './occurrence-time.ts';

describe('an occurrence time as staff type it', () => {
  it('reads Finnish clocks with a dot or a colon, and whole hours', () => {
    expect(parseClock('17.30')).toBe(17 * 60 + 30);
    expect(parseClock('9:05')).toBe(9 * 60 + 5);
    expect(parseClock('9')).toBe(9 * 60);
    expect(parseClock('24.00')).toBeNull();
    expect(parseClock('12.60')).toBeNull();
    expect(parseClock('klo 12')).toBeNull();
  });

  it('reads the day and clock as Helsinki time, summer and winter', () => {
    expect(occurrenceInstant('15.6.2027', '10.00', 'fi')).toBe('2027-06-15T07:00:00.000Z');
    expect(occurrenceInstant('15.1.2027', '10.00', 'fi')).toBe('2027-01-15T08:00:00.000Z');
    expect(occurrenceInstant('15/01/2027', '10:00', 'en')).toBe('2027-01-15T08:00:00.000Z');
    expect(occurrenceInstant('31.2.2027', '10.00', 'fi')).toBeNull();
  });

  it('shows an instant back in the same fields', () => {
    expect(occurrenceFields('2027-06-15T07:00:00.000Z', 'fi')).toEqual({ day: '15.6.2027', clock: '10.00' });
  });
});
