import { describe, expect, it } from 'vitest';
import type { BookingCommandPayload } from './commands.ts';
import type { Reservation, ReservationEvent, ReservationSeries } from './entities.ts';
import type { ReservationTiming } from './vocabulary.ts';
import { BOOKING_DECIDERS, type RescheduleSeriesState } from './decide.ts';
import { reservation } from './handling-fixtures.test-support.ts';
import { ACTOR, PART1, RELATIONS, at, ctx, puts, refused, reservationsOf, versioned } from './staff-booking-fixtures.test-support.ts';
import { outlineReschedule } from './series-reschedule.ts';

const SERIES: ReservationSeries = {
  id: 'series-kuoro',
  reservationUnitId: PART1.id,
  unitId: PART1.unitId,
  name: 'Kuoroharjoitus',
  description: 'Sopraanot ja altot',
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

/** Helsinki wall-clock on a date: +02:00 before the spring change of 2027-03-28, +03:00 after. */
const local = (date: string, time: string) => at(`${date}T${time}:00${date < '2027-03-28' ? '+02:00' : '+03:00'}`);

/** Thursday's occurrence, 17:00–18:30, collected on site. */
const occurrence = (date: string, extra: Partial<Reservation> = {}) =>
  versioned(
    reservation({
      id: `occ-${date}`,
      reservationUnitId: PART1.id,
      unitId: PART1.unitId,
      seriesId: SERIES.id,
      state: 'CONFIRMED',
      type: 'BEHALF',
      name: SERIES.name,
      beginsAt: local(date, '17:00'),
      endsAt: local(date, '18:30'),
      userId: ACTOR.id,
      paymentType: 'ON_SITE',
      paymentStatus: 'PAID_MANUALLY',
      priceCents: 6000,
      undiscountedPriceCents: 6000,
      ...extra,
    }),
    2,
  );

const MEMBERS = [
  occurrence('2027-03-04'),
  occurrence('2027-03-11'), // today, begun at 17:00
  occurrence('2027-03-18'),
  occurrence('2027-03-25'),
  occurrence('2027-04-01', { state: 'CANCELLED', cancelReason: 'CHANGE_OF_PLANS', paymentStatus: 'CANCELLED' }),
];

const timing = (r: Reservation): ReservationTiming => ({ id: r.id, reservationUnitId: r.reservationUnitId, beginsAt: r.beginsAt, endsAt: r.endsAt, state: r.state, type: r.type, bufferBeforeMin: r.bufferBeforeMin, bufferAfterMin: r.bufferAfterMin });

// During the 2027-03-11 occurrence.
const NOW = ctx({ now: '2027-03-11T17:30:00+02:00', today: '2027-03-11', baseVersion: 3 });
const IDS = ['3f1c0e4a-8b2d-4c6e-9a10-000000000001', '3f1c0e4a-8b2d-4c6e-9a10-000000000002', '3f1c0e4a-8b2d-4c6e-9a10-000000000003', '3f1c0e4a-8b2d-4c6e-9a10-000000000004'];

type Payload = BookingCommandPayload<'bookings.rescheduleSeries'>;
/** Thursdays 18:00–19:30 from today to 2027-04-01: four dates. */
const payload = (extra: Partial<Payload> = {}): Payload => ({
  seriesId: SERIES.id,
  fromDate: '2027-03-11',
  endDate: '2027-04-01',
  beginTime: '18:00',
  endTime: '19:30',
  recurrenceInDays: 7,
  weekdays: ['THURSDAY'],
  skipDates: [],
  note: 'Sali vapautuu vasta kuudelta.',
  reservationIds: IDS,
  ...extra,
});
const state = (more: Partial<RescheduleSeriesState> = {}): RescheduleSeriesState => ({
  series: versioned(SERIES, 3),
  members: MEMBERS,
  reservationUnit: PART1,
  existing: MEMBERS.map((m) => timing(m.record)),
  relations: RELATIONS,
  ...more,
});
const reschedule = (s: RescheduleSeriesState, p: Payload, c = NOW) => BOOKING_DECIDERS['bookings.rescheduleSeries'](s, p, c);
const eventsOf = (d: ReturnType<typeof reschedule>) => puts(d).flatMap((p) => (p.entity === 'reservation_event' ? [p.record as ReservationEvent] : []));

describe('rescheduling a series from a date on (brief 4.7)', () => {
  it('moves each future occurrence whose day the new pattern keeps, keeps the started and past ones, and books a date nothing holds', () => {
    const d = reschedule(state(), payload());
    const written = reservationsOf(d);
    const byId = new Map(written.map((r) => [r.id, r]));
    // Today's began at 17:00: it stays, and the new pattern books nothing on its day.
    expect(byId.has('occ-2027-03-11')).toBe(false);
    expect(written.some((r) => r.beginsAt.startsWith('2027-03-11'))).toBe(false);
    expect(byId.has('occ-2027-03-04')).toBe(false);
    // The same reservation, its price and payment as they were: only the time moved, across the spring change too.
    expect(byId.get('occ-2027-03-18')).toMatchObject({ state: 'CONFIRMED', beginsAt: local('2027-03-18', '18:00'), endsAt: local('2027-03-18', '19:30'), priceCents: 6000, paymentStatus: 'PAID_MANUALLY' });
    expect(byId.get('occ-2027-03-25')).toMatchObject({ beginsAt: local('2027-03-25', '18:00') });
    // The cancelled 1 April stays a record; the date is booked anew with the id paired with it (its fourth).
    expect(byId.has('occ-2027-04-01')).toBe(false);
    expect(byId.get(IDS[3]!)).toMatchObject({
      seriesId: SERIES.id,
      state: 'CONFIRMED',
      type: 'BEHALF',
      name: SERIES.name,
      description: SERIES.description,
      beginsAt: local('2027-04-01', '18:00'),
      reserveeOrganisation: 'Töölön lukupiiri ry',
      reserveeEmail: 'aili@example.fi',
      bufferBeforeMin: 15,
    });
    const kinds = eventsOf(d).map((e) => [e.reservationId, e.kind, e.note]);
    expect(kinds).toEqual([
      ['occ-2027-03-18', 'rescheduled', 'Sali vapautuu vasta kuudelta.'],
      ['occ-2027-03-25', 'rescheduled', 'Sali vapautuu vasta kuudelta.'],
      [IDS[3], 'created', 'Sali vapautuu vasta kuudelta.'],
    ]);
    const series = puts(d).find((p) => p.entity === 'reservation_series')!;
    expect(series.version).toBe(4);
    expect(series.record).toMatchObject({ beginDate: '2027-03-04', endDate: '2027-04-01', beginTime: '18:00', endTime: '19:30', weekdays: ['THURSDAY'] });
  });

  it('cancels the occurrences on days the new pattern leaves, with their payment released, and books the new weekdays', () => {
    const d = reschedule(state(), payload({ fromDate: '2027-03-15', weekdays: ['TUESDAY'], beginTime: '17:00', endTime: '18:30', endDate: '2027-03-30', reservationIds: IDS.slice(0, 3) }));
    const written = reservationsOf(d);
    const cancelled = written.filter((r) => r.state === 'CANCELLED');
    expect(cancelled.map((r) => r.id)).toEqual(['occ-2027-03-18', 'occ-2027-03-25']);
    expect(cancelled[0]).toMatchObject({ cancelReason: 'OTHER', cancelDetails: 'Sali vapautuu vasta kuudelta.', paymentStatus: 'CANCELLED' });
    const created = written.filter((r) => r.state === 'CONFIRMED');
    expect(created.map((r) => [r.id, r.beginsAt])).toEqual([
      [IDS[0], local('2027-03-16', '17:00')],
      [IDS[1], local('2027-03-23', '17:00')],
      [IDS[2], local('2027-03-30', '17:00')],
    ]);
    // The customer's booking is priced as a new one is: 40 € an hour, an hour and a half.
    expect(created[0]).toMatchObject({ priceCents: 6000, paymentStatus: 'PAID_MANUALLY', reserveeFirstName: 'Aili' });
  });

  it('changes an occurrence whose length changes as a new booking, not a move: its price follows the new length', () => {
    const d = reschedule(state(), payload({ fromDate: '2027-03-18', endDate: '2027-03-18', beginTime: '17:00', endTime: '19:00', reservationIds: IDS.slice(0, 1) }));
    const written = reservationsOf(d);
    expect(written.find((r) => r.id === 'occ-2027-03-18')).toMatchObject({ state: 'CANCELLED' });
    expect(written.find((r) => r.id === IDS[0])).toMatchObject({ state: 'CONFIRMED', endsAt: local('2027-03-18', '19:00'), priceCents: 8000 });
    // 25 March is after the new pattern's end: it is replaced by nothing, so it is cancelled.
    expect(written.find((r) => r.id === 'occ-2027-03-25')).toMatchObject({ state: 'CANCELLED' });
  });

  it('is all or nothing: a date another booking holds refuses the whole reschedule until it is skipped', () => {
    const other: ReservationTiming = { id: 'hall-concert', reservationUnitId: 'u-hall', beginsAt: local('2027-03-25', '19:00'), endsAt: local('2027-03-25', '21:00'), state: 'CONFIRMED', type: 'NORMAL', bufferBeforeMin: 0, bufferAfterMin: 0 };
    const s = state({ existing: [...state().existing, other] });
    const d = reschedule(s, payload());
    expect(d).toMatchObject(refused('series_conflicts', 'conflict'));
    expect(!d.ok && (d.current as { date: string; blockers: { reservationId: string }[] }[]).map((o) => [o.date, o.blockers.map((b) => b.reservationId)])).toEqual([['2027-03-25', ['hall-concert']]]);
    // Skipped: 25 March's occurrence is cancelled, the other dates move; the ids pair with the dates left.
    const skipped = reschedule(s, payload({ skipDates: ['2027-03-25'], reservationIds: IDS.slice(0, 3) }));
    const written = reservationsOf(skipped);
    expect(written.find((r) => r.id === 'occ-2027-03-25')).toMatchObject({ state: 'CANCELLED' });
    expect(written.find((r) => r.id === IDS[2])).toMatchObject({ beginsAt: local('2027-04-01', '18:00') });
  });

  it('sets the replaced occurrences aside: an occurrence moved half an hour is not in its own way', () => {
    const outline = outlineReschedule({
      members: MEMBERS.map((m) => m.record),
      pattern: payload({ beginTime: '17:30', endTime: '19:00' }),
      skipDates: [],
      booking: { reservationUnitId: PART1.id, type: 'BEHALF', bufferBeforeMin: 15, bufferAfterMin: 15 },
      existing: state().existing,
      relations: RELATIONS,
      openingHours: null,
      nowMs: Date.parse(NOW.now),
    });
    expect(outline.ok && outline.outline.preview.map((o) => [o.date, o.status])).toEqual([
      ['2027-03-18', 'ok'],
      ['2027-03-25', 'ok'],
      ['2027-04-01', 'ok'],
    ]);
    expect(outline.ok && outline.outline.bookedDates).toEqual(['2027-03-11', '2027-03-18', '2027-03-25', '2027-04-01']);
  });

  it('refuses what cannot be rescheduled, each with its own code', () => {
    expect(reschedule(state({ series: null }), payload())).toMatchObject(refused('not_found'));
    expect(reschedule(state(), payload(), { ...NOW, baseVersion: 2 })).toMatchObject(refused('stale_version', 'conflict'));
    expect(reschedule(state({ actorMayOnlyTouchOwn: true, series: versioned({ ...SERIES, userId: 'u-other' }, 3) }), payload())).toMatchObject(refused('not_your_booking'));
    expect(reschedule(state({ series: versioned({ ...SERIES, type: 'SEASONAL' }, 3) }), payload())).toMatchObject(refused('series_not_staff_made'));
    expect(reschedule(state(), payload({ endDate: '2027-03-01' }))).toMatchObject(refused('series_pattern_invalid'));
    expect(reschedule(state(), payload(), ctx({ now: '2027-04-02T10:00:00+03:00', baseVersion: 3 }))).toMatchObject(refused('series_in_past'));
    expect(reschedule(state(), payload({ reservationIds: IDS.slice(0, 2) }))).toMatchObject(refused('series_ids_mismatch'));
    expect(reschedule(state(), payload({ reservationIds: [IDS[0]!, IDS[0]!, IDS[1]!, IDS[2]!] }))).toMatchObject(refused('series_ids_mismatch'));
    // The old pattern again, from the 18th (the cancelled 1 April left out): nothing would change.
    expect(reschedule(state(), payload({ fromDate: '2027-03-18', endDate: '2027-03-25', beginTime: '17:00', endTime: '18:30', reservationIds: IDS.slice(0, 2) }))).toMatchObject(refused('series_nothing_to_reschedule'));
    // An occurrence returned to handling is the handler's to decide, not moved behind their back.
    const returned = MEMBERS.map((m) => (m.record.id === 'occ-2027-03-25' ? versioned({ ...m.record, state: 'REQUIRES_HANDLING' as const }, 3) : m));
    expect(reschedule(state({ members: returned }), payload())).toMatchObject(refused('reservation_wrong_state'));
  });
});
