import { describe, expect, it } from 'vitest';
import type { ReservationTiming } from './vocabulary.ts';
import type { BookingCommandPayload } from './commands.ts';
import { BOOKING_DECIDERS, type SeriesState } from './decide.ts';
import { booking } from './structure.test-support.ts';
import { ACTOR, at, ctx, PART1, puts, RELATIONS, refused, reservationsOf, UUID } from './staff-booking-fixtures.test-support.ts';

type Payload = BookingCommandPayload<'bookings.createSeries'>;

const ids = (n: number) => Array.from({ length: n }, (_, i) => `5a0e6c1d-3f2b-4e8a-9c7d-${String(i).padStart(12, '0')}`);

/** Thursdays 17:00–18:30 across the spring change to summer time (Sunday 2027-03-28). */
const payload = (extra: Partial<Payload> = {}): Payload => ({
  seriesId: '2c9b7e4f-1a3d-4b6c-8d2e-7f5a9b0c1e32',
  reservationUnitId: 'u-part1',
  type: 'STAFF',
  name: 'Kuoroharjoitus',
  description: 'Kaupungin kuoro',
  beginDate: '2027-03-11',
  endDate: '2027-04-08',
  beginTime: '17:00',
  endTime: '18:30',
  recurrenceInDays: 7,
  weekdays: ['THURSDAY'],
  skipDates: [],
  bufferBeforeMin: null,
  bufferAfterMin: null,
  reservee: null,
  reservationIds: ids(5),
  ...extra,
});

const state = (existing: ReservationTiming[] = [], more: Partial<SeriesState> = {}): SeriesState => ({ reservationUnit: PART1, existing, relations: RELATIONS, ...more });
const create = (s: SeriesState, p: Payload, c = ctx()) => BOOKING_DECIDERS['bookings.createSeries'](s, p, c);

describe('a new series', () => {
  it('books every Thursday at 17:00 Helsinki time across the spring change, with the series and one event each', () => {
    const d = create(state(), payload());
    const reservations = reservationsOf(d);
    expect(reservations.map((r) => [r.id, r.beginsAt, r.endsAt])).toEqual([
      [ids(5)[0], '2027-03-11T15:00:00.000Z', '2027-03-11T16:30:00.000Z'],
      [ids(5)[1], '2027-03-18T15:00:00.000Z', '2027-03-18T16:30:00.000Z'],
      [ids(5)[2], '2027-03-25T15:00:00.000Z', '2027-03-25T16:30:00.000Z'],
      [ids(5)[3], '2027-04-01T14:00:00.000Z', '2027-04-01T15:30:00.000Z'],
      [ids(5)[4], '2027-04-08T14:00:00.000Z', '2027-04-08T15:30:00.000Z'],
    ]);
    for (const r of reservations) expect(r).toMatchObject({ seriesId: payload().seriesId, state: 'CONFIRMED', type: 'STAFF', userId: ACTOR.id, bufferBeforeMin: 15, bufferAfterMin: 15, priceCents: 0, description: 'Kaupungin kuoro' });
    const all = puts(d);
    expect(all[0]).toMatchObject({ entity: 'reservation_series', version: 1, record: { id: payload().seriesId, unitId: 'unit-house', beginTime: '17:00', endTime: '18:30', weekdays: ['THURSDAY'], userId: ACTOR.id } });
    const events = all.flatMap((p) => (p.entity === 'reservation_event' ? [p.record] : []));
    expect(events.map((e) => [e.reservationId, e.kind, e.notifyCustomer])).toEqual(ids(5).map((id) => [id, 'created', false]));
    expect(new Set(events.map((e) => e.id)).size).toBe(5);
    for (const e of events) expect(e.id).toMatch(UUID);
    // The client and the central derive the same event ids.
    expect(puts(create(state(), payload()))).toEqual(all);
  });

  it('keeps 17:00 across the autumn change back to winter time', () => {
    const d = create(state(), payload({ beginDate: '2027-10-21', endDate: '2027-11-04', reservationIds: ids(3) }));
    expect(reservationsOf(d).map((r) => r.beginsAt)).toEqual(['2027-10-21T14:00:00.000Z', '2027-10-28T14:00:00.000Z', '2027-11-04T15:00:00.000Z']);
  });

  it('is refused whole when one date is taken, listing it, and booked without it once that date is skipped', () => {
    const hall = booking('u-hall', '2027-03-25', '00:00', '01:00', { id: 'res-hall-konsertti', beginsAt: at('2027-03-25T18:00:00+02:00'), endsAt: at('2027-03-25T21:00:00+02:00') });
    const d = create(state([hall]), payload());
    expect(d).toMatchObject({ ...refused('series_conflicts', 'conflict'), message: expect.stringContaining('2027-03-25') });
    expect(d.ok ? [] : d.current).toMatchObject([{ date: '2027-03-25', status: 'conflict', blockers: [{ reservationId: 'res-hall-konsertti', relation: 'space' }] }]);

    const skipped = create(state([hall]), payload({ skipDates: ['2027-03-25'], reservationIds: ids(4) }));
    expect(reservationsOf(skipped).map((r) => r.beginsAt.slice(0, 10))).toEqual(['2027-03-11', '2027-03-18', '2027-04-01', '2027-04-08']);
  });

  it('BLOCKED time keeps no buffers and so fits right after another booking', () => {
    const justBefore = booking('u-part1', '2027-03-11', '00:00', '01:00', { beginsAt: at('2027-03-11T16:00:00+02:00'), endsAt: at('2027-03-11T17:00:00+02:00') });
    expect(create(state([justBefore]), payload())).toMatchObject(refused('series_conflicts', 'conflict'));
    for (const r of reservationsOf(create(state([justBefore]), payload({ type: 'BLOCKED' })))) expect(r).toMatchObject({ bufferBeforeMin: 0, bufferAfterMin: 0 });
  });

  it('on a customer’s behalf prices every occurrence and needs the reservee', () => {
    expect(create(state(), payload({ type: 'BEHALF' }))).toMatchObject(refused('reservation_reservee_required'));
    const reservee = { kind: 'individual' as const, firstName: 'Reijo', lastName: 'Virtanen', organisation: null, businessId: null, email: 'r@example.fi', phone: '+358401112223', language: 'fi' as const };
    for (const r of reservationsOf(create(state(), payload({ type: 'BEHALF', reservee })))) expect(r).toMatchObject({ priceCents: 6000, paymentStatus: 'PAID_MANUALLY', reserveeLastName: 'Virtanen' });
  });

  it('books an evening until midnight', () => {
    const made = create(state(), payload({ beginTime: '22:00', endTime: '24:00' }));
    expect(made.ok).toBe(true);
  });

  it('needs one distinct id per booked occurrence', () => {
    expect(create(state(), payload({ reservationIds: ids(4) }))).toMatchObject(refused('series_ids_mismatch'));
    expect(create(state(), payload({ reservationIds: [...ids(4), ids(4)[0]!] }))).toMatchObject(refused('series_ids_mismatch'));
    expect(create(state(), payload({ skipDates: ['2027-03-11'] }))).toMatchObject(refused('series_ids_mismatch'));
  });

  it('refuses a pattern with no bookable occurrence, and occurrences in the past', () => {
    expect(create(state(), payload({ recurrenceInDays: 10 }))).toMatchObject({ ...refused('series_pattern_invalid'), current: { problem: 'bad_recurrence' } });
    expect(create(state(), payload({ endTime: '16:00' }))).toMatchObject(refused('series_pattern_invalid'));
    expect(create(state(), payload({ beginTime: '24:00' }))).toMatchObject(refused('series_pattern_invalid'));
    expect(create(state(), payload({ beginDate: '2027-03-12', endDate: '2027-03-17' }))).toMatchObject({ current: { problem: 'no_occurrences' } });
    expect(create(state(), payload(), ctx({ now: '2027-03-18T10:00:00+02:00' }))).toMatchObject({ ...refused('reservation_in_past'), current: { dates: ['2027-03-11'] } });
  });

  it('is refused for a unit the caller did not find', () => {
    expect(create(state([], { reservationUnit: null }), payload())).toMatchObject(refused('not_found'));
  });
});
