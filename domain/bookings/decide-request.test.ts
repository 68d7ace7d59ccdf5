import { describe, expect, it } from 'vitest';
import type { ReservationTiming } from './vocabulary.ts';
import { checkSlot, type ProposedSlot } from './conflicts.ts';
import { BOOKING_DECIDERS } from './decide.ts';
import { RequestReservationPayload, type ReservationRequestState } from './decide-request.ts';
import { booking } from './structure.test-support.ts';
import { at, ctx, PART1, puts, RELATIONS, refused, reservationsOf } from './staff-booking-fixtures.test-support.ts';

type Payload = RequestReservationPayload;

const KIOSK = { id: '6a1f3c52-7d41-4c0e-9b1a-000000000041', name: 'Kiosk Oodi 1' };
const c = (extra: Parameters<typeof ctx>[0] = {}) => ctx({ actor: KIOSK, ...extra });

const payload = (extra: Partial<Payload> = {}): Payload => ({
  reservationId: '7d1e0c4a-2b9f-4c6d-8e3a-5f4b2a1c9d81',
  reservationUnitId: 'u-part1',
  beginsAt: at('2027-03-10T17:00:00+02:00'),
  endsAt: at('2027-03-10T19:00:00+02:00'),
  numPersons: 6,
  purpose: 'Lukupiirin tapaaminen',
  reservee: { name: 'Aada Asiakas', email: 'aada@example.fi', phone: '040 765 4321' },
  language: 'sv',
  ...extra,
});

const OPEN = [{ begin: '08:00', end: '21:00' }];
const state = (existing: ReservationTiming[] = [], more: Partial<ReservationRequestState> = {}): ReservationRequestState => ({
  reservationUnit: PART1,
  openingHours: OPEN,
  checkSlot: (slot: ProposedSlot) => checkSlot(slot, existing, RELATIONS),
  ...more,
});

const request = (s: ReservationRequestState, p: Payload = payload(), cx = c()) => BOOKING_DECIDERS['bookings.requestReservation'](s, p, cx);

describe('a space booking request from a kiosk', () => {
  it('lands in the handling queue as the customer\'s NORMAL booking, booked by the terminal, priced, on the unit\'s buffers', () => {
    const d = request(state());
    const [r] = reservationsOf(d);
    expect(r).toMatchObject({
      state: 'REQUIRES_HANDLING',
      type: 'NORMAL',
      userId: KIOSK.id,
      reserveeFirstName: 'Aada Asiakas',
      reserveeEmail: 'aada@example.fi',
      reserveePhone: '040 765 4321',
      reserveeLanguage: 'sv',
      partySize: 6,
      name: 'Lukupiirin tapaaminen',
      bufferBeforeMin: 15,
      bufferAfterMin: 15,
      priceCents: 8000,
      paymentStatus: null,
      confirmedAt: null,
      handledAt: null,
    });
    const event = puts(d).find((p) => p.entity === 'reservation_event')!.record;
    expect(event).toMatchObject({ kind: 'created', actorId: KIOSK.id, actorName: KIOSK.name, toState: 'REQUIRES_HANDLING', notifyCustomer: true });
  });

  it('waits for a handler even where the unit would confirm at once', () => {
    const [r] = reservationsOf(request(state([], { reservationUnit: { ...PART1, requiresHandling: false } })));
    expect(r!.state).toBe('REQUIRES_HANDLING');
  });

  it('refuses an unknown space, a season-only, unpublished or closed one', () => {
    expect(request(state([], { reservationUnit: null }))).toMatchObject(refused('not_found'));
    expect(request(state([], { reservationUnit: { ...PART1, reservationKind: 'SEASON' } }))).toMatchObject(refused('kiosk_space_not_bookable'));
    expect(request(state([], { reservationUnit: { ...PART1, publishEndsAt: '2027-02-01T00:00:00Z' } }))).toMatchObject(refused('kiosk_space_not_bookable'));
    expect(request(state([], { reservationUnit: { ...PART1, reservationBeginsAt: '2027-04-01T00:00:00Z' } }))).toMatchObject(refused('kiosk_space_not_bookable'));
  });

  it('keeps to the durations and the start times', () => {
    expect(request(state(), payload({ endsAt: at('2027-03-10T17:15:00+02:00') }))).toMatchObject(refused('kiosk_duration_not_allowed'));
    expect(request(state(), payload({ endsAt: at('2027-03-10T21:00:00+02:00'), beginsAt: at('2027-03-10T16:30:00+02:00') }))).toMatchObject(refused('kiosk_duration_not_allowed'));
    expect(request(state(), payload({ beginsAt: at('2027-03-10T17:10:00+02:00'), endsAt: at('2027-03-10T18:40:00+02:00') }))).toMatchObject(refused('kiosk_start_not_allowed'));
    // Start times run from the opening: with doors at 08:15, 17:15 is one and 17:00 is not.
    const quarter = state([], { openingHours: [{ begin: '08:15', end: '21:00' }] });
    expect(request(quarter)).toMatchObject(refused('kiosk_start_not_allowed'));
    expect(reservationsOf(request(quarter, payload({ beginsAt: at('2027-03-10T17:15:00+02:00'), endsAt: at('2027-03-10T19:15:00+02:00') })))).toHaveLength(1);
  });

  it('keeps to the days before: not today with one day\'s notice, not past the booking horizon', () => {
    expect(request(state(), payload({ beginsAt: at('2027-03-01T17:00:00+02:00'), endsAt: at('2027-03-01T18:00:00+02:00') }))).toMatchObject(refused('kiosk_outside_booking_window'));
    expect(reservationsOf(request(state(), payload({ beginsAt: at('2027-03-02T08:00:00+02:00'), endsAt: at('2027-03-02T09:00:00+02:00') })))).toHaveLength(1);
    expect(request(state(), payload({ beginsAt: at('2027-06-01T17:00:00+03:00'), endsAt: at('2027-06-01T18:00:00+03:00') }))).toMatchObject(refused('kiosk_outside_booking_window'));
  });

  it('keeps within the opening hours, and refuses a day whose hours are not known', () => {
    expect(request(state(), payload({ beginsAt: at('2027-03-10T20:00:00+02:00'), endsAt: at('2027-03-10T22:00:00+02:00') }))).toMatchObject(refused('kiosk_outside_opening_hours'));
    expect(request(state([], { openingHours: [] }))).toMatchObject(refused('kiosk_outside_opening_hours'));
    expect(request(state([], { openingHours: null }))).toMatchObject(refused('kiosk_outside_opening_hours'));
  });

  it('keeps to the number of persons', () => {
    expect(request(state(), payload({ numPersons: 13 }))).toMatchObject(refused('kiosk_party_size'));
    expect(request(state([], { reservationUnit: { ...PART1, minPersons: 8 } }))).toMatchObject(refused('kiosk_party_size'));
  });

  it('refuses the past and a time that ends before it begins', () => {
    expect(request(state(), payload({ endsAt: at('2027-03-10T16:00:00+02:00') }))).toMatchObject(refused('reservation_ends_before_begins'));
    expect(request(state(), payload({ beginsAt: at('2027-02-27T17:00:00+02:00'), endsAt: at('2027-02-27T18:00:00+02:00') }))).toMatchObject(refused('reservation_in_past'));
  });

  it('refuses a time taken by a related booking or its buffer, naming no booking to the customer', () => {
    const taken = request(state([booking('u-hall', '2027-03-10', '18:00', '20:00', { beginsAt: at('2027-03-10T18:00:00+02:00'), endsAt: at('2027-03-10T20:00:00+02:00') })]));
    expect(taken).toMatchObject(refused('reservation_time_taken', 'conflict'));
    expect(taken).not.toHaveProperty('current');
    // Our 15-minute buffer after 19:00 reaches a booking at 19:10 of part 1 itself.
    const buffer = request(state([booking('u-part1', '2027-03-10', '19:10', '20:00', { beginsAt: at('2027-03-10T19:10:00+02:00'), endsAt: at('2027-03-10T20:00:00+02:00') })]));
    expect(buffer).toMatchObject(refused('reservation_time_taken', 'conflict'));
    // A cancelled booking holds no time.
    const cancelled = booking('u-hall', '2027-03-10', '18:00', '20:00', { state: 'CANCELLED', beginsAt: at('2027-03-10T18:00:00+02:00'), endsAt: at('2027-03-10T20:00:00+02:00') });
    expect(reservationsOf(request(state([cancelled])))).toHaveLength(1);
  });
});

describe('the request payload', () => {
  it('refuses a missing contact, a bad address or a crowd, and defaults the language to Finnish', () => {
    const { language: _l, ...noLanguage } = payload();
    expect(RequestReservationPayload.parse(noLanguage).language).toBe('fi');
    expect(RequestReservationPayload.safeParse({ ...payload(), reservee: { name: '', email: 'a@b.fi', phone: '' } }).success).toBe(false);
    expect(RequestReservationPayload.safeParse({ ...payload(), reservee: { name: 'A', email: 'not-an-address', phone: '' } }).success).toBe(false);
    expect(RequestReservationPayload.safeParse({ ...payload(), numPersons: 0 }).success).toBe(false);
    expect(RequestReservationPayload.safeParse({ ...payload(), reservationId: 'not-a-uuid' }).success).toBe(false);
  });
});
