import { describe, expect, it } from 'vitest';
import { RESERVATION_STATES, RESERVATION_TYPES } from './vocabulary.ts';
import type { Reservation } from './entities.ts';
import { allowedHandlerActions, handlerActionRefusal, HANDLER_ACTIONS } from './transitions.ts';
import { reservation } from './handling-fixtures.test-support.ts';

// The booking runs 2026-12-10 17:00–19:00 in Helsinki (15:00–17:00 UTC).
const BEFORE = '2026-12-01T12:00:00.000Z';
const DURING = '2026-12-10T16:00:00.000Z';
const AFTER = '2026-12-10T17:00:00.000Z'; // the end itself: ended
const r = (extra: Partial<Reservation> = {}) => reservation(extra);

describe('who can act on a reservation (brief 3.1)', () => {
  it('changes nothing of a booking waiting for payment, whatever the action or time', () => {
    for (const action of HANDLER_ACTIONS) {
      for (const now of [BEFORE, DURING, AFTER]) expect(handlerActionRefusal(action, r({ state: 'WAITING_FOR_PAYMENT', paymentStatus: 'DRAFT' }), now)).toBe('reservation_awaiting_payment');
    }
  });

  it('approves only a request in handling, and only before it ends', () => {
    expect(handlerActionRefusal('approve', r(), BEFORE)).toBeNull();
    expect(handlerActionRefusal('approve', r(), DURING)).toBeNull();
    expect(handlerActionRefusal('approve', r(), AFTER)).toBe('reservation_ended');
    for (const state of ['CREATED', 'CONFIRMED', 'DENIED', 'CANCELLED'] as const) expect(handlerActionRefusal('approve', r({ state }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('denies a request at any time, a confirmed booking only before its end', () => {
    for (const now of [BEFORE, DURING, AFTER]) expect(handlerActionRefusal('deny', r(), now)).toBeNull();
    expect(handlerActionRefusal('deny', r({ state: 'CONFIRMED' }), DURING)).toBeNull();
    expect(handlerActionRefusal('deny', r({ state: 'CONFIRMED' }), AFTER)).toBe('reservation_ended');
    for (const state of ['CREATED', 'DENIED', 'CANCELLED'] as const) expect(handlerActionRefusal('deny', r({ state }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('returns a confirmed or denied booking to handling before its end', () => {
    for (const state of ['CONFIRMED', 'DENIED'] as const) {
      expect(handlerActionRefusal('returnToHandling', r({ state }), DURING)).toBeNull();
      expect(handlerActionRefusal('returnToHandling', r({ state }), AFTER)).toBe('reservation_ended');
    }
    for (const state of ['CREATED', 'REQUIRES_HANDLING', 'CANCELLED'] as const) expect(handlerActionRefusal('returnToHandling', r({ state }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('cancels a confirmed booking of any type before it starts, except a paid seasonal one', () => {
    for (const type of RESERVATION_TYPES) {
      expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type }), BEFORE)).toBeNull();
      expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type }), DURING)).toBe('reservation_started');
      expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type }), AFTER)).toBe('reservation_started');
    }
    expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type: 'SEASONAL', paymentStatus: 'PAID' }), BEFORE)).toBe('reservation_seasonal_paid');
    expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type: 'SEASONAL', paymentStatus: 'PAID_BY_INVOICE' }), BEFORE)).toBe('reservation_seasonal_paid');
    expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type: 'SEASONAL', paymentStatus: 'PENDING' }), BEFORE)).toBeNull();
    expect(handlerActionRefusal('cancel', r({ state: 'CONFIRMED', type: 'NORMAL', paymentStatus: 'PAID' }), BEFORE)).toBeNull();
    for (const state of ['CREATED', 'REQUIRES_HANDLING', 'DENIED', 'CANCELLED'] as const) expect(handlerActionRefusal('cancel', r({ state }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('moves a confirmed booking until the end of its Helsinki day, and yesterday’s until 00:59', () => {
    const confirmed = r({ state: 'CONFIRMED' });
    expect(handlerActionRefusal('editTime', confirmed, AFTER)).toBeNull();
    expect(handlerActionRefusal('editTime', confirmed, '2026-12-10T21:59:00.000Z')).toBeNull(); // 23:59 in Helsinki
    expect(handlerActionRefusal('editTime', confirmed, '2026-12-10T22:59:00.000Z')).toBeNull(); // 00:59 the next day
    expect(handlerActionRefusal('editTime', confirmed, '2026-12-10T23:00:00.000Z')).toBe('reservation_edit_closed'); // 01:00
    for (const state of ['REQUIRES_HANDLING', 'DENIED', 'CANCELLED'] as const) expect(handlerActionRefusal('editTime', r({ state }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('refunds only a cancelled or denied booking that cost something and was paid', () => {
    for (const state of ['CANCELLED', 'DENIED'] as const) {
      expect(handlerActionRefusal('refund', r({ state, paymentStatus: 'PAID' }), AFTER)).toBeNull();
      expect(handlerActionRefusal('refund', r({ state, paymentStatus: 'PAID_BY_INVOICE' }), AFTER)).toBeNull();
      for (const paymentStatus of [null, 'PENDING', 'PAID_MANUALLY', 'REFUNDED'] as const) expect(handlerActionRefusal('refund', r({ state, paymentStatus }), BEFORE)).toBe('reservation_not_paid');
      expect(handlerActionRefusal('refund', r({ state, paymentStatus: 'PAID', priceCents: 0, undiscountedPriceCents: 0 }), BEFORE)).toBe('reservation_free');
    }
    expect(handlerActionRefusal('refund', r({ state: 'CONFIRMED', paymentStatus: 'PAID' }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('marks paid a confirmed booking whose order is open, expired or cancelled', () => {
    for (const paymentStatus of ['DRAFT', 'PENDING', 'EXPIRED', 'CANCELLED'] as const) expect(handlerActionRefusal('markPaid', r({ state: 'CONFIRMED', paymentStatus }), BEFORE)).toBeNull();
    for (const paymentStatus of [null, 'PAID', 'PAID_BY_INVOICE', 'PAID_MANUALLY', 'REFUNDED'] as const) expect(handlerActionRefusal('markPaid', r({ state: 'CONFIRMED', paymentStatus }), BEFORE)).toBe('reservation_payment_not_markable');
    expect(handlerActionRefusal('markPaid', r({ state: 'CONFIRMED', paymentStatus: 'PENDING', priceCents: 0, undiscountedPriceCents: 0 }), BEFORE)).toBe('reservation_free');
    expect(handlerActionRefusal('markPaid', r({ paymentStatus: 'PENDING' }), BEFORE)).toBe('reservation_wrong_state');
  });

  it('lists the buttons of the detail page for each state', () => {
    const lists = Object.fromEntries(RESERVATION_STATES.map((state) => [state, allowedHandlerActions(r({ state, paymentStatus: 'PENDING' }), BEFORE)]));
    expect(lists).toEqual({
      CREATED: [],
      WAITING_FOR_PAYMENT: [],
      REQUIRES_HANDLING: ['approve', 'deny'],
      CONFIRMED: ['deny', 'returnToHandling', 'cancel', 'editTime', 'markPaid'],
      DENIED: ['returnToHandling'],
      CANCELLED: [],
    });
  });
});
