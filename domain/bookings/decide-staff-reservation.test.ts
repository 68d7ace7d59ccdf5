import { describe, expect, it } from 'vitest';
import type { ReservationTiming } from './vocabulary.ts';
import type { BookingCommandPayload } from './commands.ts';
import { checkSlot, type ProposedSlot } from './conflicts.ts';
import { BOOKING_DECIDERS, type StaffReservationState } from './decide.ts';
import { booking } from './structure.test-support.ts';
import { ACTOR, at, ctx, PART1, puts, RELATIONS, refused, reservationsOf } from './staff-booking-fixtures.test-support.ts';

type Payload = BookingCommandPayload<'bookings.createStaffReservation'>;

const payload = (extra: Partial<Payload> = {}): Payload => ({
  reservationId: '7d1e0c4a-2b9f-4c6d-8e3a-5f4b2a1c9d80',
  reservationUnitId: 'u-part1',
  type: 'STAFF',
  beginsAt: at('2027-03-10T17:00:00+02:00'),
  endsAt: at('2027-03-10T19:00:00+02:00'),
  name: 'Henkilökunnan koulutus',
  description: '',
  bufferBeforeMin: null,
  bufferAfterMin: null,
  reservee: null,
  ...extra,
});

const REESE = { kind: 'individual' as const, firstName: 'Reijo', lastName: 'Virtanen', organisation: null, businessId: null, email: 'reijo@example.fi', phone: '+358401112223', language: 'sv' as const };

const state = (existing: ReservationTiming[] = [], more: Partial<StaffReservationState> = {}): StaffReservationState => ({
  reservationUnit: PART1,
  checkSlot: (slot: ProposedSlot) => checkSlot(slot, existing, RELATIONS),
  ...more,
});

const create = (s: StaffReservationState, p: Payload, c = ctx()) => BOOKING_DECIDERS['bookings.createStaffReservation'](s, p, c);

/** A booking of another unit on 2027-03-10, Helsinki winter time. */
const other = (unitId: string, from: string, to: string, more: Partial<ReservationTiming> = {}) =>
  booking(unitId, '2027-03-10', '00:00', '01:00', { beginsAt: at(`2027-03-10T${from}:00+02:00`), endsAt: at(`2027-03-10T${to}:00+02:00`), ...more });

describe('a staff booking', () => {
  it('is confirmed at once for the staff member, free, on the unit’s buffers, and tells no customer', () => {
    const d = create(state(), payload());
    const [r] = reservationsOf(d);
    expect(r).toMatchObject({
      id: '7d1e0c4a-2b9f-4c6d-8e3a-5f4b2a1c9d80',
      reservationUnitId: 'u-part1',
      unitId: 'unit-house',
      seriesId: null,
      state: 'CONFIRMED',
      type: 'STAFF',
      beginsAt: '2027-03-10T15:00:00.000Z',
      endsAt: '2027-03-10T17:00:00.000Z',
      bufferBeforeMin: 15,
      bufferAfterMin: 15,
      userId: ACTOR.id,
      reserveeFirstName: ACTOR.name,
      reserveeKind: 'individual',
      priceCents: 0,
      paymentStatus: null,
      paymentType: null,
      createdAt: '2027-03-01T08:00:00.000Z',
      confirmedAt: '2027-03-01T08:00:00.000Z',
      handledAt: '2027-03-01T08:00:00.000Z',
    });
    expect(puts(d)).toMatchObject([
      { entity: 'reservation', version: 1 },
      { entity: 'reservation_event', version: 1, record: { id: ctx().commandId, kind: 'created', fromState: null, toState: 'CONFIRMED', notifyCustomer: false, actorId: ACTOR.id } },
    ]);
  });

  it('skips the opening hours, the booking window and the duration limits', () => {
    // 10 minutes at 03:00, half a year ahead: shorter than the unit's 30 minutes, past its 90-day window.
    const d = create(state(), payload({ beginsAt: at('2027-09-01T03:00:00+03:00'), endsAt: at('2027-09-01T03:10:00+03:00') }));
    expect(reservationsOf(d)[0]).toMatchObject({ beginsAt: '2027-09-01T00:00:00.000Z', endsAt: '2027-09-01T00:10:00.000Z' });
  });

  it('on a customer’s behalf carries the reservee and the price in force on its day, paid on site', () => {
    const march = reservationsOf(create(state(), payload({ type: 'BEHALF', reservee: REESE })))[0]!;
    expect(march).toMatchObject({ type: 'BEHALF', userId: ACTOR.id, reserveeFirstName: 'Reijo', reserveeLastName: 'Virtanen', reserveeLanguage: 'sv', priceCents: 8000, undiscountedPriceCents: 8000, paymentType: 'ON_SITE', paymentStatus: 'PAID_MANUALLY', paymentDueAt: null });
    const june = reservationsOf(create(state(), payload({ type: 'BEHALF', reservee: REESE, beginsAt: at('2027-06-10T17:00:00+03:00'), endsAt: at('2027-06-10T19:00:00+03:00') })))[0]!;
    expect(june.priceCents).toBe(10000);
  });

  it('is refused when a related unit’s booking is in the way, naming it', () => {
    const hall = other('u-hall', '18:00', '20:00', { id: 'res-hall-gala' });
    const d = create(state([hall]), payload());
    expect(d).toMatchObject({
      ...refused('reservation_time_taken', 'conflict'),
      message: expect.stringContaining('res-hall-gala'),
      current: { free: false, blockers: [{ reservationId: 'res-hall-gala', reservationUnitId: 'u-hall', relation: 'space', cause: { kind: 'time' } }] },
    });
    // A sibling's booking at the same time is no obstacle.
    expect(create(state([other('u-part2', '17:00', '19:00')]), payload()).ok).toBe(true);
  });

  it('is refused when a buffer reaches the other booking, and says whose; BLOCKED ignores buffers', () => {
    const before = other('u-part1', '16:00', '16:50', { id: 'res-aamu' });
    expect(create(state([before]), payload())).toMatchObject({
      ...refused('reservation_time_taken', 'conflict'),
      current: { blockers: [{ reservationId: 'res-aamu', cause: { kind: 'buffer', whose: 'existing', side: 'after', minutes: 15 } }] },
    });
    // With its own buffer switched off the existing booking's buffer still blocks; only BLOCKED ignores both.
    expect(create(state([before]), payload({ bufferBeforeMin: 0 })).ok).toBe(false);
    const blocked = reservationsOf(create(state([before]), payload({ type: 'BLOCKED', bufferBeforeMin: 30, bufferAfterMin: 30 })))[0]!;
    expect(blocked).toMatchObject({ type: 'BLOCKED', bufferBeforeMin: 0, bufferAfterMin: 0, priceCents: 0, paymentStatus: null });
  });

  it('never skips the conflict check, even for BLOCKED time over a booking', () => {
    expect(create(state([other('u-corner1', '18:00', '18:30')]), payload({ type: 'BLOCKED' }))).toMatchObject(refused('reservation_time_taken', 'conflict'));
  });

  it('needs a reservee for BEHALF and none for STAFF and BLOCKED, complete for an organisation', () => {
    expect(create(state(), payload({ type: 'BEHALF' }))).toMatchObject(refused('reservation_reservee_required'));
    expect(create(state(), payload({ type: 'STAFF', reservee: REESE }))).toMatchObject(refused('reservation_reservee_not_allowed'));
    expect(create(state(), payload({ type: 'BLOCKED', reservee: REESE }))).toMatchObject(refused('reservation_reservee_not_allowed'));
    expect(create(state(), payload({ type: 'BEHALF', reservee: { ...REESE, kind: 'company', organisation: 'Oy Ab' } }))).toMatchObject(refused('reservation_reservee_incomplete'));
    expect(create(state(), payload({ type: 'BEHALF', reservee: { ...REESE, kind: 'association' } }))).toMatchObject(refused('reservation_reservee_incomplete'));
    expect(reservationsOf(create(state(), payload({ type: 'BEHALF', reservee: { ...REESE, kind: 'company', organisation: 'Oy Ab', businessId: '1234567-8' } })))[0]).toMatchObject({ reserveeOrganisation: 'Oy Ab', reserveeBusinessId: '1234567-8' });
  });

  it('refuses a time that ends before it begins, is too long, or begins in the past', () => {
    expect(create(state(), payload({ endsAt: payload().beginsAt }))).toMatchObject(refused('reservation_ends_before_begins'));
    expect(create(state(), payload({ type: 'BLOCKED', endsAt: at('2027-06-09T17:00:00+03:00') })).ok).toBe(true);
    expect(create(state(), payload({ type: 'BLOCKED', endsAt: at('2028-03-10T19:00:00+02:00') }))).toMatchObject(refused('reservation_too_long'));
    expect(create(state(), payload(), ctx({ now: '2027-03-10T17:30:00+02:00' }))).toMatchObject(refused('reservation_in_past'));
  });

  it('is refused for a unit the caller did not find, or another than the payload names', () => {
    expect(create(state([], { reservationUnit: null }), payload())).toMatchObject(refused('not_found'));
    expect(create(state(), payload({ reservationUnitId: 'u-hall' }))).toMatchObject(refused('not_found'));
  });
});
