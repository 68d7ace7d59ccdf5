import { describe, expect, it } from 'vitest';
import type { AllocationBerth, AllocationRow } from '../../../../../domain/berths/allocation-contract.ts';
import { berthsHeldByOthers, reviewRows, rowsToSend, type Adjustment } from './adjusted-rows.ts';

const H1 = 'h1';
const H2 = 'h2';
const berth = (id: string, harbourId: string, width: number, length: number): AllocationBerth => ({
  id, harbourId, pierId: `p-${harbourId}`, pier: 'A', number: id, width, length, depth: null, mooringType: 'stern_buoy', isActive: true, isAccessible: null, comment: '',
});
const row = (applicationId: string, berthId: string | null, choiceRank: number | null): AllocationRow => ({
  applicationId, reference: `VP27-${applicationId}`, queuePosition: 1, kind: 'new', applicantName: 'Mäkinen Aili', companyName: null,
  boatWidth: 2.4, boatLength: 7, accessibilityRequired: false, harbourChoices: [H1, H2], currentBerthId: null, berthId, choiceRank, shorter: false,
});

const berths = new Map([berth('b1', H1, 2.5, 8), berth('b2', H2, 2.5, 6), berth('b3', H1, 3, 9)].map((b) => [b.id, b]));

describe('the proposal as the handler leaves it', () => {
  it('follows a changed berth with its choice rank and shorter flag, drops a row to no berth, and counts what now stands', () => {
    const rows = [row('a1', 'b1', 1), row('a2', 'b3', 1), row('a3', null, null)];
    const adjustments = new Map<string, Adjustment>([
      ['a1', { kind: 'berth', berthId: 'b2' }],
      ['a2', { kind: 'drop' }],
    ]);
    const r = reviewRows(rows, berths, adjustments);
    expect(r.rows.map((x) => [x.applicationId, x.berthId, x.choiceRank, x.shorter, x.adjusted])).toEqual([
      ['a1', 'b2', 2, true, 'changed'],
      ['a2', null, null, false, 'dropped'],
      ['a3', null, null, false, null],
    ]);
    expect(r.counts).toEqual({ first: 0, second: 1, later: 0, none: 2 });
    expect(rowsToSend(r.rows).map((x) => x.applicationId)).toEqual(['a1']);
    expect([...berthsHeldByOthers(r.rows, 'a3')]).toEqual(['b2']);
  });

  it('leaves an untouched proposal as it came, with its berths named', () => {
    const r = reviewRows([row('a1', 'b1', 1)], berths, new Map());
    expect(r.rows[0]).toMatchObject({ berthId: 'b1', choiceRank: 1, adjusted: null, berth: { number: 'b1' } });
    expect(r.counts).toEqual({ first: 1, second: 0, later: 0, none: 0 });
  });
});
