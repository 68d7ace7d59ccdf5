import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import type { ReservationTiming } from './vocabulary.ts';
import { BOOKING_ENTITIES, type Reservation } from './entities.ts';
import { BOOKING_COMMANDS } from './commands.ts';
import { BOOKING_DECIDERS, type BookingDecision, type ReservationCommandState, type CheckSlot } from './decide.ts';
import { DENY_REASONS, reservation } from './handling-fixtures.test-support.ts';

// The booking runs 2026-12-10 15:00–17:00 UTC; the handler acts nine days before.
const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: 'cmd-0001',
  actor: { id: 'u-hanna', name: 'Hanna Käsittelijä' },
  now: '2026-12-01T14:00:00+02:00',
  recordedAt: null,
  today: '2026-12-01',
  baseVersion: 4,
  ...extra,
});
const ENDED = ctx({ now: '2026-12-10T17:00:00Z' });
const STARTED = ctx({ now: '2026-12-10T15:30:00Z' });

const state = (extra: Partial<Reservation> = {}, more: Partial<ReservationCommandState> = {}): ReservationCommandState => ({
  reservation: { record: reservation(extra), version: 4 },
  denyReasons: DENY_REASONS,
  ...more,
});

const approve = (s: ReservationCommandState, more = {}, c = ctx()) =>
  BOOKING_DECIDERS['bookings.approveReservation'](s, { reservationId: 'res-1001', note: 'Hyväksytty yhdistyksen kokoukseen.', ...more }, c);
const deny = (s: ReservationCommandState, more = {}, c = ctx()) =>
  BOOKING_DECIDERS['bookings.denyReservation'](s, { reservationId: 'res-1001', denyReasonId: 'deny-overlap', note: 'Sali on remontissa.', ...more }, c);
const returnToHandling = (s: ReservationCommandState, c = ctx()) => BOOKING_DECIDERS['bookings.returnToHandling'](s, { reservationId: 'res-1001' }, c);
const cancel = (s: ReservationCommandState, c = ctx()) =>
  BOOKING_DECIDERS['bookings.cancelReservation'](s, { reservationId: 'res-1001', reason: 'CHANGE_OF_PLANS', details: 'Asiakas soitti.' }, c);

/** The reservation a decision writes, after checking every put is a valid record of its entity. */
function written(d: BookingDecision): Reservation {
  if (!d.ok) throw new Error(`refused: ${d.code} ${d.message}`);
  for (const put of d.puts) BOOKING_ENTITIES[put.entity].schema.parse(put.record);
  const put = d.puts.find((p) => p.entity === 'reservation');
  if (!put || put.entity !== 'reservation') throw new Error('no reservation written');
  return put.record;
}

const refused = (code: string) => ({ ok: false, status: 'rejected', code });

describe('approve', () => {
  it('confirms a request with the handler’s note, records who did it and asks for payment by the due date', () => {
    const d = approve(state());
    expect(written(d)).toMatchObject({ state: 'CONFIRMED', handledAt: '2026-12-01T12:00:00.000Z', confirmedAt: '2026-12-01T12:00:00.000Z', handlingNote: 'Hyväksytty yhdistyksen kokoukseen.', priceCents: 8000, subsidised: false, paymentStatus: 'PENDING', paymentDueAt: '2026-12-04T12:00:00.000Z' });
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'reservation', version: 5 }, { entity: 'reservation_event', version: 1, record: { id: 'cmd-0001', kind: 'approved', fromState: 'REQUIRES_HANDLING', toState: 'CONFIRMED', actorName: 'Hanna Käsittelijä', notifyCustomer: true, at: ctx().now } }] });
  });

  it('sets a subsidised price keeping the undiscounted one, or makes it free with nothing to pay', () => {
    expect(written(approve(state(), { finalPriceCents: 2000 }))).toMatchObject({ priceCents: 2000, undiscountedPriceCents: 8000, subsidised: true, paymentStatus: 'PENDING' });
    expect(written(approve(state(), { finalPriceCents: 0 }))).toMatchObject({ priceCents: 0, undiscountedPriceCents: 8000, subsidised: true, paymentStatus: null, paymentType: null, paymentDueAt: null });
  });

  it('makes it pay on site when the start is under two hours away', () => {
    expect(written(approve(state(), {}, ctx({ now: '2026-12-10T13:30:00Z' })))).toMatchObject({ paymentStatus: 'PAID_MANUALLY', paymentType: 'ON_SITE', paymentDueAt: null });
  });

  it('refuses a price above the full one, and any price change of a paid booking', () => {
    expect(approve(state(), { finalPriceCents: 9000 })).toMatchObject(refused('reservation_price_above_full'));
    expect(approve(state({ paymentStatus: 'PAID' }), { finalPriceCents: 2000 })).toMatchObject(refused('reservation_price_locked'));
    expect(written(approve(state({ paymentStatus: 'PAID' }), { finalPriceCents: 8000 }))).toMatchObject({ state: 'CONFIRMED', paymentStatus: 'PAID', paymentDueAt: null });
  });

  it('is refused from every state but REQUIRES_HANDLING, and after the end', () => {
    for (const s of ['CREATED', 'CONFIRMED', 'DENIED', 'CANCELLED'] as const) expect(approve(state({ state: s }))).toMatchObject(refused('reservation_wrong_state'));
    expect(approve(state({ state: 'WAITING_FOR_PAYMENT' }))).toMatchObject(refused('reservation_awaiting_payment'));
    expect(approve(state(), {}, ENDED)).toMatchObject(refused('reservation_ended'));
    expect(approve(state(), {}, STARTED).ok).toBe(true);
  });
});

describe('deny', () => {
  it('denies a request with a reason from the list and a staff-only note, cancelling an unpaid order', () => {
    const d = deny(state({ paymentStatus: 'PENDING', paymentDueAt: '2026-12-04T12:00:00.000Z' }));
    expect(written(d)).toMatchObject({ state: 'DENIED', denyReasonId: 'deny-overlap', handlingNote: 'Sali on remontissa.', handledAt: '2026-12-01T12:00:00.000Z', paymentStatus: 'CANCELLED', paymentDueAt: null });
    expect(d).toMatchObject({ ok: true, puts: [{}, { record: { kind: 'denied', fromState: 'REQUIRES_HANDLING', toState: 'DENIED', note: 'Sali on remontissa.' } }] });
  });

  it('refuses a reason that is not on the managed list or was retired', () => {
    expect(deny(state(), { denyReasonId: 'deny-made-up' })).toMatchObject(refused('deny_reason_unknown'));
    expect(deny(state(), { denyReasonId: 'deny-retired' })).toMatchObject(refused('deny_reason_unknown'));
    expect(deny(state({}, { denyReasons: undefined }))).toMatchObject(refused('deny_reason_unknown'));
  });

  it('makes the handler choose refund or no refund for a paid booking, and does what was chosen', () => {
    const paid = state({ state: 'CONFIRMED', paymentStatus: 'PAID' });
    expect(deny(paid)).toMatchObject(refused('reservation_refund_choice_required'));
    expect(written(deny(paid, { refund: true }))).toMatchObject({ state: 'DENIED', paymentStatus: 'REFUNDED' });
    expect(written(deny(paid, { refund: false }))).toMatchObject({ state: 'DENIED', paymentStatus: 'PAID' });
    // Refunding an invoiced booking cancels the invoice.
    expect(written(deny(state({ state: 'CONFIRMED', paymentStatus: 'PAID_BY_INVOICE' }), { refund: true }))).toMatchObject({ paymentStatus: 'CANCELLED' });
  });

  it('denies a request even after its end, a confirmed booking only before', () => {
    expect(written(deny(state(), {}, ENDED)).state).toBe('DENIED');
    expect(written(deny(state({ state: 'CONFIRMED' }), {}, STARTED)).state).toBe('DENIED');
    expect(deny(state({ state: 'CONFIRMED' }), {}, ENDED)).toMatchObject(refused('reservation_ended'));
  });

  it('is refused from CREATED, DENIED, CANCELLED and WAITING_FOR_PAYMENT', () => {
    for (const s of ['CREATED', 'DENIED', 'CANCELLED'] as const) expect(deny(state({ state: s }))).toMatchObject(refused('reservation_wrong_state'));
    expect(deny(state({ state: 'WAITING_FOR_PAYMENT' }))).toMatchObject(refused('reservation_awaiting_payment'));
  });
});

describe('return to handling', () => {
  const free: CheckSlot = () => ({ free: true, blockers: [] });

  it('returns a confirmed booking to handling, cancelling its unpaid order but keeping a paid one', () => {
    expect(written(returnToHandling(state({ state: 'CONFIRMED', paymentStatus: 'PENDING', paymentDueAt: '2026-12-04T12:00:00.000Z' })))).toMatchObject({ state: 'REQUIRES_HANDLING', paymentStatus: 'CANCELLED', paymentDueAt: null });
    expect(written(returnToHandling(state({ state: 'CONFIRMED', paymentStatus: 'PAID' })))).toMatchObject({ state: 'REQUIRES_HANDLING', paymentStatus: 'PAID' });
  });

  it('returns a denied booking only when its time is still free, checking the booking itself', () => {
    const seen: ReservationTiming[] = [];
    const check: CheckSlot = (candidate) => (seen.push(candidate), { free: true, blockers: [] });
    const d = returnToHandling(state({ state: 'DENIED', denyReasonId: 'deny-overlap' }, { checkSlot: check }));
    expect(written(d)).toMatchObject({ state: 'REQUIRES_HANDLING', denyReasonId: null });
    expect(seen.map((c) => [c.id, c.beginsAt, c.endsAt])).toEqual([['res-1001', '2026-12-10T15:00:00.000Z', '2026-12-10T17:00:00.000Z']]);
    expect(d).toMatchObject({ ok: true, puts: [{}, { record: { kind: 'returned_to_handling', fromState: 'DENIED', toState: 'REQUIRES_HANDLING' } }] });
  });

  it('is a conflict naming the booking in the way when the denied booking’s time was taken', () => {
    const taken: CheckSlot = () => ({ free: false, blockers: [{ reservationId: 'res-2002' }] });
    expect(returnToHandling(state({ state: 'DENIED' }, { checkSlot: taken }))).toMatchObject({ ok: false, status: 'conflict', code: 'reservation_slot_taken', message: expect.stringContaining('res-2002'), current: { free: false, blockers: [{ reservationId: 'res-2002' }] } });
  });

  it('does not consult the conflict check for a confirmed booking, which still holds its time', () => {
    const never: CheckSlot = () => ({ free: false, blockers: [{ reservationId: 'itself' }] });
    expect(written(returnToHandling(state({ state: 'CONFIRMED' }, { checkSlot: never }))).state).toBe('REQUIRES_HANDLING');
  });

  it('is refused after the end and from any other state', () => {
    for (const s of ['CONFIRMED', 'DENIED'] as const) expect(returnToHandling(state({ state: s }, { checkSlot: free }), ENDED)).toMatchObject(refused('reservation_ended'));
    for (const s of ['CREATED', 'REQUIRES_HANDLING', 'CANCELLED'] as const) expect(returnToHandling(state({ state: s }))).toMatchObject(refused('reservation_wrong_state'));
    expect(returnToHandling(state({ state: 'WAITING_FOR_PAYMENT' }))).toMatchObject(refused('reservation_awaiting_payment'));
  });

  it('cannot decide a denied booking without the conflict check: that is the caller’s mistake, not a refusal', () => {
    expect(() => returnToHandling(state({ state: 'DENIED' }))).toThrow(/conflict check/);
  });
});

describe('cancel', () => {
  it('cancels a confirmed booking with the reason, refunding a webshop payment', () => {
    const d = cancel(state({ state: 'CONFIRMED', paymentStatus: 'PAID' }));
    expect(written(d)).toMatchObject({ state: 'CANCELLED', cancelReason: 'CHANGE_OF_PLANS', cancelDetails: 'Asiakas soitti.', paymentStatus: 'REFUNDED' });
    expect(d).toMatchObject({ ok: true, puts: [{}, { record: { kind: 'cancelled', toState: 'CANCELLED', notifyCustomer: true } }] });
  });

  it('cancels staff bookings without telling anyone', () => {
    for (const type of ['STAFF', 'BEHALF', 'BLOCKED'] as const) {
      const d = cancel(state({ state: 'CONFIRMED', type, priceCents: 0, undiscountedPriceCents: 0 }));
      expect(d).toMatchObject({ ok: true, puts: [{ record: { state: 'CANCELLED' } }, { record: { notifyCustomer: false } }] });
    }
  });

  it('refuses a paid seasonal booking, one that has started, and every state but CONFIRMED', () => {
    expect(cancel(state({ state: 'CONFIRMED', type: 'SEASONAL', paymentStatus: 'PAID' }))).toMatchObject(refused('reservation_seasonal_paid'));
    expect(written(cancel(state({ state: 'CONFIRMED', type: 'SEASONAL', paymentStatus: 'PENDING' }))).paymentStatus).toBe('CANCELLED');
    expect(cancel(state({ state: 'CONFIRMED' }), STARTED)).toMatchObject(refused('reservation_started'));
    for (const s of ['CREATED', 'REQUIRES_HANDLING', 'DENIED', 'CANCELLED'] as const) expect(cancel(state({ state: s }))).toMatchObject(refused('reservation_wrong_state'));
    expect(cancel(state({ state: 'WAITING_FOR_PAYMENT' }))).toMatchObject(refused('reservation_awaiting_payment'));
  });
});

describe('every handler command', () => {
  it('is a conflict with the current reservation when someone else changed it first', () => {
    const s = state({ state: 'CONFIRMED' }, { checkSlot: () => ({ free: true, blockers: [] }) });
    for (const d of [approve(state(), {}, ctx({ baseVersion: 3 })), deny(s, {}, ctx({ baseVersion: 3 })), returnToHandling(s, ctx({ baseVersion: 3 })), cancel(s, ctx({ baseVersion: 3 }))]) {
      expect(d).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version', current: { version: 4, reservation: { id: 'res-1001' } } });
    }
  });

  it('is refused for a reservation that does not exist', () => {
    const none: ReservationCommandState = { reservation: null };
    for (const d of [approve(none), deny(none), returnToHandling(none), cancel(none)]) expect(d).toMatchObject(refused('not_found'));
  });

  it('refuses bad payloads with a clear message before anything is decided', () => {
    const approvePayload = BOOKING_COMMANDS['bookings.approveReservation'].payload;
    const issues = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);
    expect(issues(approvePayload.safeParse({ reservationId: 'res-1', note: '   ' }))).toEqual(['Write a note on the decision.']);
    expect(issues(approvePayload.safeParse({ reservationId: 'res-1', note: 'ok', finalPriceCents: -1 }))).toEqual(['A price cannot be negative.']);
    expect(issues(approvePayload.safeParse({ reservationId: 'res-1', note: 'ok', finalPriceCents: 12.5 }))).toEqual(['A price is counted in whole cents.']);
    expect(approvePayload.parse({ reservationId: 'res-1', note: '  ok  ' }).note).toBe('ok');
    expect(BOOKING_COMMANDS['bookings.denyReservation'].payload.safeParse({ reservationId: 'res-1', denyReasonId: '', note: 'x' }).success).toBe(false);
    expect(BOOKING_COMMANDS['bookings.cancelReservation'].payload.safeParse({ reservationId: 'res-1', reason: 'NOT_PAID', details: '' }).success).toBe(false);
    expect(BOOKING_COMMANDS['bookings.returnToHandling'].payload.safeParse({ reservationId: 'res-1\u0000' }).success).toBe(false);
  });
});
