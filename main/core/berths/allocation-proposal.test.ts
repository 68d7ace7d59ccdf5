import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { H_MERI, H_PAJA, HANDLER, lease, put, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00'); // offers are made for the 2026 season
const HARBOUR_SERVICES: StaffUser = { id: 'u-harri', name: 'Harri Satama', roles: ['harbour_services'], grants: [] };

let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
  // Someone else's drafted offer holds Merisatama A 10; B 1 waits for last season's holder.
  t.cache.applyChanges([...w.changes, put('lease', lease(uid(9, 2), w.berths.a10, null, 'drafted'))], 'c1');
});
afterEach(() => t.dispose());

function proposal(input: { season?: number; harbourId?: string } = {}, actor: StaffUser = HANDLER) {
  const r = t.cache.handle('berths.allocationProposal', input, actor, NOW);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('berths.allocationProposal', () => {
  it('proposes a berth per pending application in queue order from the cache, with choice ranks, the shorter flag and the counts', () => {
    const p = proposal();
    expect(p.season).toBe(2026);
    const name = new Map(Object.values(w.berths).map((b) => [b.id, b.number] as const));
    expect(p.rows.map((r) => [r.queuePosition, r.applicantName, r.berthId && name.get(r.berthId), r.choiceRank, r.shorter])).toEqual([
      [1, 'Öberg Åsa', '1', 1, false], // high priority first: Vasikkasaari V 1 (4.0 × 12) for a 3.2 × 10 boat
      [2, 'Virtanen Ville', '1', 1, false], // Pajalahti P 1, the only berth there wide enough
      [3, 'Mäkinen Matti', '1', 1, false], // Merisatama A 1 (A 10 is held by a drafted offer)
      [4, 'Nieminen Pekka', '2', 2, true], // Pajalahti has nothing wide enough left; Merisatama A 2 is shorter than the boat
      [5, 'Laine Liisa', null, null, false], // low priority last: Merisatama has nothing free left (B 1 waits for its renewal)
    ]);
    expect(p.rows[0]!.berthId).toBe(w.berths.v1.id);
    expect(p.counts).toEqual({ first: 3, second: 1, later: 0, none: 1 });
    // The handled application is not in the queue; the free berths are the ones left after availability.
    expect(p.rows.map((r) => r.applicationId)).not.toContain(w.apps['Korhonen']!.id);
    expect(p.berths.map((b) => b.id).sort()).toEqual([w.berths.a1.id, w.berths.a2.id, w.berths.p1.id, w.berths.p2.id, w.berths.v1.id].sort());
    expect(p.berths.find((b) => b.id === w.berths.a1.id)).toMatchObject({ pier: 'A', number: '1', width: 2.5, length: 8 });
    expect(p.harbours.map((h) => h.name.fi).sort()).toEqual(['Merisatama', 'Pajalahti', 'Vasikkasaari']);
  });

  it('with a harbour filter proposes only there, to those who chose it, keeping their places in the whole queue', () => {
    const p = proposal({ harbourId: H_PAJA });
    expect(p.rows.map((r) => [r.queuePosition, r.applicantName, r.choiceRank])).toEqual([
      [2, 'Virtanen Ville', 1],
      [3, 'Mäkinen Matti', null], // Pajalahti was their second choice, and P 2 is too narrow
      [4, 'Nieminen Pekka', null],
    ]);
    expect(p.rows[0]!.berthId).toBe(w.berths.p1.id);
    expect(p.berths.every((b) => b.harbourId === H_PAJA)).toBe(true);
  });

  it('follows the cache: an offer sent through berths.offerBerth takes the application out of the queue and its berth out of the proposal', () => {
    const makinen = w.apps['Mäkinen']!;
    expect(t.cache.handle('berths.offerBerth', { applicationId: makinen.id, berthId: w.berths.a1.id, acceptShorter: false }, HANDLER, NOW).ok).toBe(true);
    const p = proposal({ harbourId: H_MERI });
    expect(p.rows.map((r) => r.applicationId)).not.toContain(makinen.id);
    expect(p.berths.map((b) => b.id)).toEqual([w.berths.a2.id]);
    // Öberg's 3.2 m boat fits nothing there; Nieminen, next, gets A 2 (shorter, flagged).
    expect(p.rows.map((r) => [r.applicantName, r.berthId, r.choiceRank, r.shorter])).toEqual([
      ['Öberg Åsa', null, null, false],
      ['Nieminen Pekka', w.berths.a2.id, 2, true],
      ['Laine Liisa', null, null, false],
    ]);
  });

  it('refuses a later season than offers are made for, an unknown harbour, and roles that may not read cases', () => {
    expect(t.cache.handle('berths.allocationProposal', { season: 2027 }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'season_not_open' } });
    expect(t.cache.handle('berths.allocationProposal', { harbourId: uid(1, 77) }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.cache.handle('berths.allocationProposal', {}, HARBOUR_SERVICES, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A supervisor may look at the proposal (sending is a command they may not give).
    expect(proposal({}, SUPERVISOR).rows).toHaveLength(5);
  });

  it('has an empty proposal for a season without pending applications', () => {
    const p = proposal({ season: 2025 });
    expect(p.rows).toEqual([]);
    expect(p.counts).toEqual({ first: 0, second: 0, later: 0, none: 0 });
  });
});
