import { describe, expect, it } from 'vitest';
import type { BookingCommandPayload } from './commands.ts';
import type { Reservation, ReservationSeries } from './entities.ts';
import { BOOKING_DECIDERS, type EndSeriesState } from './decide.ts';
import { DENY_REASONS, reservation } from './handling-fixtures.test-support.ts';
import { ACTOR, at, ctx, puts, refused, reservationsOf, versioned } from './staff-booking-fixtures.test-support.ts';

const SERIES: ReservationSeries = {
  id: 'series-kuoro',
  reservationUnitId: 'u-part1',
  unitId: 'unit-house',
  name: 'Kuoroharjoitus',
  description: '',
  type: 'BEHALF',
  beginDate: '2027-03-04',
  endDate: '2027-04-01',
  beginTime: '17:00',
  endTime: '18:30',
  recurrenceInDays: 7,
  weekdays: ['THURSDAY'],
  userId: ACTOR.id,
  ageGroupId: null,
};

/** Thursday's occurrence, 17:00–18:30 Helsinki time. */
const occurrence = (date: string, extra: Partial<Reservation> = {}) =>
  versioned(
    reservation({
      id: `occ-${date}`,
      reservationUnitId: 'u-part1',
      unitId: 'unit-house',
      seriesId: SERIES.id,
      state: 'CONFIRMED',
      type: 'BEHALF',
      beginsAt: at(`${date}T17:00:00${date < '2027-03-28' ? '+02:00' : '+03:00'}`),
      endsAt: at(`${date}T18:30:00${date < '2027-03-28' ? '+02:00' : '+03:00'}`),
      userId: ACTOR.id,
      paymentType: 'ON_SITE',
      paymentStatus: 'PAID_MANUALLY',
      ...extra,
    }),
    2,
  );

const MEMBERS = [
  occurrence('2027-03-04'),
  occurrence('2027-03-11'), // today, begun at 17:00
  occurrence('2027-03-18'),
  occurrence('2027-03-25', { state: 'REQUIRES_HANDLING', paymentStatus: null }),
  occurrence('2027-04-01', { state: 'CANCELLED', cancelReason: 'CHANGE_OF_PLANS' }),
];

// During the 2027-03-11 occurrence.
const NOW = ctx({ now: '2027-03-11T17:30:00+02:00', today: '2027-03-11', baseVersion: 3 });

type Payload = BookingCommandPayload<'bookings.endSeries'>;
const payload = (extra: Partial<Payload> = {}): Payload => ({ seriesId: SERIES.id, fromDate: '2027-03-11', action: 'cancel', denyReasonId: null, note: 'Kuoro lopettaa kevään harjoitukset.', ...extra });
const state = (more: Partial<EndSeriesState> = {}): EndSeriesState => ({ series: versioned(SERIES, 3), members: MEMBERS, denyReasons: DENY_REASONS, ...more });
const end = (s: EndSeriesState, p: Payload, c = NOW) => BOOKING_DECIDERS['bookings.endSeries'](s, p, c);

const changed = (d: ReturnType<typeof end>) => reservationsOf(d).map((r) => [r.id, r.state]);

describe('ending a series', () => {
  it('cancels the confirmed occurrences still to come, leaving the past, the started and the closed ones', () => {
    const d = end(state(), payload());
    expect(changed(d)).toEqual([['occ-2027-03-18', 'CANCELLED']]);
    expect(reservationsOf(d)[0]).toMatchObject({ cancelReason: 'OTHER', cancelDetails: 'Kuoro lopettaa kevään harjoitukset.', paymentStatus: 'CANCELLED' });
    expect(puts(d)).toMatchObject([
      { entity: 'reservation_series', version: 4, record: SERIES },
      { entity: 'reservation', version: 3 },
      { entity: 'reservation_event', version: 1, record: { kind: 'cancelled', reservationId: 'occ-2027-03-18', fromState: 'CONFIRMED', toState: 'CANCELLED', notifyCustomer: false } },
    ]);
  });

  it('denies the requests and confirmed occurrences still to come with a reason from the list', () => {
    const d = end(state(), payload({ action: 'deny', denyReasonId: 'deny-overlap' }));
    expect(changed(d)).toEqual([['occ-2027-03-18', 'DENIED'], ['occ-2027-03-25', 'DENIED']]);
    for (const r of reservationsOf(d)) expect(r).toMatchObject({ denyReasonId: 'deny-overlap', handlingNote: 'Kuoro lopettaa kevään harjoitukset.', handledAt: '2027-03-11T15:30:00.000Z' });
    const eventIds = puts(d).flatMap((p) => (p.entity === 'reservation_event' ? [p.record.id] : []));
    expect(new Set(eventIds).size).toBe(2);
    expect(end(state(), payload({ action: 'deny', denyReasonId: 'deny-retired' }))).toMatchObject(refused('deny_reason_unknown'));
    expect(end(state(), payload({ action: 'deny' }))).toMatchObject(refused('deny_reason_unknown'));
  });

  it('ends only from the chosen date on', () => {
    expect(changed(end(state(), payload({ action: 'deny', denyReasonId: 'deny-overlap', fromDate: '2027-03-25' })))).toEqual([['occ-2027-03-25', 'DENIED']]);
  });

  it('is refused when nothing from the date on is left to end', () => {
    expect(end(state(), payload({ fromDate: '2027-03-25' }))).toMatchObject(refused('series_nothing_to_end'));
    expect(end(state(), payload(), ctx({ now: '2027-04-02T10:00:00+03:00', baseVersion: 3 }))).toMatchObject(refused('series_nothing_to_end'));
  });

  it('is a conflict when the series was changed since it was seen, and refused when it does not exist', () => {
    expect(end(state(), payload(), ctx({ now: NOW.now, baseVersion: 2 }))).toMatchObject({ ...refused('stale_version', 'conflict'), current: { version: 3, series: { id: SERIES.id } } });
    expect(end(state({ series: null }), payload())).toMatchObject(refused('not_found'));
  });

  it('lets a reserver end only a series they booked', () => {
    expect(end(state({ actorMayOnlyTouchOwn: true, series: versioned({ ...SERIES, userId: 'u-someone-else' }, 3) }), payload())).toMatchObject(refused('not_your_booking'));
    expect(end(state({ actorMayOnlyTouchOwn: true }), payload()).ok).toBe(true);
  });
});
