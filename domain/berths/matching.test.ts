import { describe, expect, it } from 'vitest';
import { pierName, suggestBerths, widthFits } from './matching.ts';
import { berthOccupancy } from './availability.ts';
import { HARBOUR_A, HARBOUR_B, HARBOUR_C, PIER_A, PIER_B, application, berth, lease, pier } from './fixtures.test-support.ts';

const piers = new Map([
  [PIER_A, pier(PIER_A, HARBOUR_A, 'A')],
  [PIER_B, pier(PIER_B, HARBOUR_B, 'B')],
]);

describe('width fit', () => {
  it('needs a berth at least as wide as the boat', () => {
    expect(widthFits({ width: 2.5 }, 2.5)).toBe(true);
    expect(widthFits({ width: 2.5 }, 2.51)).toBe(false);
  });
});

describe('berth suggestions', () => {
  it('lists free, wide-enough berths of the chosen harbours in choice order, snuggest first', () => {
    const app = application({ harbourChoices: [HARBOUR_B, HARBOUR_A] });
    const wideA = berth(HARBOUR_A, PIER_A, 3.5, 8);
    const snugA = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const inB = berth(HARBOUR_B, PIER_B, 3, 6);
    const narrow = berth(HARBOUR_B, PIER_B, 2, 6);
    const otherHarbour = berth(HARBOUR_C, PIER_A, 3, 6);
    const result = suggestBerths(app, [wideA, snugA, inB, narrow, otherHarbour], [], piers);
    expect(result.map((s) => s.berth.id)).toEqual([inB.id, snugA.id, wideA.id]);
    expect(result.map((s) => s.choiceOrder)).toEqual([1, 2, 2]);
  });

  it('keeps shorter-than-boat berths but flags them and lists them after fitting ones', () => {
    const app = application({ harbourChoices: [HARBOUR_A] });
    const short = berth(HARBOUR_A, PIER_A, 2.5, 4);
    const long = berth(HARBOUR_A, PIER_A, 3, 6);
    const result = suggestBerths(app, [short, long], [], piers);
    expect(result.map((s) => [s.berth.id, s.shorterThanBoat])).toEqual([
      [long.id, false],
      [short.id, true],
    ]);
  });

  it('ranks an 8.05 m boat’s fitting berths first, snuggest width then length, and flags the shorter ones after them', () => {
    // Dimensions as the city's berth register gives them: two decimals, common widths and lengths.
    const app = application({ harbourChoices: [HARBOUR_A, HARBOUR_B], boat: { ...application().boat, length: 8.05, width: 2.9 } });
    const a = {
      short600snug: berth(HARBOUR_A, PIER_A, 2.9, 6),
      short600: berth(HARBOUR_A, PIER_A, 3, 6),
      short800: berth(HARBOUR_A, PIER_A, 3, 8),
      fit900: berth(HARBOUR_A, PIER_A, 3, 9),
      fit810: berth(HARBOUR_A, PIER_A, 3, 8.1),
      fit1000wide: berth(HARBOUR_A, PIER_A, 3.5, 10),
      narrow: berth(HARBOUR_A, PIER_A, 2.5, 12),
    };
    const b = {
      fit850: berth(HARBOUR_B, PIER_B, 3, 8.5),
      fit1200snug: berth(HARBOUR_B, PIER_B, 2.9, 12),
      short700: berth(HARBOUR_B, PIER_B, 3.25, 7),
    };
    const result = suggestBerths(app, [...Object.values(a), ...Object.values(b)], [], piers);
    const names = new Map([...Object.entries(a), ...Object.entries(b)].map(([k, v]) => [v.id, k]));
    expect(result.map((s) => [names.get(s.berth.id), s.choiceOrder, s.shorterThanBoat, s.spareWidth, s.spareLength])).toEqual([
      ['fit810', 1, false, 0.1, 0.05],
      ['fit900', 1, false, 0.1, 0.95],
      ['fit1000wide', 1, false, 0.6, 1.95],
      ['fit1200snug', 2, false, 0, 3.95],
      ['fit850', 2, false, 0.1, 0.45],
      ['short800', 1, true, 0.1, -0.05],
      ['short600snug', 1, true, 0, -2.05],
      ['short600', 1, true, 0.1, -2.05],
      ['short700', 2, true, 0.35, -1.05],
    ]);
  });

  it('puts a fitting berth of a later choice before a shorter one of the first choice', () => {
    const app = application({ harbourChoices: [HARBOUR_A, HARBOUR_B], boat: { ...application().boat, length: 8.05, width: 2.9 } });
    const shorterFirstChoice = berth(HARBOUR_A, PIER_A, 2.9, 6);
    const fittingSecondChoice = berth(HARBOUR_B, PIER_B, 3.5, 10);
    expect(suggestBerths(app, [shorterFirstChoice, fittingSecondChoice], [], piers).map((s) => s.berth.id)).toEqual([fittingSecondChoice.id, shorterFirstChoice.id]);
  });

  it('leaves out taken, inactive and the switcher’s own berth', () => {
    const own = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const taken = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const renewing = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const inactive = berth(HARBOUR_A, PIER_A, 2.5, 6, { isActive: false });
    const freed = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const app = application({
      kind: 'switch',
      harbourChoices: [HARBOUR_A],
      switch: { currentLeaseId: '00000000-0000-4000-d000-000000000001', currentBerthId: own.id, reasonId: null },
    });
    const leases = [
      lease(taken.id, 2027, 'offered'),
      lease(renewing.id, 2026, 'paid'),
      lease(freed.id, 2026, 'terminated'),
    ];
    expect(suggestBerths(app, [own, taken, renewing, inactive, freed], leases, piers).map((s) => s.berth.id)).toEqual([freed.id]);
  });
});

describe('pier names', () => {
  it('shows no pier for harbours whose berths sit under "-" or nothing', () => {
    expect(pierName('-')).toBeNull();
    expect(pierName('')).toBeNull();
    expect(pierName(' – ')).toBeNull();
    expect(pierName(null)).toBeNull();
    expect(pierName('A')).toBe('A');
    expect(pierName('Rantamuuri')).toBe('Rantamuuri');
  });
});

describe('occupancy', () => {
  it('explains why a berth is not free', () => {
    const b = berth(HARBOUR_A, PIER_A, 2.5, 6);
    expect(berthOccupancy(b, [lease(b.id, 2027, 'paid')], 2027)).toMatchObject({ free: false, reason: 'leased' });
    expect(berthOccupancy(b, [lease(b.id, 2027, 'offered')], 2027)).toMatchObject({ free: false, reason: 'offered' });
    expect(berthOccupancy(b, [lease(b.id, 2026, 'paid')], 2027)).toMatchObject({ free: false, reason: 'renewal' });
    expect(berthOccupancy(b, [lease(b.id, 2027, 'refused')], 2027)).toEqual({ free: true });
    expect(berthOccupancy({ ...b, isActive: false }, [], 2027)).toEqual({ free: false, reason: 'inactive' });
  });
});
