import { describe, expect, it } from 'vitest';
import { alternativeBerths, countChoices, proposeAllocation, type ProposalInput } from './allocation-proposal.ts';
import { suggestBerths } from './matching.ts';
import { inQueueOrder } from './queue.ts';
import type { Application, Berth } from './entities.ts';
import { HARBOUR_A, HARBOUR_B, HARBOUR_C, PIER_A, PIER_B, application, berth, lease, pier } from './fixtures.test-support.ts';

const PIER_C = '00000000-0000-4000-8000-0000000000c1';
const piers = new Map([
  [PIER_A, pier(PIER_A, HARBOUR_A, 'A')],
  [PIER_B, pier(PIER_B, HARBOUR_B, 'B')],
  [PIER_C, pier(PIER_C, HARBOUR_C, 'C')],
]);

let appSeq = 0;
function app(extra: Partial<Application> & { width?: number; length?: number } = {}): Application {
  appSeq += 1;
  const { width = 2.3, length = 5, ...rest } = extra;
  const base = application();
  return application({ id: `00000000-0000-4000-a000-${String(appSeq).padStart(12, '0')}`, boat: { ...base.boat, width, length }, ...rest });
}

const propose = (over: Partial<ProposalInput> & Pick<ProposalInput, 'applications' | 'berths'>) => proposeAllocation({ piers, leases: [], season: 2027, ...over });
const berthOf = (rows: { applicationId: string; berthId: string | null }[], a: Application) => rows.find((r) => r.applicationId === a.id)?.berthId ?? null;

describe('the allocation proposal', () => {
  it('serves the queue in order: the first in the queue gets the contested berth, the next their second choice', () => {
    const onlyA = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const inB = berth(HARBOUR_B, PIER_B, 2.5, 6);
    const first = app({ harbourChoices: [HARBOUR_A, HARBOUR_B] });
    const second = app({ harbourChoices: [HARBOUR_A, HARBOUR_B] });
    const p = propose({ applications: [first, second], berths: [inB, onlyA] });
    expect(p.rows).toEqual([
      { applicationId: first.id, berthId: onlyA.id, choiceRank: 1, flags: { shorter: false } },
      { applicationId: second.id, berthId: inB.id, choiceRank: 2, flags: { shorter: false } },
    ]);
    expect(p.counts).toEqual({ first: 1, second: 1, later: 0, none: 0 });
  });

  it('never proposes a narrower berth, and leaves an applicant with nothing fitting without a berth', () => {
    const narrow = berth(HARBOUR_A, PIER_A, 2.2, 12);
    const wide = app({ width: 2.5, harbourChoices: [HARBOUR_A] });
    const p = propose({ applications: [wide], berths: [narrow] });
    expect(p.rows[0]).toEqual({ applicationId: wide.id, berthId: null, choiceRank: null, flags: { shorter: false } });
    expect(p.counts.none).toBe(1);
  });

  it('gives the snuggest width first, keeping wide berths for wide boats later in the queue', () => {
    const wideBerth = berth(HARBOUR_A, PIER_A, 3.5, 10);
    const snug = berth(HARBOUR_A, PIER_A, 2.5, 10);
    const small = app({ width: 2.4, length: 7, harbourChoices: [HARBOUR_A] });
    const big = app({ width: 3.4, length: 9, harbourChoices: [HARBOUR_A] });
    const p = propose({ applications: [small, big], berths: [wideBerth, snug] });
    expect(berthOf(p.rows, small)).toBe(snug.id);
    expect(berthOf(p.rows, big)).toBe(wideBerth.id);
  });

  it('flags a shorter berth and proposes it only when no chosen harbour has one that fits both ways', () => {
    const shortInFirst = berth(HARBOUR_A, PIER_A, 2.5, 5);
    const fitsInSecond = berth(HARBOUR_B, PIER_B, 2.5, 9);
    const a1 = app({ length: 8, harbourChoices: [HARBOUR_A, HARBOUR_B] });
    const a2 = app({ length: 8, harbourChoices: [HARBOUR_A, HARBOUR_B] });
    const p = propose({ applications: [a1, a2], berths: [shortInFirst, fitsInSecond] });
    expect(p.rows[0]).toMatchObject({ berthId: fitsInSecond.id, choiceRank: 2, flags: { shorter: false } });
    expect(p.rows[1]).toMatchObject({ berthId: shortInFirst.id, choiceRank: 1, flags: { shorter: true } });
  });

  it('proposes a berth to one application at most', () => {
    const berths = [berth(HARBOUR_A, PIER_A, 3, 9), berth(HARBOUR_A, PIER_A, 3, 9)];
    const apps = [0, 1, 2, 3].map(() => app({ harbourChoices: [HARBOUR_A] }));
    const p = propose({ applications: apps, berths });
    const given = p.rows.map((r) => r.berthId).filter((b) => b !== null);
    expect(given).toHaveLength(2);
    expect(new Set(given).size).toBe(2);
    expect(p.counts).toEqual({ first: 2, second: 0, later: 0, none: 2 });
  });

  it('skips berths that are held: leased or offered this season, last season’s unrenewed paid lease, a waiting switch offer, inactive', () => {
    const leased = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const renewal = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const switchTarget = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const inactive = berth(HARBOUR_A, PIER_A, 2.5, 6, { isActive: false });
    const refusedLastYear = berth(HARBOUR_A, PIER_A, 2.6, 6);
    const applicant = app({ harbourChoices: [HARBOUR_A] });
    const p = propose({
      applications: [applicant],
      berths: [leased, renewal, switchTarget, inactive, refusedLastYear],
      leases: [lease(leased.id, 2027, 'offered'), lease(renewal.id, 2026, 'paid'), lease(refusedLastYear.id, 2027, 'refused')],
      switchOffers: [{ berthId: switchTarget.id, status: 'offered' }],
    });
    expect(berthOf(p.rows, applicant)).toBe(refusedLastYear.id);
    expect(p.freeBerths.map((b) => b.id)).toEqual([refusedLastYear.id]);
  });

  it('frees last season’s berth once its holder has any lease on it this season', () => {
    const b = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const applicant = app({ harbourChoices: [HARBOUR_A] });
    const holder = '00000000-0000-4000-b000-000000000077';
    const p = propose({
      applications: [applicant],
      berths: [b],
      leases: [lease(b.id, 2026, 'paid', { customerId: holder }), lease(b.id, 2027, 'refused', { id: '00000000-0000-4000-d000-100000000001', customerId: holder })],
    });
    expect(berthOf(p.rows, applicant)).toBe(b.id);
  });

  it('proposes a switch applicant another berth, never the one they hold', () => {
    const own = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const other = berth(HARBOUR_A, PIER_A, 3, 8);
    const switcher = app({ kind: 'switch', harbourChoices: [HARBOUR_A], switch: { currentLeaseId: '00000000-0000-4000-d000-000000000042', currentBerthId: own.id, reasonId: null } });
    const next = app({ harbourChoices: [HARBOUR_A] });
    const p = propose({ applications: [switcher, next], berths: [own, other] });
    expect(berthOf(p.rows, switcher)).toBe(other.id);
    expect(berthOf(p.rows, next)).toBe(own.id);
  });

  it('gives an applicant who needs accessibility only a berth marked accessible', () => {
    const plain = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const unknown = berth(HARBOUR_B, PIER_B, 2.5, 6, { isAccessible: null });
    const accessible = berth(HARBOUR_B, PIER_B, 3, 8, { isAccessible: true });
    const needs = app({ accessibilityRequired: true, harbourChoices: [HARBOUR_A, HARBOUR_B] });
    const nobodyFits = app({ accessibilityRequired: true, harbourChoices: [HARBOUR_A] });
    const p = propose({ applications: [needs, nobodyFits], berths: [plain, unknown, accessible] });
    expect(p.rows[0]).toMatchObject({ berthId: accessible.id, choiceRank: 2 });
    expect(p.rows[1]).toMatchObject({ berthId: null });
  });

  it('with a harbour filter proposes only there, keeping the applicant’s own rank of that harbour', () => {
    const inA = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const inB = berth(HARBOUR_B, PIER_B, 2.5, 6);
    const a = app({ harbourChoices: [HARBOUR_A, HARBOUR_B] });
    const p = propose({ applications: [a], berths: [inA, inB], harbourId: HARBOUR_B });
    expect(p.rows[0]).toMatchObject({ berthId: inB.id, choiceRank: 2 });
    expect(p.freeBerths.map((b) => b.id)).toEqual([inB.id]);
  });

  it('gives each applicant what the suggestion list would rank first among the berths still unproposed (a generated season)', () => {
    // A deterministic spread of sizes over three harbours, checked against the plain greedy walk.
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const harbours = [HARBOUR_A, HARBOUR_B, HARBOUR_C];
    const pierOf = { [HARBOUR_A]: PIER_A, [HARBOUR_B]: PIER_B, [HARBOUR_C]: PIER_C } as Record<string, string>;
    const widths = [2, 2.5, 2.75, 3, 3.5];
    const lengths = [5, 6, 8, 10];
    const berths: Berth[] = [];
    for (let i = 0; i < 120; i++) {
      const h = harbours[Math.floor(rnd() * 3)]!;
      berths.push(berth(h, pierOf[h]!, widths[Math.floor(rnd() * widths.length)]!, lengths[Math.floor(rnd() * lengths.length)]!, { isAccessible: rnd() < 0.1 ? true : null }));
    }
    const leases = berths.filter(() => rnd() < 0.2).map((b) => lease(b.id, rnd() < 0.5 ? 2027 : 2026, 'paid'));
    const apps = inQueueOrder(
      Array.from({ length: 200 }, (_, i) =>
        app({
          priority: rnd() < 0.1 ? 0 : 1,
          receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 3600_000 * (1 + rnd())).toISOString(),
          width: 1.8 + Math.round(rnd() * 17) / 10,
          length: 4 + Math.round(rnd() * 60) / 10,
          accessibilityRequired: rnd() < 0.05,
          harbourChoices: [...harbours].sort(() => rnd() - 0.5).slice(0, 1 + Math.floor(rnd() * 3)),
        }),
      ),
    );
    const p = propose({ applications: apps, berths, leases });

    const taken = new Set<string>();
    const expected = apps.map((a) => {
      const top = alternativeBerths(a, p.freeBerths, taken, piers)[0] ?? null;
      if (top) taken.add(top.berth.id);
      return { applicationId: a.id, berthId: top?.berth.id ?? null, choiceRank: top?.choiceOrder ?? null, flags: { shorter: top?.shorterThanBoat ?? false } };
    });
    expect(p.rows).toEqual(expected);
    expect(p.counts).toEqual(countChoices(expected));
    expect(p.counts.first + p.counts.second + p.counts.later + p.counts.none).toBe(apps.length);
    // The free berths are exactly those the suggestion list would offer anyone.
    const suggested = suggestBerths({ harbourChoices: harbours, boat: { ...apps[0]!.boat, width: 0.1, length: 0.1 }, season: 2027, switch: null }, berths, leases, piers);
    expect(new Set(p.freeBerths.map((b) => b.id))).toEqual(new Set(suggested.map((s) => s.berth.id)));
  });
});

describe('alternative berths for a row', () => {
  it('lists free berths not proposed to another row, in the suggestion order, accessible ones only when needed', () => {
    const a = berth(HARBOUR_A, PIER_A, 2.5, 6);
    const b = berth(HARBOUR_A, PIER_A, 3, 6);
    const c = berth(HARBOUR_B, PIER_B, 2.5, 6, { isAccessible: true });
    const applicant = app({ harbourChoices: [HARBOUR_A, HARBOUR_B] });
    expect(alternativeBerths(applicant, [a, b, c], new Set([a.id]), piers).map((s) => s.berth.id)).toEqual([b.id, c.id]);
    expect(alternativeBerths({ ...applicant, accessibilityRequired: true }, [a, b, c], new Set(), piers).map((s) => s.berth.id)).toEqual([c.id]);
  });
});
