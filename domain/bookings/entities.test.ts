import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ReservationTiming, ReservationUnitLinks, SpaceNode } from './vocabulary.ts';
import { DenyReason, Pricing, Reservation, ReservationSeries, ReservationUnit, Space, Unit } from './entities.ts';
import { pricing, reservation, reservationUnit } from './handling-fixtures.test-support.ts';

/** The messages of a refused parse, by field path: what a screen shows beside the field. */
function problems(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('bookings entities', () => {
  it('accepts a well-formed unit, space tree node, reservation unit, reservation, series and deny reason', () => {
    const unit = { id: 'unit-toolo', tprekId: '8310', name: { fi: 'Töölön kirjasto', sv: 'Tölö bibliotek', en: 'Töölö Library' }, shortDescription: { fi: '', sv: '', en: '' }, streetAddress: 'Topeliuksenkatu 6', zipCode: '00250', city: 'Helsinki', email: '', phone: '', webPage: '', haukiResourceId: 'tprek:8310' };
    expect(Unit.parse(unit)).toEqual(unit);
    expect(Space.safeParse({ id: 's-1', unitId: 'unit-toolo', parentId: 's-hall', name: { fi: 'osa 1', sv: 'del 1', en: 'part 1' }, code: '', surfaceAreaM2: 40, maxPersons: 30 }).success).toBe(true);
    expect(ReservationUnit.parse(reservationUnit())).toEqual(reservationUnit());
    expect(Reservation.parse(reservation())).toEqual(reservation());
    expect(ReservationSeries.safeParse({ id: 'series-1', reservationUnitId: 'ru-1', unitId: 'unit-toolo', name: 'Kuoro', description: '', type: 'STAFF', beginDate: '2027-01-04', endDate: '2027-05-31', beginTime: '18:00', endTime: '20:00', recurrenceInDays: 14, weekdays: ['MONDAY', 'THURSDAY'], userId: null, ageGroupId: null }).success).toBe(true);
    expect(DenyReason.safeParse({ id: 'd-1', reason: { fi: 'a', sv: 'b', en: 'c' }, rank: 1, isActive: true }).success).toBe(true);
  });

  it('are the shapes the shared vocabulary names, so the conflict rule reads them as they are', () => {
    const timing: ReservationTiming = reservation();
    const links: ReservationUnitLinks = reservationUnit();
    const node: SpaceNode = Space.parse({ id: 's-1', unitId: 'u', parentId: null, name: { fi: 'a', sv: 'a', en: 'a' }, code: '', surfaceAreaM2: null, maxPersons: null });
    expect([timing.id, links.id, node.parentId]).toEqual(['res-1001', 'ru-kokoushuone-1', null]);
  });

  it('defaults a price’s VAT to 25.5 % and refuses a subsidised price above the normal one', () => {
    const { vatPercent: _omitted, ...withoutVat } = pricing();
    expect(Pricing.parse(withoutVat).vatPercent).toBe(25.5);
    expect(problems(Pricing, pricing({ lowestPriceCents: 5000, highestPriceCents: 4000 }))).toEqual({ lowestPriceCents: 'The subsidised (lowest) price cannot be above the normal (highest) price.' });
    expect(problems(Pricing, pricing({ highestPriceCents: 40.5 }))).toEqual({ highestPriceCents: 'Money is counted in whole cents.' });
  });

  it('refuses reservation unit rules that contradict each other, naming the field', () => {
    expect(problems(ReservationUnit, reservationUnit({ minDurationMin: 300, maxDurationMin: 240 }))).toMatchObject({ minDurationMin: 'The minimum duration is longer than the maximum.' });
    expect(problems(ReservationUnit, reservationUnit({ minDurationMin: 45 }))).toEqual({ minDurationMin: 'A duration must be a multiple of the 30-minute start interval.' });
    expect(Object.keys(problems(ReservationUnit, { ...reservationUnit(), startIntervalMin: 20 }))).toEqual(['startIntervalMin']);
    expect(problems(ReservationUnit, reservationUnit({ reservationBeginsAt: '2027-02-01T00:00:00Z', reservationEndsAt: '2027-01-01T00:00:00Z' }))).toEqual({ reservationEndsAt: 'The reservation window ends before it begins.' });
    expect(problems(ReservationUnit, reservationUnit({ publishBeginsAt: '2027-02-01T00:00:00Z', publishEndsAt: '2027-02-01T00:00:00Z' }))).toEqual({ publishEndsAt: 'The publish window ends before it begins.' });
    expect(problems(ReservationUnit, reservationUnit({ minDaysBefore: 30, maxDaysBefore: 7 }))).toEqual({ maxDaysBefore: 'The booking window closes before it opens (max days before < min days before).' });
    expect(problems(ReservationUnit, reservationUnit({ blockWholeDay: true }))).toEqual({ blockWholeDay: 'A unit booked by the whole day has no buffers of its own: they cover the rest of the day.' });
    expect(problems(ReservationUnit, reservationUnit({ pricings: [pricing(), pricing({ highestPriceCents: 5000 })] }))).toEqual({ pricings: 'Two prices begin on the same day.' });
    expect(problems(ReservationUnit, reservationUnit({ bufferAfterMin: -5 }))).toHaveProperty('bufferAfterMin');
  });

  it('refuses a reservation that ends before it begins, a local time, a price above the undiscounted one and a company without a business id', () => {
    expect(problems(Reservation, reservation({ endsAt: '2026-12-10T15:00:00.000Z' }))).toEqual({ endsAt: 'A reservation must end after it begins.' });
    expect(problems(Reservation, reservation({ beginsAt: '2026-12-10T17:00:00+02:00' }))).toEqual({ beginsAt: 'Expected an ISO 8601 instant in UTC, ending in Z.' });
    expect(problems(Reservation, reservation({ priceCents: 9000 }))).toEqual({ priceCents: 'The price is above the undiscounted price.' });
    expect(problems(Reservation, reservation({ reserveeKind: 'company', reserveeBusinessId: null }))).toEqual({ reserveeBusinessId: 'A company reservee needs a business id (Y-tunnus).' });
    expect(problems(Reservation, reservation({ reserveeKind: 'association', reserveeOrganisation: null }))).toEqual({ reserveeOrganisation: 'An association or company reservee needs an organisation name.' });
    expect(problems(Reservation, reservation({ id: '' }))).toEqual({ id: 'An id cannot be empty.' });
    expect(Object.keys(problems(Reservation, reservation({ state: 'APPROVED' as never })))).toEqual(['state']);
  });

  it('refuses a series that is not weekly, runs backwards or repeats a weekday', () => {
    const series = { id: 'series-1', reservationUnitId: 'ru-1', unitId: 'unit-toolo', name: '', description: '', type: 'STAFF', beginDate: '2027-01-04', endDate: '2027-05-31', beginTime: '18:00', endTime: '20:00', recurrenceInDays: 7, weekdays: ['MONDAY'], userId: null, ageGroupId: null };
    expect(problems(ReservationSeries, { ...series, recurrenceInDays: 10 })).toEqual({ recurrenceInDays: 'A series repeats every 7, 14, 21 … days.' });
    expect(problems(ReservationSeries, { ...series, endDate: '2027-01-01' })).toEqual({ endDate: 'The series ends before it begins.' });
    expect(problems(ReservationSeries, { ...series, endTime: '17:00' })).toEqual({ endTime: 'An occurrence must end after it begins.' });
    expect(problems(ReservationSeries, { ...series, beginTime: '1800' })).toEqual({ beginTime: 'Expected a time of day as HH:MM.' });
    expect(problems(ReservationSeries, { ...series, weekdays: ['MONDAY', 'MONDAY'] })).toEqual({ weekdays: 'A weekday is chosen twice.' });
    expect(problems(ReservationSeries, { ...series, weekdays: [] })).toEqual({ weekdays: 'Choose at least one weekday.' });
  });

  it('refuses a space that is its own parent', () => {
    expect(problems(Space, { id: 's-1', unitId: 'u', parentId: 's-1', name: { fi: 'a', sv: 'a', en: 'a' }, code: '', surfaceAreaM2: null, maxPersons: null })).toEqual({ parentId: 'A space cannot be its own parent.' });
  });
});
