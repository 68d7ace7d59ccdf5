import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { berth, H_MERI, H_PAJA, H_VASIKKA, HANDLER, harbour, lease, put, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00'); // offers are made for the 2026 season
const HARBOUR_SERVICES: StaffUser = { id: 'u-harri', name: 'Harri Satama', roles: ['harbour_services'], grants: [] };
const KIOSK: StaffUser = { id: 'u-kiosk', name: 'Kiosk', roles: ['kiosk'], grants: [] };
const H_EMPTY = uid(1, 9);

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  const w = world();
  const { a1, a2, a10, p1 } = w.berths;
  t = tempCache();
  t.cache.applyChanges(
    [
      ...w.changes,
      // Natural order needs numbers that sort wrong as text: 9 and 10 next to 1, 2, 10.
      put('berth', berth(uid(3, 9), w.piers.pA, '9', 3.5, 10.5)),
      put('harbour', harbour(H_EMPTY, 'Östersundom', 'east')),
      put('lease', lease(uid(9, 2), a2, w.apps['Mäkinen']!, 'offered')),
      put('lease', lease(uid(9, 3), a10, null, 'drafted')),
      put('lease', lease(uid(9, 4), p1, null, 'paid')),
      put('lease', lease(uid(9, 5), a1, null, 'cancelled')), // a cancelled offer frees the berth again
    ],
    'c1',
  );
});
afterEach(() => t.dispose());

function overview(actor: StaffUser, season?: number) {
  const r = t.cache.handle('berths.harbourOverview', { season }, actor, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function berths(actor: StaffUser, harbourId: string, season?: number) {
  const r = t.cache.handle('berths.listBerths', { harbourId, season }, actor, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('berths.harbourOverview', () => {
  it('counts piers, berths, active and inactive berths and the largest berth in use per harbour, in Finnish order', () => {
    const o = overview(HANDLER);
    expect(o.season).toBe(2026);
    expect(o.harbours.map((h) => [h.name.fi, h.region, h.pierCount, h.berthCount, h.activeBerths, h.inactiveBerths, h.maxWidth, h.maxLength])).toEqual([
      ['Merisatama', 'west', 2, 5, 5, 0, 3.5, 10.5],
      ['Pajalahti', 'west', 1, 3, 2, 1, 2.8, 9], // the inactive 3.0 × 9 berth is not the largest in use
      ['Vasikkasaari', 'east', 1, 1, 1, 0, 4, 12],
      ['Östersundom', 'east', 0, 0, 0, 0, null, null],
    ]);
  });

  it('gives a handler the season occupancy: free, offered (drafts too), leased, held for renewal', () => {
    const o = overview(HANDLER);
    expect(o.includesOccupancy).toBe(true);
    const byName = Object.fromEntries(o.harbours.map((h) => [h.name.fi, h.occupancy]));
    // Merisatama: a1 free (cancelled), a2 offered, a10 drafted, b1 renewal (paid 2025), new 9 free.
    expect(byName['Merisatama']).toEqual({ free: 2, offered: 2, leased: 0, renewal: 1 });
    // Pajalahti: p1 paid this season, p2 free, the inactive berth counts nowhere.
    expect(byName['Pajalahti']).toEqual({ free: 1, offered: 0, leased: 1, renewal: 0 });
    expect(byName['Vasikkasaari']).toEqual({ free: 1, offered: 0, leased: 0, renewal: 0 });
    expect(byName['Östersundom']).toEqual({ free: 0, offered: 0, leased: 0, renewal: 0 });
    for (const h of o.harbours) {
      const c = h.occupancy!;
      expect(c.free + c.offered + c.leased + c.renewal + h.inactiveBerths).toBe(h.berthCount);
    }
  });

  it('counts another season when asked: last season’s paid lease holds the berth for renewal', () => {
    const o = overview(SUPERVISOR, 2027);
    expect(o.season).toBe(2027);
    const paja = o.harbours.find((h) => h.id === H_PAJA)!;
    expect(paja.occupancy).toEqual({ free: 1, offered: 0, leased: 0, renewal: 1 });
    const meri = o.harbours.find((h) => h.id === H_MERI)!;
    expect(meri.occupancy).toEqual({ free: 5, offered: 0, leased: 0, renewal: 0 });
  });

  it('defaults to next year’s season after the summer season has ended', () => {
    const r = t.cache.handle('berths.harbourOverview', {}, HANDLER, new Date('2026-10-01T12:00:00+03:00'));
    expect(r.ok && r.value.season).toBe(2027);
  });

  it('gives harbour services the resources without any occupancy, even when the cache held leases', () => {
    const o = overview(HARBOUR_SERVICES);
    expect(o.includesOccupancy).toBe(false);
    expect(o.harbours).toHaveLength(4);
    expect(o.harbours.every((h) => h.occupancy === null)).toBe(true);
    expect(o.harbours[0]).toMatchObject({ name: { fi: 'Merisatama' }, berthCount: 5, pierCount: 2 });
  });

  it('works on a cache with resources only, as harbour services have it', () => {
    const onlyResources = tempCache('u-harri');
    try {
      const scoped = world().changes.filter((c) => ['harbour', 'pier', 'berth', 'berth_product', 'switch_reason'].includes(c.entity));
      onlyResources.cache.applyChanges(scoped, 'c1');
      const r = onlyResources.cache.handle('berths.harbourOverview', {}, HARBOUR_SERVICES, NOW);
      expect(r.ok && r.value.harbours.map((h) => [h.name.fi, h.activeBerths, h.occupancy])).toEqual([
        ['Merisatama', 4, null],
        ['Pajalahti', 2, null],
        ['Vasikkasaari', 1, null],
      ]);
    } finally {
      onlyResources.dispose();
    }
  });

  it('is refused to roles without access to berth resources', () => {
    expect(t.cache.handle('berths.harbourOverview', {}, KIOSK, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.handle('berths.listBerths', { harbourId: H_MERI }, KIOSK, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('berths.listBerths', () => {
  it('lists a harbour’s berths by pier, then by number in natural order, with the occupancy for a handler', () => {
    const b = berths(HANDLER, H_MERI);
    expect(b).toMatchObject({ harbourId: H_MERI, season: 2026, includesOccupancy: true });
    expect(b.berths.map((x) => [x.pier, x.number, x.occupancy])).toEqual([
      ['A', '1', 'free'],
      ['A', '2', 'offered'],
      ['A', '9', 'free'],
      ['A', '10', 'offered'],
      ['B', '1', 'renewal'],
    ]);
    expect(b.berths[2]).toMatchObject({ width: 3.5, length: 10.5, mooringType: 'stern_buoy', isActive: true, pierId: uid(2, 1) });
  });

  it('marks inactive berths and leased ones', () => {
    expect(berths(SUPERVISOR, H_PAJA).berths.map((x) => [x.number, x.isActive, x.occupancy])).toEqual([
      ['1', true, 'leased'],
      ['2', true, 'free'],
      ['3', false, 'inactive'],
    ]);
  });

  it('leaves the occupancy out for harbour services', () => {
    const b = berths(HARBOUR_SERVICES, H_VASIKKA);
    expect(b.includesOccupancy).toBe(false);
    expect(b.berths.map((x) => [x.pier, x.number, x.occupancy])).toEqual([['V', '1', null]]);
  });

  it('answers not_found for a harbour the cache does not hold', () => {
    expect(t.cache.handle('berths.listBerths', { harbourId: uid(1, 77) }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(berths(HANDLER, H_EMPTY).berths).toEqual([]);
  });
});
