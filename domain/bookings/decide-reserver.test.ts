import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import type { Reservation } from './entities.ts';
import { BOOKING_DECIDERS, type ReservationCommandState } from './decide.ts';
import { DENY_REASONS, reservation } from './handling-fixtures.test-support.ts';
import { refused } from './staff-booking-fixtures.test-support.ts';

// A reserver on the unit: they made their own booking of 2026-12-10, not the customer's.
const ctx: CommandContext = { commandId: 'cmd-0002', actor: { id: 'u-raili', name: 'Raili Varaaja' }, now: '2026-12-01T14:00:00+02:00', recordedAt: null, today: '2026-12-01', baseVersion: 4 };

const state = (extra: Partial<Reservation>, own = true): ReservationCommandState => ({
  reservation: { record: reservation(extra), version: 4 },
  denyReasons: DENY_REASONS,
  checkSlot: () => ({ free: true, blockers: [] }),
  actorMayOnlyTouchOwn: own,
});

const commands = (s: ReservationCommandState) => [
  BOOKING_DECIDERS['bookings.approveReservation'](s, { reservationId: 'res-1001', note: 'ok' }, ctx),
  BOOKING_DECIDERS['bookings.denyReservation'](s, { reservationId: 'res-1001', denyReasonId: 'deny-overlap', note: 'ei' }, ctx),
  BOOKING_DECIDERS['bookings.returnToHandling']({ ...s, reservation: { ...s.reservation!, record: { ...s.reservation!.record, state: 'CONFIRMED' } } }, { reservationId: 'res-1001' }, ctx),
  BOOKING_DECIDERS['bookings.cancelReservation']({ ...s, reservation: { ...s.reservation!, record: { ...s.reservation!.record, state: 'CONFIRMED' } } }, { reservationId: 'res-1001', reason: 'OTHER', details: '' }, ctx),
];

describe('a reserver', () => {
  it('cannot approve, deny, return or cancel a booking someone else made', () => {
    for (const d of commands(state({ userId: 'customer-1' }))) expect(d).toMatchObject({ ...refused('not_your_booking'), message: expect.stringContaining('res-1001') });
    // A booking nobody signed in made (an imported one) is not theirs either.
    for (const d of commands(state({ userId: null }))) expect(d).toMatchObject(refused('not_your_booking'));
  });

  it('acts on their own bookings as a handler does', () => {
    for (const d of commands(state({ userId: 'u-raili' }))) expect(d.ok).toBe(true);
  });

  it('is not limited when the caller does not ask for it (handlers and admins)', () => {
    for (const d of commands(state({ userId: 'customer-1' }, false))) expect(d.ok).toBe(true);
  });
});
