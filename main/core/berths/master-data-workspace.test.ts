import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Berth } from '../../../domain/berths/entities.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { H_MERI, HANDLER, lease, put, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
const HARRI: StaffUser = { id: 'u-harri', name: 'Harri Satama', roles: ['harbour_services'], grants: [] };

let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  w = world();
  t = tempCache();
  t.cache.applyChanges([...w.changes, put('lease', lease(uid(9, 2), w.berths.a2, w.apps['Mäkinen']!, 'offered'))], 'c1');
});
afterEach(() => t.dispose());

const edit = (b: Berth, patch: Partial<Berth> = {}) => {
  const r = { ...b, ...patch };
  return { berthId: r.id, number: r.number, width: r.width, length: r.length, depth: r.depth, mooringType: r.mooringType, isAccessible: r.isAccessible, isActive: r.isActive, isInvoiceable: true, comment: r.comment };
};
const freeIn = (harbourName: string) => {
  const r = t.cache.handle('berths.harbourOverview', {}, HANDLER, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.harbours.find((h) => h.name.fi === harbourName)!.occupancy!.free;
};

describe('master data edits in the cache', () => {
  it('decides offline: the berth changes at once, queued with its version as base, and free counts follow', () => {
    const before = freeIn('Merisatama');
    const r = t.cache.handle('berths.editBerth', edit(w.berths.a1, { isActive: false, width: 2.75 }), HARRI, NOW);
    expect(r).toMatchObject({ ok: true, value: { status: 'pending' } });
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ type: 'berths.editBerth', baseVersion: 1 });
    const data = t.cache.handle('berths.harbourMasterData', { harbourId: H_MERI }, HARRI, NOW);
    if (!data.ok) throw new Error(data.error.message);
    expect(data.value.berths.find((b) => b.record.id === w.berths.a1.id)).toMatchObject({ version: 2, record: { isActive: false, width: 2.75 } });
    // An inactive berth is never free, whatever its leases.
    expect(freeIn('Merisatama')).toBe(before - 1);
  });

  it('refuses what the central would refuse, before anything is queued', () => {
    expect(t.cache.handle('berths.editBerth', edit(w.berths.a2, { isActive: false }), HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'berth_has_active_lease' } });
    expect(t.cache.handle('berths.editBerth', edit(w.berths.a1, { number: '10' }), HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'berth_number_taken' } });
    expect(t.cache.handle('berths.editBerth', edit(w.berths.a1, { width: -1 }), HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'berth_dimension_invalid' } });
    expect(t.cache.handle('berths.editBerth', edit(w.berths.a1), HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.pendingCommands(10)).toEqual([]);
  });

  it('adds a berth on a pier offline: the core gives it an id, it is free at once, and a number the pier has is refused', () => {
    const before = freeIn('Merisatama');
    const { berthId: _id, ...fields } = edit(w.berths.a1, { number: '31', width: 3.1 });
    const add = { ...fields, pierId: w.berths.a1.pierId };
    expect(t.cache.handle('berths.addBerth', add, HARRI, NOW)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ type: 'berths.addBerth', baseVersion: null, payload: { pierId: w.berths.a1.pierId, number: '31' } });
    const berthId = (queued!.payload as { berthId: string }).berthId;
    const data = t.cache.handle('berths.harbourMasterData', { harbourId: H_MERI }, HARRI, NOW);
    if (!data.ok) throw new Error(data.error.message);
    expect(data.value.berths.find((b) => b.record.id === berthId)).toMatchObject({ version: 1, record: { number: '31', width: 3.1, harbourId: H_MERI } });
    expect(freeIn('Merisatama')).toBe(before + 1);

    expect(t.cache.handle('berths.addBerth', add, HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'berth_number_taken' } });
    expect(t.cache.handle('berths.addBerth', { ...add, number: '32', pierId: uid(7, 7) }, HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.cache.handle('berths.addBerth', { ...add, number: '32' }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.pendingCommands(10)).toHaveLength(1);
  });

  it('adds a pier to a harbour offline: the core gives it an id, it is in the harbour\'s master data at once, and an identifier the harbour has is refused', () => {
    const master = () => {
      const r = t.cache.handle('berths.harbourMasterData', { harbourId: H_MERI }, HARRI, NOW);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const taken = master().piers[0]!.record.identifier;
    const add = { harbourId: H_MERI, identifier: 'Uusi', priceTier: 2 as const, services: ['water' as const], personalElectricity: false, suitableBoatTypes: [], isActive: true };
    expect(t.cache.handle('berths.addPier', add, HARRI, NOW)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ type: 'berths.addPier', baseVersion: null, payload: { harbourId: H_MERI, identifier: 'Uusi' } });
    const pierId = (queued!.payload as { pierId: string }).pierId;
    expect(master().piers.find((p) => p.record.id === pierId)).toMatchObject({ version: 1, record: { identifier: 'Uusi', harbourId: H_MERI, priceTier: 2 } });

    expect(t.cache.handle('berths.addPier', { ...add, identifier: ` ${taken.toLowerCase()} ` }, HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'pier_identifier_taken' } });
    expect(t.cache.handle('berths.addPier', { ...add, identifier: 'uusi' }, HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'pier_identifier_taken' } });
    expect(t.cache.handle('berths.addPier', { ...add, identifier: 'Toinen', harbourId: uid(7, 7) }, HARRI, NOW)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.cache.handle('berths.addPier', { ...add, identifier: 'Toinen' }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.pendingCommands(10)).toHaveLength(1);
  });

  it('lists the price list as dated versions', () => {
    const r = t.cache.handle('berths.priceLists', {}, HARRI, NOW);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.today).toBe('2026-02-10');
    expect(r.value.versions.map((v) => [v.state, v.products.length])).toEqual([['current', w.changes.filter((c) => c.entity === 'berth_product').length]]);
  });
});
