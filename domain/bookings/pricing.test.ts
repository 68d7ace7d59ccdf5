import { describe, expect, it } from 'vitest';
import { billableMinutes, bookingPriceCents, finalPriceProblem, paymentOnApproval, pricingOn, reservationPrice, splitGross, withFinalPrice } from './pricing.ts';
import { pricing, reservation } from './handling-fixtures.test-support.ts';

const at = (hhmm: string, day = '2027-03-10') => `${day}T${hhmm}:00.000Z`;

describe('time-based prices', () => {
  it('rounds the duration up to the next 15 minutes, never down', () => {
    expect(billableMinutes(at('10:00'), at('11:00'))).toBe(60);
    expect(billableMinutes(at('10:00'), at('10:50'))).toBe(60);
    expect(billableMinutes(at('10:00'), at('11:01'))).toBe(75);
    expect(billableMinutes(at('10:00'), '2027-03-10T10:15:01.000Z')).toBe(30);
    expect(billableMinutes(at('10:00'), at('10:05'))).toBe(15);
  });

  it('prices an hourly unit by the rounded duration', () => {
    const hourly = pricing({ priceUnit: 'PER_HOUR', highestPriceCents: 4000 });
    expect(bookingPriceCents(hourly, at('10:00'), at('12:00'))).toBe(8000);
    expect(bookingPriceCents(hourly, at('10:00'), at('10:50'))).toBe(4000);
    expect(bookingPriceCents(hourly, at('10:00'), at('11:01'))).toBe(5000);
  });

  it('prices per 15 and per 30 minutes the same way', () => {
    expect(bookingPriceCents(pricing({ priceUnit: 'PER_15_MINS', highestPriceCents: 500 }), at('10:00'), at('10:40'))).toBe(1500);
    expect(bookingPriceCents(pricing({ priceUnit: 'PER_30_MINS', highestPriceCents: 900 }), at('10:00'), at('10:40'))).toBe(1350);
  });

  it('rounds a fraction of a cent half up', () => {
    // 10.01 € an hour for 30 minutes is 500.5 cents.
    expect(bookingPriceCents(pricing({ highestPriceCents: 1001 }), at('10:00'), at('10:30'))).toBe(501);
    // 10.03 € an hour for 15 minutes is 250.75 cents; 10.02 € is 250.5; 10.01 € is 250.25.
    expect(bookingPriceCents(pricing({ highestPriceCents: 1003 }), at('10:00'), at('10:15'))).toBe(251);
    expect(bookingPriceCents(pricing({ highestPriceCents: 1002 }), at('10:00'), at('10:15'))).toBe(251);
    expect(bookingPriceCents(pricing({ highestPriceCents: 1001 }), at('10:00'), at('10:15'))).toBe(250);
  });

  it('uses the subsidised (lowest) price when asked for the guidance value', () => {
    expect(bookingPriceCents(pricing({ highestPriceCents: 4000, lowestPriceCents: 1000 }), at('10:00'), at('12:00'), 'lowest')).toBe(2000);
  });
});

describe('flat prices', () => {
  it('charges half a day, a day, a week or a fixed price once, whatever the duration', () => {
    for (const priceUnit of ['PER_HALF_DAY', 'PER_DAY', 'PER_WEEK', 'FIXED'] as const) {
      const flat = pricing({ priceUnit, highestPriceCents: 15000 });
      expect([bookingPriceCents(flat, at('10:00'), at('10:20')), bookingPriceCents(flat, at('08:00'), at('20:00'))]).toEqual([15000, 15000]);
    }
  });
});

describe('dated prices', () => {
  const old = pricing({ begins: '2026-01-01', highestPriceCents: 4000 });
  const next = pricing({ begins: '2027-06-01', highestPriceCents: 5000 });

  it('uses the price in force on the reservation’s day; a future change waits for its date', () => {
    expect(pricingOn([next, old], '2027-05-31')).toBe(old);
    expect(pricingOn([next, old], '2027-06-01')).toBe(next);
    expect(pricingOn([next, old], '2025-12-31')).toBeNull();
    expect(reservationPrice([old, next], '2027-05-31T09:00:00.000Z', '2027-05-31T10:00:00.000Z')?.grossCents).toBe(4000);
    expect(reservationPrice([old, next], '2027-06-02T09:00:00.000Z', '2027-06-02T10:00:00.000Z')?.grossCents).toBe(5000);
  });

  it('counts the day in Helsinki: 23:30 UTC on 31 May is already 1 June there', () => {
    expect(reservationPrice([old, next], '2027-05-31T21:30:00.000Z', '2027-05-31T22:30:00.000Z')?.grossCents).toBe(5000);
    expect(reservationPrice([old, next], '2027-05-31T20:30:00.000Z', '2027-05-31T20:45:00.000Z')?.grossCents).toBe(1000);
  });

  it('has no price before any pricing begins, and nothing to pay when the unit is free', () => {
    expect(reservationPrice([next], at('10:00', '2027-01-05'), at('11:00', '2027-01-05'))).toBeNull();
    expect(reservationPrice([pricing({ highestPriceCents: 0, lowestPriceCents: 0 })], at('10:00'), at('11:00'))).toMatchObject({ grossCents: 0, paymentType: null });
    expect(reservationPrice([old], at('10:00'), at('10:50'))).toMatchObject({ grossCents: 4000, netCents: 3187, vatCents: 813, vatPercent: 25.5, billableMinutes: 60, paymentType: 'ONLINE' });
    expect(reservationPrice([pricing({ priceUnit: 'PER_DAY', highestPriceCents: 15000 })], at('08:00'), at('20:00'))).toMatchObject({ grossCents: 15000, billableMinutes: null });
  });
});

describe('net and VAT from the gross price', () => {
  it('derives net and VAT at 25.5 % so that they add up to the gross', () => {
    expect(splitGross(10000, 25.5)).toEqual({ grossCents: 10000, netCents: 7968, vatCents: 2032 });
    expect(splitGross(4000, 25.5)).toEqual({ grossCents: 4000, netCents: 3187, vatCents: 813 });
    expect(splitGross(12550, 25.5)).toEqual({ grossCents: 12550, netCents: 10000, vatCents: 2550 });
    expect(splitGross(0, 25.5)).toEqual({ grossCents: 0, netCents: 0, vatCents: 0 });
    expect(splitGross(5000, 0)).toEqual({ grossCents: 5000, netCents: 5000, vatCents: 0 });
  });

  it('rounds the net to the nearest cent, a half up, for every gross up to 500 € at the rates in use', () => {
    for (const vat of [0, 10, 14, 24, 25.5]) {
      const divisor = 10_000 + vat * 100;
      for (let gross = 0; gross <= 50_000; gross += 1) {
        const { netCents, vatCents } = splitGross(gross, vat);
        // |net − gross / (1 + rate)| ≤ ½ cent, in integers: |net·divisor − gross·10000| ≤ divisor / 2.
        const off = netCents * divisor - gross * 10_000;
        if (Math.abs(off) * 2 > divisor || off * 2 === -divisor || netCents + vatCents !== gross) throw new Error(`gross ${gross} at ${vat} %: net ${netCents}`);
      }
    }
  });

  it('rounds an exact half cent of net up', () => {
    // No gross has a net of exactly half a cent at the rates in use; at 100 % 0.03 € has 1.5 cents.
    expect(splitGross(3, 100)).toEqual({ grossCents: 3, netCents: 2, vatCents: 1 });
  });
});

describe('subsidies and a paid booking’s price', () => {
  it('keeps the undiscounted price and flags the subsidy', () => {
    expect(withFinalPrice({ undiscountedPriceCents: 8000 }, 2000)).toEqual({ priceCents: 2000, subsidised: true });
    expect(withFinalPrice({ undiscountedPriceCents: 8000 }, 0)).toEqual({ priceCents: 0, subsidised: true });
    expect(withFinalPrice({ undiscountedPriceCents: 8000 }, 8000)).toEqual({ priceCents: 8000, subsidised: false });
  });

  it('allows a final price from 0 up to the full price, and no change at all once paid', () => {
    const unpaid = reservation();
    expect(finalPriceProblem(unpaid, 0)).toBeNull();
    expect(finalPriceProblem(unpaid, 8000)).toBeNull();
    expect(finalPriceProblem(unpaid, 8001)).toBe('reservation_price_above_full');
    for (const paymentStatus of ['PAID', 'PAID_BY_INVOICE'] as const) {
      const paid = reservation({ paymentStatus });
      expect(finalPriceProblem(paid, 2000)).toBe('reservation_price_locked');
      expect(finalPriceProblem(paid, 8000)).toBeNull();
    }
  });
});

describe('payment on approval', () => {
  const starts = (beginsAt: string, extra = {}) => reservation({ beginsAt, endsAt: new Date(Date.parse(beginsAt) + 7_200_000).toISOString(), ...extra });
  const now = '2026-12-01T12:00:00.000Z';

  it('is due three days after approval when the start is further away', () => {
    expect(paymentOnApproval(starts('2026-12-10T15:00:00.000Z'), 8000, now)).toEqual({ paymentStatus: 'PENDING', paymentType: 'ONLINE', paymentDueAt: '2026-12-04T12:00:00.000Z' });
  });

  it('is due an hour before the start when that comes first', () => {
    expect(paymentOnApproval(starts('2026-12-02T18:00:00.000Z'), 8000, now)).toEqual({ paymentStatus: 'PENDING', paymentType: 'ONLINE', paymentDueAt: '2026-12-02T17:00:00.000Z' });
    expect(paymentOnApproval(starts('2026-12-01T14:00:00.000Z'), 8000, now)).toEqual({ paymentStatus: 'PENDING', paymentType: 'ONLINE', paymentDueAt: '2026-12-01T13:00:00.000Z' });
  });

  it('becomes pay on site when the start is less than two hours away, or the price says so', () => {
    expect(paymentOnApproval(starts('2026-12-01T13:59:00.000Z'), 8000, now)).toEqual({ paymentStatus: 'PAID_MANUALLY', paymentType: 'ON_SITE', paymentDueAt: null });
    expect(paymentOnApproval(starts('2026-12-10T15:00:00.000Z', { paymentType: 'ON_SITE' }), 8000, now)).toEqual({ paymentStatus: 'PAID_MANUALLY', paymentType: 'ON_SITE', paymentDueAt: null });
  });

  it('leaves a paid booking paid, and a free one without an open order', () => {
    expect(paymentOnApproval(starts('2026-12-10T15:00:00.000Z', { paymentStatus: 'PAID' }), 8000, now)).toEqual({ paymentStatus: 'PAID', paymentType: 'ONLINE', paymentDueAt: null });
    expect(paymentOnApproval(starts('2026-12-10T15:00:00.000Z'), 0, now)).toEqual({ paymentStatus: null, paymentType: null, paymentDueAt: null });
    expect(paymentOnApproval(starts('2026-12-10T15:00:00.000Z', { paymentStatus: 'PENDING' }), 0, now)).toEqual({ paymentStatus: 'CANCELLED', paymentType: null, paymentDueAt: null });
  });
});
