import { describe, expect, it } from 'vitest';
import type { HarbourBerthRow } from '../../../../../domain/contract.ts';
import type { Boat } from '../../../../../domain/berths/entities.ts';
import { checkNewLease, freeBerths, piersWithFree, type NewLeaseForm } from './new-lease-form.ts';

const row = (id: string, pier: string, extra: Partial<HarbourBerthRow> = {}): HarbourBerthRow => ({
  id,
  pierId: `pier-${pier}`,
  pier,
  number: id,
  width: 3,
  length: 8,
  mooringType: 'single_slip',
  isActive: true,
  occupancy: 'free',
  ...extra,
});
const boat = { id: '00000000-0000-4000-a000-000000000001', customerId: 'c', boatType: 3, registrationNumber: 'X', name: 'Iso', model: '', length: 7, width: 2.8, draught: null, weightKg: null } satisfies Boat;
const form = (extra: Partial<NewLeaseForm> = {}): NewLeaseForm => ({ boatId: boat.id, season: 2027, harbourId: 'h', pierId: 'pier-A', berthId: '1', start: '10.6.2027', end: '14.9.2027', reason: 'Iso alus', acceptShorter: false, ...extra });
const ctx = (berth: HarbourBerthRow | null, lang: 'fi' | 'en' = 'fi') => ({ lang, today: '2026-12-03', customerId: 'c', berth, boat });

describe('the new lease form', () => {
  it('offers only free berths in use, by pier in the harbour order', () => {
    const rows = [row('1', 'A'), row('2', 'A', { occupancy: 'leased' }), row('3', 'B', { isActive: false, occupancy: 'inactive' }), row('4', 'B', { occupancy: 'renewal' }), row('5', 'C')];
    expect(freeBerths(rows).map((b) => b.id)).toEqual(['1', '5']);
    expect(piersWithFree(freeBerths(rows))).toEqual([{ id: 'pier-A', identifier: 'A' }, { id: 'pier-C', identifier: 'C' }]);
  });

  it('sends the days as ISO, the reason trimmed, when nothing is wrong', () => {
    expect(checkNewLease(form({ reason: '  Iso alus ' }), ctx(row('1', 'A'))).payload).toEqual({ customerId: 'c', boatId: boat.id, berthId: '1', season: 2027, startDate: '2027-06-10', endDate: '2027-09-14', reason: 'Iso alus', acceptShorter: false });
    expect(checkNewLease(form({ start: '10/06/2027', end: '14/09/2027' }), ctx(row('1', 'A'), 'en')).payload?.startDate).toBe('2027-06-10');
  });

  it('refuses a narrower berth, asks to confirm a shorter one, and names bad days and a missing reason', () => {
    expect(checkNewLease(form(), ctx(row('1', 'A', { width: 2.5 }))).problems.berthId?.key).toBe('berthCustomers.newLease.problems.tooNarrow');
    expect(checkNewLease(form(), ctx(row('1', 'A', { length: 6 }))).problems.acceptShorter?.key).toBe('berthCustomers.newLease.problems.shorter');
    expect(checkNewLease(form({ acceptShorter: true }), ctx(row('1', 'A', { length: 6 }))).payload?.acceptShorter).toBe(true);
    const bad = checkNewLease(form({ start: '31.6.2027', end: '1.6.2027', reason: ' ' }), ctx(null));
    expect(bad.payload).toBeNull();
    expect(Object.fromEntries(Object.entries(bad.problems).map(([k, v]) => [k, v.key.split('.').pop()]))).toEqual({ berthId: 'noBerth', start: 'noSuchDay', end: 'outsideSeason', reason: 'reason' });
    expect(checkNewLease(form({ start: '1.8.2027', end: '1.8.2027' }), ctx(row('1', 'A'))).problems.end?.key).toBe('berthCustomers.newLease.problems.endNotAfterStart');
  });
});
