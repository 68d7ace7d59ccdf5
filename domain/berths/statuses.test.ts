import { describe, expect, it } from 'vitest';
import { canMoveApplication, canMoveLease, isActiveLease } from './statuses.ts';

describe('application status transitions', () => {
  it('allows the handling path and its ways back', () => {
    expect(canMoveApplication('pending', 'offer_sent')).toBe(true);
    expect(canMoveApplication('offer_sent', 'pending')).toBe(true); // offer withdrawn
    expect(canMoveApplication('offer_sent', 'awaiting_payment')).toBe(true); // the customer accepted
    expect(canMoveApplication('offer_sent', 'handled')).toBe(false); // handled only once paid
    expect(canMoveApplication('awaiting_payment', 'handled')).toBe(true);
    expect(canMoveApplication('offer_sent', 'declined_by_customer')).toBe(true); // the customer said no
    expect(canMoveApplication('declined_by_customer', 'pending')).toBe(true); // back in the queue on request
    expect(canMoveApplication('offer_sent', 'rejected')).toBe(false); // the city's rejection is not the customer's
    expect(canMoveApplication('pending', 'no_suitable_berths')).toBe(true);
    expect(canMoveApplication('no_suitable_berths', 'pending')).toBe(true); // extended
  });

  it('refuses skipping steps and leaving final states', () => {
    expect(canMoveApplication('pending', 'handled')).toBe(false);
    expect(canMoveApplication('offer_sent', 'offer_sent')).toBe(false);
    expect(canMoveApplication('no_suitable_berths', 'offer_sent')).toBe(false);
    for (const final of ['handled', 'rejected', 'expired'] as const) {
      expect(canMoveApplication(final, 'pending')).toBe(false);
    }
  });
});

describe('offer (lease) status transitions', () => {
  it('lets an offer be accepted, refused, expire or be withdrawn, and an accepted one be paid', () => {
    for (const to of ['awaiting_payment', 'refused', 'expired', 'cancelled'] as const) expect(canMoveLease('offered', to)).toBe(true);
    expect(canMoveLease('offered', 'paid')).toBe(false); // no invoice, no payment
    expect(canMoveLease('awaiting_payment', 'paid')).toBe(true);
    expect(canMoveLease('paid', 'terminated')).toBe(true);
  });

  it('keeps ended leases ended', () => {
    expect(canMoveLease('refused', 'offered')).toBe(false);
    expect(canMoveLease('paid', 'offered')).toBe(false);
    expect(canMoveLease('cancelled', 'paid')).toBe(false);
  });

  it('counts drafted, offered, awaiting payment and paid as holding the berth', () => {
    expect(['drafted', 'offered', 'awaiting_payment', 'paid'].every((s) => isActiveLease(s as never))).toBe(true);
    expect(['refused', 'expired', 'cancelled', 'terminated'].some((s) => isActiveLease(s as never))).toBe(false);
  });
});
