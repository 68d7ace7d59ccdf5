import { describe, expect, it } from 'vitest';
import { checkSlot, isBlockingState } from '../../../domain/bookings/conflicts.ts';
import { Reservation, ReservationSeries } from '../../../domain/bookings/entities.ts';
import { reservationPrice } from '../../../domain/bookings/pricing.ts';
import { buildRelationIndex } from '../../../domain/space-holds/related-units.ts';
import { parseTimeOfDay, toWallClock } from '../../../domain/wall-clock.ts';
import { generateBookings, type SeasonOptions } from './generate-bookings.ts';
import { loadBookingsReferenceData } from './reference-data.ts';

const data = loadBookingsReferenceData();
const options: SeasonOptions = { from: '2027-01-04', to: '2027-06-30', seed: 7, count: 2500, now: '2027-03-15T10:00:00.000Z' };
const season = generateBookings(data, options);
const { reservations } = season;
const unitById = new Map(data.reservationUnits.map((u) => [u.id, u]));

const share = (test: (r: Reservation) => boolean) => reservations.filter(test).length / reservations.length;

describe('generateBookings', () => {
  it('makes the count asked for, and the same seed makes the same records byte for byte', () => {
    expect(reservations).toHaveLength(options.count);
    expect(JSON.stringify(generateBookings(data, options))).toBe(JSON.stringify(season));
  });

  it('counts the customers’ booking windows from Helsinki’s day: just after Helsinki’s midnight (still the day before in UTC) it books what it books two hours later', () => {
    // The demo's season, six weeks back and four months ahead: its last days are at the edge of the windows.
    const at = (now: string) => generateBookings(data, { from: '2027-02-02', to: '2027-07-14', seed: 7, count: 3000, now }).reservations.map((r) => `${r.id} ${r.reservationUnitId} ${r.beginsAt} ${r.type}`);
    // 00:30 and 02:30 in Helsinki on 16 March; the first is 15 March in UTC.
    expect(at('2027-03-15T22:30:00.000Z')).toEqual(at('2027-03-16T00:30:00.000Z'));
  });

  it('makes other records from another seed', () => {
    const other = generateBookings(data, { ...options, seed: 8 });
    expect(other.reservations.map((r) => r.id)).not.toEqual(reservations.map((r) => r.id));
    expect(other.reservations.map((r) => r.beginsAt)).not.toEqual(reservations.map((r) => r.beginsAt));
  });

  it('makes records that the sync schemas accept', () => {
    for (const r of reservations) expect(Reservation.safeParse(r).error).toBeUndefined();
    for (const s of season.series) expect(ReservationSeries.safeParse(s).error).toBeUndefined();
  });

  it('leaves no two blocking reservations in conflict under the plain rule', () => {
    const relations = buildRelationIndex(data.spaces, data.reservationUnits);
    const blocking = reservations.filter((r) => isBlockingState(r.state));
    const conflicts = blocking.filter((r) => !checkSlot(r, blocking, relations).free);
    expect(conflicts).toEqual([]);
  });

  it('keeps bookings inside the season, a 08–21 day, the unit’s start grid and its lengths', () => {
    for (const r of reservations) {
      const unit = unitById.get(r.reservationUnitId)!;
      const begin = toWallClock(Date.parse(r.beginsAt));
      const end = toWallClock(Date.parse(r.endsAt));
      const minutes = (Date.parse(r.endsAt) - Date.parse(r.beginsAt)) / 60_000;
      const interval = Number(/\d+/.exec(unit.reservationStartInterval)![0]);
      expect(begin.date >= options.from && begin.date <= options.to).toBe(true);
      expect(begin.minutes).toBeGreaterThanOrEqual(8 * 60);
      expect((begin.minutes - 8 * 60) % interval).toBe(0);
      expect(minutes).toBeGreaterThanOrEqual(unit.minReservationDurationMin);
      expect(minutes).toBeLessThanOrEqual(unit.maxReservationDurationMin);
      // Units let by the day or week run over midnight; the rest keep to the opening day.
      if (unit.minReservationDurationMin < 24 * 60) {
        expect(end.date).toBe(begin.date);
        expect(end.minutes).toBeLessThanOrEqual(21 * 60);
      }
    }
    const weekly = data.reservationUnits.filter((u) => u.minReservationDurationMin >= 24 * 60);
    for (const unit of weekly) expect(reservations.some((r) => r.reservationUnitId === unit.id), unit.name.fi).toBe(true);
  });

  it('prices customer bookings by the pricing in force on their day', () => {
    const customers = reservations.filter((r) => r.type === 'NORMAL' || r.type === 'BEHALF');
    for (const r of customers) {
      const unit = unitById.get(r.reservationUnitId)!;
      const pricings = unit.pricings.map((p) => ({ ...p, vatPercent: p.taxPercentage, paymentType: p.paymentType ?? ('ON_SITE' as const) }));
      expect(r.undiscountedPriceCents).toBe(reservationPrice(pricings, r.beginsAt, r.endsAt)?.grossCents ?? 0);
    }
    expect(customers.some((r) => r.priceCents > 0 && r.vatPercent === 25.5)).toBe(true);
    expect(customers.some((r) => r.applyingForFreeOfCharge && r.state === 'CONFIRMED' && r.subsidised)).toBe(true);
  });

  it('keeps states, types and reservee kinds in realistic proportions', () => {
    expect(share((r) => r.state === 'CONFIRMED')).toBeGreaterThan(0.7);
    expect(share((r) => r.state === 'REQUIRES_HANDLING')).toBeGreaterThan(0.02);
    expect(share((r) => r.state === 'REQUIRES_HANDLING')).toBeLessThan(0.15);
    expect(share((r) => r.state === 'DENIED')).toBeGreaterThan(0.003);
    expect(share((r) => r.state === 'DENIED')).toBeLessThan(0.05);
    expect(share((r) => r.state === 'CANCELLED')).toBeGreaterThan(0.03);
    expect(share((r) => r.state === 'CANCELLED')).toBeLessThan(0.12);
    expect(share((r) => r.state === 'WAITING_FOR_PAYMENT')).toBeGreaterThan(0);
    expect(share((r) => r.state === 'WAITING_FOR_PAYMENT')).toBeLessThan(0.03);
    expect(share((r) => r.type === 'NORMAL')).toBeGreaterThan(0.7);
    for (const type of ['BEHALF', 'STAFF', 'BLOCKED'] as const) {
      expect(share((r) => r.type === type), type).toBeGreaterThan(0.02);
      expect(share((r) => r.type === type), type).toBeLessThan(0.15);
    }
    expect(share((r) => r.reserveeKind === 'individual')).toBeGreaterThan(0.55);
    expect(share((r) => r.reserveeKind === 'individual')).toBeLessThan(0.85);
    expect(share((r) => r.reserveeKind === 'association')).toBeGreaterThan(0.1);
    expect(share((r) => r.reserveeKind === 'company')).toBeGreaterThan(0.04);
  });

  it('leaves the payment traces each state has: a pending order awaiting payment, a settled one when confirmed', () => {
    for (const r of reservations.filter((x) => x.state === 'WAITING_FOR_PAYMENT')) {
      expect(r.paymentStatus).toBe('PENDING');
      expect(Date.parse(r.paymentDueAt!)).toBeLessThan(Date.parse(r.beginsAt));
      expect(Date.parse(r.handledAt!)).toBeGreaterThanOrEqual(Date.parse(r.createdAt));
    }
    for (const r of reservations.filter((x) => x.state === 'CONFIRMED')) {
      expect(r.paymentStatus === null, r.id).toBe(r.priceCents === 0);
      expect(r.paymentType === null, r.id).toBe(r.priceCents === 0);
    }
    for (const r of reservations) expect(Date.parse(r.createdAt)).toBeLessThanOrEqual(Date.parse(options.now));
  });

  it('gives every denied booking a reason from the list, and every cancelled one a cancel reason', () => {
    const reasons = new Set(data.denyReasons.map((d) => d.id));
    for (const r of reservations.filter((x) => x.state === 'DENIED')) expect(reasons.has(r.denyReasonId!)).toBe(true);
    for (const r of reservations.filter((x) => x.state === 'CANCELLED')) expect(r.cancelReason).not.toBeNull();
  });

  it('leaves requests waiting for a handler ahead of now in every unit that requires handling', () => {
    const now = Date.parse(options.now);
    const handlingUnits = data.reservationUnits.filter((u) => u.requireReservationHandling);
    expect(handlingUnits.length).toBeGreaterThan(0);
    for (const unit of handlingUnits) {
      const waiting = reservations.filter((r) => r.reservationUnitId === unit.id && r.state === 'REQUIRES_HANDLING' && Date.parse(r.beginsAt) > now);
      expect(waiting.length, unit.name.fi).toBeGreaterThan(0);
    }
    expect(reservations.some((r) => r.state === 'REQUIRES_HANDLING' && Date.parse(r.beginsAt) <= now)).toBe(false);
  });

  it('makes weekly series whose occurrences keep their wall-clock time across the spring change', () => {
    expect(season.series.length).toBeGreaterThanOrEqual(3);
    for (const s of season.series) {
      const occurrences = reservations.filter((r) => r.seriesId === s.id);
      const dates = occurrences.map((r) => toWallClock(Date.parse(r.beginsAt)).date);
      expect(dates.some((d) => d < '2027-03-28') && dates.some((d) => d > '2027-03-28')).toBe(true);
      for (const r of occurrences) {
        expect(toWallClock(Date.parse(r.beginsAt)).minutes).toBe(parseTimeOfDay(s.beginTime));
        expect(toWallClock(Date.parse(r.endsAt)).minutes).toBe(parseTimeOfDay(s.endTime));
        expect(r.reservationUnitId).toBe(s.reservationUnitId);
      }
      // The same wall-clock time is an hour earlier in UTC once summer time begins.
      const utcHours = new Set(occurrences.map((r) => new Date(r.beginsAt).getUTCHours()));
      expect(utcHours.size).toBe(2);
    }
  });
});
