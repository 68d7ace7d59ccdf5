import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { BookingUnitOption } from '../../../../domain/bookings/contract.ts';
import { cleanReservationFilter, reservationSort } from './reservations-datasource.ts';
import { filterTags, withValue } from './reservation-filter-tags.ts';

const t = ((key: string) => key) as unknown as TFunction;
const units: BookingUnitOption[] = [{ id: 'u1', name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: 'Kallio Library' }, groupIds: [], canHandle: true, canManage: false, reservationUnits: [] }];

describe('the reservation list filter', () => {
  it('shows every constraint as a tag that removes only itself', () => {
    const filter = { states: ['REQUIRES_HANDLING' as const, 'CONFIRMED' as const], unitIds: ['u1'], from: '2026-12-01', priceMinCents: 0, recurring: 'single' as const };
    const tags = filterTags(filter, units, t, 'sv');
    expect(tags.map((x) => x.id)).toEqual(['states:REQUIRES_HANDLING', 'states:CONFIRMED', 'unitIds:u1', 'from', 'priceMinCents', 'recurring']);
    expect(tags.find((x) => x.id === 'unitIds:u1')?.label).toBe('bookings.filters.unitIds: Berghälls bibliotek');
    expect(tags[0]?.without.states).toEqual(['CONFIRMED']);
    expect(tags.find((x) => x.id === 'unitIds:u1')?.without.unitIds).toBeUndefined();
    expect(tags.find((x) => x.id === 'priceMinCents')?.without.priceMinCents).toBeUndefined();
  });

  it('adds a value once', () => {
    expect(withValue({ types: ['STAFF'] }, 'types', 'STAFF')).toEqual({ types: ['STAFF'] });
    expect(withValue({}, 'types', 'BLOCKED')).toEqual({ types: ['BLOCKED'] });
  });

  it('sends the core only real constraints and a sort it knows', () => {
    expect(cleanReservationFilter({ text: '  ', states: [], from: '2026-12-01', priceMaxCents: 0 })).toEqual({ from: '2026-12-01', priceMaxCents: 0 });
    expect(reservationSort([{ colId: 'reserveeName', sort: 'desc' }])).toEqual({ column: 'reservee', direction: 'desc' });
    expect(reservationSort([{ colId: 'type', sort: 'asc' }])).toEqual({ column: 'beginsAt', direction: 'asc' });
  });
});
