import { describe, expect, it } from 'vitest';
import type { Pricing } from './entities.ts';
import { BOOKING_DECIDERS } from './decide.ts';
import { reservationPrice } from './pricing.ts';
import { rulesOf, unitRuleProblems, type UnitRules } from './unit-rules.ts';
import { PART1, ctx, puts, refused, versioned } from './staff-booking-fixtures.test-support.ts';

// PART1: 40 € an hour from 2026-01-01, 50 € from 2027-06-01. Today is 2027-03-01.
const NOW = ctx({ baseVersion: 4 });
const [inForce, coming] = PART1.pricings as [Pricing, Pricing];
/** An hour's price on a day, as a booking that day is priced. */
const hourOn = (unit: typeof PART1, day: string) => reservationPrice(unit.pricings, `${day}T10:00:00+03:00`, `${day}T11:00:00+03:00`)?.grossCents;
const setPrices = (pricings: Pricing[], c = NOW) => BOOKING_DECIDERS['bookings.setPrices']({ reservationUnit: versioned(PART1, 4) }, { reservationUnitId: PART1.id, pricings }, c);

describe('a reservation unit’s prices (brief 4.5: future changes wait for their date)', () => {
  it('adds, changes and removes prices still to begin, keeping the one in force; bookings are priced by the day they fall on', () => {
    const autumn: Pricing = { ...inForce, begins: '2027-09-01', highestPriceCents: 5500, lowestPriceCents: 1500 };
    const d = setPrices([{ ...coming, highestPriceCents: 4800 }, autumn, inForce]);
    const [put] = puts(d);
    expect(put).toMatchObject({ entity: 'reservation_unit', version: 5 });
    // Oldest first, whatever order they came in.
    expect((put!.record as typeof PART1).pricings.map((p) => [p.begins, p.highestPriceCents])).toEqual([
      ['2026-01-01', 4000],
      ['2027-06-01', 4800],
      ['2027-09-01', 5500],
    ]);
    const unit = put!.record as typeof PART1;
    expect(hourOn(unit, '2027-05-31')).toBe(4000);
    expect(hourOn(unit, '2027-06-01')).toBe(4800);
    expect(hourOn(unit, '2027-09-02')).toBe(5500);
    // A price still to begin may go again.
    expect(puts(setPrices([inForce]))[0]!.record).toMatchObject({ pricings: [inForce] });
  });

  it('keeps what has begun: the price in force and the past are neither changed nor removed', () => {
    expect(setPrices([{ ...inForce, highestPriceCents: 3000 }, coming])).toMatchObject(refused('pricing_begun_changed'));
    expect(setPrices([coming])).toMatchObject(refused('pricing_begun_changed'));
    // A new price beginning today would change today's bookings' price: it waits for tomorrow.
    expect(setPrices([inForce, coming, { ...inForce, begins: '2027-03-01' }])).toMatchObject(refused('pricing_begun_changed'));
    expect(puts(setPrices([inForce, coming, { ...inForce, begins: '2027-03-02', highestPriceCents: 4200 }]))).toHaveLength(1);
  });

  it('refuses a list that breaks the unit’s rules, one unchanged, an unknown unit and a stale version', () => {
    expect(setPrices([inForce, coming, { ...coming, highestPriceCents: 100 }])).toMatchObject(refused('pricing_invalid'));
    expect(setPrices([inForce, { ...coming, lowestPriceCents: 6000 }])).toMatchObject(refused('pricing_invalid'));
    expect(setPrices([coming, inForce])).toMatchObject(refused('pricing_invalid'));
    expect(BOOKING_DECIDERS['bookings.setPrices']({ reservationUnit: null }, { reservationUnitId: PART1.id, pricings: [] }, NOW)).toMatchObject(refused('not_found'));
    expect(setPrices([inForce], ctx({ baseVersion: 3 }))).toMatchObject(refused('stale_version', 'conflict'));
  });
});

describe('a reservation unit’s booking rules (brief 2.3)', () => {
  const rules = (extra: Partial<UnitRules> = {}): UnitRules => ({ ...rulesOf(PART1), ...extra });
  const setRules = (r: UnitRules, c = NOW) => BOOKING_DECIDERS['bookings.setUnitRules']({ reservationUnit: versioned(PART1, 4) }, { reservationUnitId: PART1.id, rules: r }, c);

  it('writes rules that hold together, and only those fields', () => {
    const next = rules({ maxDurationMin: PART1.maxDurationMin + 60, requiresHandling: !PART1.requiresHandling, maxReservationsPerUser: 3, minPersons: 2, maxPersons: 40 });
    const [put] = puts(setRules(next));
    expect(put).toMatchObject({ entity: 'reservation_unit', version: 5, record: { ...PART1, ...next } });
  });

  it('names each field that contradicts another, for the dialog and the decider alike', () => {
    expect(unitRuleProblems(rules({ minDurationMin: 120, maxDurationMin: 60, startIntervalMin: 30 }))).toEqual([{ field: 'minDurationMin', problem: 'duration_min_above_max' }]);
    expect(unitRuleProblems(rules({ minDurationMin: 60, maxDurationMin: 100, startIntervalMin: 30 }))).toEqual([{ field: 'maxDurationMin', problem: 'duration_off_grid' }]);
    expect(unitRuleProblems(rules({ minDaysBefore: 7, maxDaysBefore: 3 }))).toEqual([{ field: 'maxDaysBefore', problem: 'window_closes_before_opens' }]);
    expect(unitRuleProblems(rules({ minPersons: 10, maxPersons: 5 }))).toEqual([{ field: 'minPersons', problem: 'persons_min_above_max' }]);
    const refusedRules = setRules(rules({ minPersons: 10, maxPersons: 5 }));
    expect(refusedRules).toMatchObject({ ...refused('unit_rules_invalid'), current: { problems: [{ field: 'minPersons', problem: 'persons_min_above_max' }] } });
  });

  it('refuses rules that change nothing, a stale version and an unknown unit', () => {
    expect(setRules(rules())).toMatchObject(refused('unit_rules_invalid'));
    expect(setRules(rules({ requiresHandling: !PART1.requiresHandling }), ctx({ baseVersion: 2 }))).toMatchObject(refused('stale_version', 'conflict'));
    expect(BOOKING_DECIDERS['bookings.setUnitRules']({ reservationUnit: null }, { reservationUnitId: PART1.id, rules: rules() }, NOW)).toMatchObject(refused('not_found'));
  });
});
