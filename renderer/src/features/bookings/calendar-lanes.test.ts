import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { CalendarBlock, DayCalendar, ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { dayLanes, minutesOn, openIntervals, toneOf, weekLanes } from './calendar-lanes.ts';

const t = ((key: string) => key) as unknown as TFunction;
const ru: ReservationUnitOption = {
  id: 'ru1',
  unitId: 'u1',
  name: { fi: 'Sali', sv: 'Sal', en: 'Hall' },
  requiresHandling: true,
  blockWholeDay: false,
  minDurationMin: 60,
  maxDurationMin: 240,
  startIntervalMin: 30,
  bufferBeforeMin: 15,
  bufferAfterMin: 15,
};
const block = (over: Partial<CalendarBlock> = {}): CalendarBlock => ({
  reservationId: 'r1',
  reservationUnitId: 'ru1',
  // 17.00–19.00 in Helsinki (UTC+2 in December).
  beginsAt: '2026-12-07T15:00:00.000Z',
  endsAt: '2026-12-07T17:00:00.000Z',
  bufferBeforeMin: 15,
  bufferAfterMin: 30,
  state: 'CONFIRMED',
  type: 'NORMAL',
  label: 'Kuoro',
  pending: false,
  relation: 'self',
  ...over,
});

describe('bookings on the shared calendar', () => {
  it('places a booking at its Helsinki wall-clock minutes, clipped to the lane day', () => {
    expect(minutesOn('2026-12-07', '2026-12-07T15:00:00.000Z')).toBe(17 * 60);
    expect(minutesOn('2026-12-07', '2026-12-06T21:00:00.000Z')).toBe(0);
    expect(minutesOn('2026-12-07', '2026-12-08T01:00:00.000Z')).toBe(24 * 60);
    // Summer time: UTC+3.
    expect(minutesOn('2026-06-01', '2026-06-01T14:00:00.000Z')).toBe(17 * 60);
  });

  it('reads opening hours and drops what is not an interval', () => {
    expect(openIntervals([{ begin: '09:00', end: '20:00' }, { begin: '21:00', end: '24:00' }, { begin: '10:00', end: '09:00' }])).toEqual([
      { beginMin: 540, endMin: 1200 },
      { beginMin: 1260, endMin: 1440 },
    ]);
  });

  it('tones bookings by type first, then by state', () => {
    expect(toneOf('CONFIRMED', 'NORMAL')).toBe('confirmed');
    expect(toneOf('CONFIRMED', 'STAFF')).toBe('internal');
    expect(toneOf('CONFIRMED', 'BLOCKED')).toBe('blocked');
    expect(toneOf('REQUIRES_HANDLING', 'NORMAL')).toBe('request');
    expect(toneOf('WAITING_FOR_PAYMENT', 'NORMAL')).toBe('payment');
    expect(toneOf('CANCELLED', 'STAFF')).toBe('inactive');
  });

  it('makes a day lane per reservation unit with its buffers and a week lane per day with related bookings marked', () => {
    const day: DayCalendar = { date: '2026-12-07', unitId: 'u1', rows: [{ reservationUnit: ru, opening: [{ begin: '09:00', end: '21:00' }], blocks: [block()] }] };
    const [lane] = dayLanes(day, t, 'fi');
    expect(lane).toMatchObject({ id: 'ru1', label: 'Sali', date: '2026-12-07', open: [{ beginMin: 540, endMin: 1260 }] });
    expect(lane?.items[0]).toMatchObject({ id: 'r1', beginMin: 1020, endMin: 1140, bufferBeforeMin: 15, bufferAfterMin: 30, tone: 'confirmed', label: 'Kuoro', marker: null });

    const week = weekLanes({ reservationUnit: ru, days: [{ date: '2026-12-07', opening: [], blocks: [block({ relation: 'space', reservationId: 'r2' })] }] }, t, 'en');
    expect(week[0]?.id).toBe('2026-12-07');
    expect(week[0]?.open).toEqual([]);
    expect(week[0]?.items[0]?.marker).toBe('bookings.relationMarks.space');
    expect(week[0]?.items[0]?.description).toContain('bookings.relations.space');
  });
});
