import { describe, expect, it } from 'vitest';
import { bookingCacheEachTest, errorCode } from './testing/booking-cache.ts';
import { HANDLER_TOOLO, put, R, RESERVER, RU, TOOLO, VIEWER, ADMIN, at } from './testing/fixtures.ts';

const t = bookingCacheEachTest();
const { call, value } = t;
const detail = (id: string) => value('bookings.getReservation', { id });

const staffBooking = (from: string, to: string, extra: object = {}) => ({
  reservationUnitId: RU.kokous.id,
  type: 'STAFF',
  beginsAt: at(from),
  endsAt: at(to),
  name: 'Tiimipalaveri',
  description: '',
  bufferBeforeMin: null,
  bufferAfterMin: null,
  reservee: null,
  ...extra,
});

const series = (extra: object = {}) => ({
  reservationUnitId: RU.kokous.id,
  type: 'BLOCKED',
  name: 'Siivous',
  description: '',
  beginDate: '2026-12-03',
  endDate: '2026-12-31',
  beginTime: '17:30',
  endTime: '18:30',
  recurrenceInDays: 7,
  weekdays: ['THURSDAY'],
  skipDates: [],
  bufferBeforeMin: null,
  bufferAfterMin: null,
  reservee: null,
  ...extra,
});

describe('handler commands through the local decider', () => {
  it('approves at once on the cache: the booking shows pending, the command waits in the outbox with its version', () => {
    expect(value('bookings.approveReservation', { reservationId: R.lukupiiri.id, note: 'Sopii' })).toMatchObject({ status: 'pending' });
    const d = detail(R.lukupiiri.id);
    expect(d.reservation.state).toBe('CONFIRMED');
    expect(d.pending).toBe(true);
    expect(d.events.map((e) => e.kind)).toEqual(['approved']);
    const row = value('bookings.listReservations', { filter: { text: 'lukupiiri', states: ['CONFIRMED'] } }).rows;
    expect(row.map((r) => [r.id, r.pending])).toEqual([[R.lukupiiri.id, true]]);
    expect(t.cache.pendingCommands(10).map((c) => [c.type, c.baseVersion])).toEqual([['bookings.approveReservation', 1]]);
    expect(value('bookings.openRequests', {})).toEqual({ count: 0 });
  });

  it('refuses a viewer, a handler outside their unit, and a reserver on someone else\'s booking; nothing is queued', () => {
    expect(errorCode(call('bookings.approveReservation', { reservationId: R.lukupiiri.id, note: 'x' }, VIEWER))).toBe('forbidden');
    expect(errorCode(call('bookings.approveReservation', { reservationId: R.kallio.id, note: 'x' }))).toBe('forbidden');
    expect(errorCode(call('bookings.cancelReservation', { reservationId: R.konsertti.id, reason: 'OTHER', details: '' }, RESERVER))).toBe('not_your_booking');
    expect(t.cache.counts().pendingCommands).toBe(0);
    expect(errorCode(call('bookings.cancelReservation', { reservationId: R.staff2.id, reason: 'OTHER', details: 'Ei tarvita' }, RESERVER))).toBe('ok');
    expect(errorCode(call('bookings.approveReservation', { reservationId: R.kallio.id, note: 'x' }, ADMIN))).toBe('ok');
  });

  it('answers a rule\'s refusal at once (a deny reason not on the list)', () => {
    const r = call('bookings.denyReservation', { reservationId: R.lukupiiri.id, denyReasonId: 'deny-retired', note: 'Ei' });
    expect(errorCode(r)).toBe('deny_reason_unknown');
    expect(t.cache.counts().pendingCommands).toBe(0);
  });

  it('returns a denied booking to handling only while its time is still free', () => {
    expect(errorCode(call('bookings.denyReservation', { reservationId: R.lukupiiri.id, denyReasonId: 'deny-overlap', note: 'Päällekkäinen' }))).toBe('ok');
    // Denied, it holds no time: a staff booking takes it.
    expect(errorCode(call('bookings.createStaffReservation', staffBooking('2026-12-10T17:30', '2026-12-10T18:30')))).toBe('ok');
    const back = call('bookings.returnToHandling', { reservationId: R.lukupiiri.id });
    expect(errorCode(back)).toBe('reservation_slot_taken');
    expect(t.cache.counts().pendingCommands).toBe(2);
  });

  it('names the booking and its time in the conflicts inbox when the central refuses', () => {
    const accepted = value('bookings.approveReservation', { reservationId: R.lukupiiri.id, note: 'Sopii' });
    t.cache.settle([{ id: accepted.commandId, status: 'rejected', code: 'reservation_wrong_state', message: 'Already handled.' }]);
    const [conflict] = value('conflicts.list', {});
    expect(conflict).toMatchObject({ code: 'reservation_wrong_state', applicationId: R.lukupiiri.id, applicationReference: 'Lukupiiri 10.12.2026 17.00–19.00' });
    expect(detail(R.lukupiiri.id)).toMatchObject({ pending: false, reservation: { state: 'REQUIRES_HANDLING' } });
  });
});

describe('staff bookings and series', () => {
  it('books a free time: the new booking shows pending on the day calendar and in the list', () => {
    const r = value('bookings.createStaffReservation', staffBooking('2026-12-10T14:00', '2026-12-10T15:00'));
    expect(r.status).toBe('pending');
    const [command] = t.cache.pendingCommands(1);
    const id = (command!.payload as { reservationId: string }).reservationId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const day = value('bookings.dayCalendar', { unitId: TOOLO, date: '2026-12-10' });
    expect(day.rows[0]!.blocks.map((b) => [b.label, b.pending])).toEqual([
      ['Henkilökunnan kokous', false],
      ['Tiimipalaveri', true],
      ['Lukupiiri', false],
    ]);
    expect(detail(id)).toMatchObject({ pending: true, reservation: { state: 'CONFIRMED', type: 'STAFF', userId: HANDLER_TOOLO.id } });
  });

  it('refuses a staff booking in the way of another at once, with the blockers, and queues nothing', () => {
    const r = call('bookings.createStaffReservation', staffBooking('2026-12-10T18:00', '2026-12-10T20:00'));
    if (r.ok) throw new Error('a conflicting booking was accepted');
    expect(r.error.code).toBe('reservation_time_taken');
    expect((r.error.details as { blockers: { reservationId: string }[] }).blockers.map((b) => b.reservationId)).toEqual([R.lukupiiri.id]);
    // Its own buffer reaching the request's time counts too (19:00 + 15 min before the next).
    expect(errorCode(call('bookings.createStaffReservation', staffBooking('2026-12-10T19:10', '2026-12-10T20:00')))).toBe('reservation_time_taken');
    expect(t.cache.counts().pendingCommands).toBe(0);
    // A related unit's booking blocks too: the whole hall over part A.
    expect(errorCode(call('bookings.createStaffReservation', staffBooking('2026-12-11T11:00', '2026-12-11T11:30', { reservationUnitId: RU.saliA.id })))).toBe('reservation_time_taken');
  });

  it('books a series all or nothing: refused while a date is taken, booked with one id per occurrence once it is skipped', () => {
    const refused = call('bookings.createSeries', series());
    expect(errorCode(refused)).toBe('series_conflicts');
    // The preview names what is in the way as a calendar does, not by its id alone.
    const { skipDates: _skip, name: _name, description: _description, reservee: _reservee, ...pattern } = series();
    const taken = value('bookings.previewSeries', pattern).find((o) => o.date === '2026-12-10')!;
    expect(taken.status).toBe('conflict');
    expect(taken.blockers[0]).toMatchObject({ label: expect.stringMatching(/\S/), reservationUnitName: { fi: expect.stringMatching(/\S/) } });
    expect(t.cache.counts().pendingCommands).toBe(0);

    expect(value('bookings.createSeries', series({ skipDates: ['2026-12-10'] })).status).toBe('pending');
    const payload = t.cache.pendingCommands(1)[0]!.payload as { seriesId: string; reservationIds: string[] };
    expect(new Set(payload.reservationIds).size).toBe(4);
    const booked = value('bookings.listReservations', { filter: { recurring: 'recurring', types: ['BLOCKED'] } }).rows;
    expect(booked.map((r) => [r.id, r.beginsAt, r.pending, r.seriesId])).toEqual(
      ['2026-12-03', '2026-12-17', '2026-12-24', '2026-12-31'].map((d, i) => [payload.reservationIds[i], at(`${d}T17:30`), true, payload.seriesId]),
    );
    // The series' own time is now taken.
    expect(errorCode(call('bookings.createStaffReservation', staffBooking('2026-12-17T18:00', '2026-12-17T19:00')))).toBe('reservation_time_taken');
  });

  it('ends a series from a date on (pending), and keeps the effects over a pull that brings other rows', () => {
    expect(value('bookings.endSeries', { seriesId: 'series-1', fromDate: '2026-12-10', action: 'cancel', denyReasonId: null, note: 'Kokoukset loppuvat' }, RESERVER).status).toBe('pending');
    const states = () => value('bookings.listReservations', { filter: { recurring: 'recurring' } }).rows.map((r) => [r.id, r.state, r.pending]);
    const expected = [
      ['res-staff-1', 'CONFIRMED', false],
      ['res-staff-2', 'CANCELLED', true],
      ['res-staff-3', 'CANCELLED', true],
    ];
    expect(states()).toEqual(expected);
    t.cache.applyChanges([put('reservation', { ...R.konsertti, name: 'Joulukonsertti' }, 2)], 'c2');
    expect(states()).toEqual(expected);
    expect(t.cache.pendingCommands(5).map((c) => [c.type, c.baseVersion])).toEqual([['bookings.endSeries', 1]]);
    expect(errorCode(call('bookings.endSeries', { seriesId: 'series-1', fromDate: '2026-12-10', action: 'cancel', denyReasonId: null, note: '' }, VIEWER))).toBe('forbidden');
  });
  it('previews and queues a reschedule of a series from a date on: moved occurrences keep their ids, the leftover ones are told', () => {
    const later = { seriesId: 'series-1', fromDate: '2026-12-10', endDate: '2026-12-24', beginTime: '14:00', endTime: '15:00', recurrenceInDays: 7, weekdays: ['THURSDAY'], skipDates: [] };
    const preview = value('bookings.previewReschedule', later);
    expect(preview.occurrences.map((o) => [o.date, o.change])).toEqual([
      ['2026-12-10', 'moved'],
      ['2026-12-17', 'moved'],
      ['2026-12-24', 'new'],
    ]);
    expect(preview.cancelled).toEqual([]);
    const fridays = value('bookings.previewReschedule', { ...later, weekdays: ['FRIDAY'] });
    expect(fridays.occurrences.map((o) => [o.date, o.change])).toEqual([
      ['2026-12-11', 'new'],
      ['2026-12-18', 'new'],
    ]);
    expect(fridays.cancelled.map((c) => [c.id, c.date])).toEqual([
      ['res-staff-2', '2026-12-10'],
      ['res-staff-3', '2026-12-17'],
    ]);
    expect(errorCode(call('bookings.previewReschedule', { ...later, endDate: '2026-12-01' }))).toBe('series_pattern_invalid');

    expect(errorCode(call('bookings.rescheduleSeries', { ...later, note: '' }, VIEWER))).toBe('forbidden');
    expect(value('bookings.rescheduleSeries', { ...later, note: 'Kokous siirtyy iltapäivään' }).status).toBe('pending');
    const [command] = t.cache.pendingCommands(5);
    expect([command!.type, command!.baseVersion]).toEqual(['bookings.rescheduleSeries', 1]);
    const ids = (command!.payload as { reservationIds: string[] }).reservationIds;
    expect(ids).toHaveLength(3);
    const rows = value('bookings.listReservations', { filter: { recurring: 'recurring' } }).rows.map((r) => [r.id, r.beginsAt, r.state, r.pending]);
    expect(rows).toEqual([
      ['res-staff-1', at('2026-12-03T12:00'), 'CONFIRMED', false],
      ['res-staff-2', at('2026-12-10T14:00'), 'CONFIRMED', true],
      ['res-staff-3', at('2026-12-17T14:00'), 'CONFIRMED', true],
      [ids[2], at('2026-12-24T14:00'), 'CONFIRMED', true],
    ]);
    // The same pattern again changes nothing, and says so.
    expect(errorCode(call('bookings.rescheduleSeries', { ...later, note: '' }))).toBe('series_nothing_to_reschedule');
  });
});
