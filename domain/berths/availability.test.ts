import { describe, expect, it } from 'vitest';
import { berthOccupancy } from './availability.ts';
import { HARBOUR_A, PIER_A, berth, lease } from './fixtures.test-support.ts';

const HOLDER = '00000000-0000-4000-b000-000000000099';
const OTHER = '00000000-0000-4000-b000-000000000077';

describe('berth availability (brief 4.1)', () => {
  const b = berth(HARBOUR_A, PIER_A, 2.5, 6);

  it('is held by a drafted, offered, paid or failed lease in the season', () => {
    for (const status of ['drafted', 'offered', 'paid', 'error'] as const) {
      expect(berthOccupancy(b, [lease(b.id, 2027, status)], 2027).free).toBe(false);
    }
    expect(berthOccupancy(b, [lease(b.id, 2027, 'error')], 2027)).toMatchObject({ reason: 'leased' });
  });

  it('is free again once the lease is refused, expired or terminated', () => {
    for (const status of ['refused', 'expired', 'terminated', 'cancelled'] as const) {
      expect(berthOccupancy(b, [lease(b.id, 2027, status)], 2027)).toEqual({ free: true });
    }
  });

  it('keeps last season\'s paid lease holding the berth until its customer has a lease for this season', () => {
    expect(berthOccupancy(b, [lease(b.id, 2026, 'paid', { customerId: HOLDER })], 2027)).toMatchObject({ free: false, reason: 'renewal' });
    // Last season's lease that was not paid never held anything over the winter.
    expect(berthOccupancy(b, [lease(b.id, 2026, 'terminated', { customerId: HOLDER })], 2027)).toEqual({ free: true });
  });

  it('lets go of the berth once the holder has any lease on it this season, even an expired or refused one', () => {
    for (const status of ['expired', 'refused', 'terminated'] as const) {
      const leases = [lease(b.id, 2026, 'paid', { customerId: HOLDER }), lease(b.id, 2027, status, { customerId: HOLDER, id: '00000000-0000-4000-d000-0000000000f1' })];
      expect(berthOccupancy(b, leases, 2027)).toEqual({ free: true });
    }
  });

  it('keeps holding it when only someone else has had a lease on it this season', () => {
    const leases = [lease(b.id, 2026, 'paid', { customerId: HOLDER }), lease(b.id, 2027, 'refused', { customerId: OTHER, id: '00000000-0000-4000-d000-0000000000f2' })];
    expect(berthOccupancy(b, leases, 2027)).toMatchObject({ free: false, reason: 'renewal' });
  });

  it('is blocked by a switch offer on it while drafted or offered', () => {
    expect(berthOccupancy(b, [], 2027, [{ berthId: b.id, status: 'drafted' }])).toMatchObject({ free: false, reason: 'switch_offer' });
    expect(berthOccupancy(b, [], 2027, [{ berthId: b.id, status: 'offered' }])).toMatchObject({ free: false, reason: 'switch_offer' });
    for (const status of ['accepted', 'rejected', 'expired', 'cancelled'] as const) {
      expect(berthOccupancy(b, [], 2027, [{ berthId: b.id, status }])).toEqual({ free: true });
    }
    const other = berth(HARBOUR_A, PIER_A, 2.5, 6);
    expect(berthOccupancy(b, [], 2027, [{ berthId: other.id, status: 'offered' }])).toEqual({ free: true });
  });

  it('is never free when not in use', () => {
    expect(berthOccupancy({ ...b, isActive: false }, [], 2027)).toEqual({ free: false, reason: 'inactive' });
  });
});
