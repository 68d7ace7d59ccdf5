import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import type { BerthProduct } from './entities.ts';
import { MASTER_DATA_COMMANDS, type MasterDataPayload, type PriceBand } from './master-data-commands.ts';
import { bandProblem, MASTER_DATA_DECIDERS, masterDataAggregate, retired, type MasterDataState } from './master-data-deciders.ts';
import { HARBOUR_A, PIER_A, berth, harbour, lease, pier } from './fixtures.test-support.ts';

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000001',
  actor: { id: 'u-harri', name: 'Harri Laine' },
  now: '2026-11-28T10:00:00+02:00',
  recordedAt: null,
  today: '2026-11-28',
  baseVersion: 2,
  ...extra,
});

const refusal = (d: { ok: boolean; code?: string; status?: string }) => (d.ok ? 'ok' : `${d.status}:${d.code}`);

describe('editing a berth', () => {
  const b = berth(HARBOUR_A, PIER_A, 2.5, 6, { number: '7' });
  const neighbour = berth(HARBOUR_A, PIER_A, 3, 8, { number: '8' });
  const state = (extra: Partial<MasterDataState> = {}) => ({ master: { berth: { record: b, version: 2 }, pierBerths: [b, neighbour], berthLeases: [], ...extra } });
  const edit = (p: Partial<MasterDataPayload<'berths.editBerth'>> = {}): MasterDataPayload<'berths.editBerth'> => ({
    berthId: b.id,
    number: '7',
    width: 2.8,
    length: 6,
    depth: null,
    mooringType: 'single_slip',
    isAccessible: null,
    isActive: true,
    isInvoiceable: true,
    comment: '',
    ...p,
  });

  it('writes the new sizes at the next version', () => {
    const d = MASTER_DATA_DECIDERS['berths.editBerth'](state(), edit({ width: 2.804, comment: 'New buoy' }), ctx());
    expect(d).toEqual({ ok: true, puts: [{ entity: 'berth', version: 3, record: { ...b, width: 2.8, comment: 'New buoy', isInvoiceable: true } }] });
  });

  it('refuses a change decided on an old copy as a conflict', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editBerth'](state(), edit(), ctx({ baseVersion: 1 })))).toBe('conflict:stale_version');
  });

  it.each([
    [{ width: 0 }, 'berth_dimension_invalid'],
    [{ length: -1 }, 'berth_dimension_invalid'],
    [{ width: 250 }, 'berth_dimension_invalid'],
    [{ depth: 0 }, 'berth_dimension_invalid'],
    [{ width: Number.NaN }, 'berth_dimension_invalid'],
    [{ number: '  ' }, 'master_data_required'],
    [{ number: '8' }, 'berth_number_taken'],
  ] as const)('refuses %o with %s', (patch, code) => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editBerth'](state(), edit(patch), ctx()))).toBe(`rejected:${code}`);
  });

  it.each([
    ['a paid lease this season', [lease(b.id, 2026, 'paid')]],
    ['an offer for next season', [lease(b.id, 2027, 'offered')]],
    ['last season held for renewal into this one', [lease(b.id, 2025, 'paid')]],
  ])('keeps a berth in use while %s holds it', (_name, leases) => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editBerth'](state({ berthLeases: leases }), edit({ isActive: false }), ctx()))).toBe('rejected:berth_has_active_lease');
  });

  it('takes a berth out of use when no lease holds it now or next season', () => {
    const leases = [lease(b.id, 2026, 'terminated'), lease(b.id, 2024, 'paid')];
    const d = MASTER_DATA_DECIDERS['berths.editBerth'](state({ berthLeases: leases }), edit({ isActive: false }), ctx());
    expect(d.ok && d.puts[0]!.record).toMatchObject({ isActive: false });
  });

  it('is not found when the berth is not there', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editBerth']({ master: {} }, edit(), ctx()))).toBe('rejected:not_found');
  });
});

describe('adding a berth', () => {
  const p = pier(PIER_A, HARBOUR_A, 'A', 1);
  const existing = berth(HARBOUR_A, PIER_A, 3, 8, { number: '8' });
  const newId = '00000000-0000-4000-8000-0000000000c1';
  const state = (extra: Partial<MasterDataState> = {}) => ({ master: { pier: { record: p, version: 4 }, berth: null, pierBerths: [existing], ...extra } });
  const add = (x: Partial<MasterDataPayload<'berths.addBerth'>> = {}): MasterDataPayload<'berths.addBerth'> => ({
    berthId: newId,
    pierId: PIER_A,
    number: '9',
    width: 2.504,
    length: 7,
    depth: 1.8,
    mooringType: 'stern_buoy',
    isAccessible: true,
    isActive: true,
    isInvoiceable: false,
    comment: 'Uusi',
    ...x,
  });

  it('creates the berth on the pier and its harbour at version 1, sizes to the centimetre', () => {
    expect(MASTER_DATA_DECIDERS['berths.addBerth'](state(), add(), ctx({ baseVersion: null }))).toEqual({
      ok: true,
      puts: [
        {
          entity: 'berth',
          version: 1,
          record: { id: newId, harbourId: HARBOUR_A, pierId: PIER_A, number: '9', width: 2.5, length: 7, depth: 1.8, mooringType: 'stern_buoy', isAccessible: true, isActive: true, isInvoiceable: false, comment: 'Uusi' },
        },
      ],
    });
  });

  it.each([
    [{ number: '8' }, 'berth_number_taken'],
    [{ number: ' ' }, 'master_data_required'],
    [{ width: 0 }, 'berth_dimension_invalid'],
    [{ length: 151 }, 'berth_dimension_invalid'],
    [{ depth: -1 }, 'berth_dimension_invalid'],
  ] as const)('refuses %o with %s, as the edit does', (patch, code) => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.addBerth'](state(), add(patch), ctx()))).toBe(`rejected:${code}`);
  });

  it('refuses a number the pier has in other letters case', () => {
    const lettered = berth(HARBOUR_A, PIER_A, 3, 8, { number: '12a' });
    expect(refusal(MASTER_DATA_DECIDERS['berths.addBerth'](state({ pierBerths: [lettered] }), add({ number: '12A' }), ctx()))).toBe('rejected:berth_number_taken');
  });

  it('refuses an unknown pier', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.addBerth']({ master: { pier: null } }, add(), ctx()))).toBe('rejected:not_found');
  });

  it('never overwrites a berth whose id it names', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.addBerth'](state({ berth: { record: existing, version: 3 } }), add(), ctx()))).toBe('rejected:id_taken');
  });

  it('adds a berth in use only on a pier in use; out of use it may be added there', () => {
    const closed = state({ pier: { record: { ...p, isActive: false }, version: 5 } });
    expect(refusal(MASTER_DATA_DECIDERS['berths.addBerth'](closed, add(), ctx()))).toBe('rejected:berth_pier_inactive');
    expect(MASTER_DATA_DECIDERS['berths.addBerth'](closed, add({ isActive: false }), ctx()).ok).toBe(true);
  });

  it('is not versioned and needs the right to edit berth master data', () => {
    expect(MASTER_DATA_COMMANDS['berths.addBerth']).toMatchObject({ permission: 'berths.resources.write', versioned: false });
    expect(MASTER_DATA_COMMANDS['berths.addBerth'].payload.safeParse({ ...add(), pierId: 'pier-a' }).success).toBe(false);
  });
});

describe('editing a pier', () => {
  const p = pier(PIER_A, HARBOUR_A, 'A', 1);
  const other = pier('00000000-0000-4000-8000-0000000000a2', HARBOUR_A, 'B', 2);
  const edit = (x: Partial<MasterDataPayload<'berths.editPier'>> = {}): MasterDataPayload<'berths.editPier'> => ({
    pierId: p.id,
    identifier: 'A',
    priceTier: 2,
    services: ['water', 'water', 'electricity'],
    personalElectricity: true,
    suitableBoatTypes: ['Soutuvene', ' '],
    isActive: true,
    ...x,
  });
  const state = (berths = [berth(HARBOUR_A, PIER_A, 2, 5, { isActive: false })]) => ({ master: { pier: { record: p, version: 2 }, siblingPiers: [p, other], pierBerths: berths } });

  it('changes the price tier and services', () => {
    const d = MASTER_DATA_DECIDERS['berths.editPier'](state(), edit(), ctx());
    expect(d.ok && d.puts[0]).toEqual({ entity: 'pier', version: 3, record: { ...p, priceTier: 2, services: ['water', 'electricity'], personalElectricity: true, suitableBoatTypes: ['Soutuvene'], isActive: true } });
  });

  it('refuses an identifier another pier of the harbour has', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editPier'](state(), edit({ identifier: 'b' }), ctx()))).toBe('rejected:pier_identifier_taken');
  });

  it('keeps a pier in use while a berth on it is in use', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editPier'](state([berth(HARBOUR_A, PIER_A, 2, 5)]), edit({ isActive: false }), ctx()))).toBe('rejected:pier_has_active_berths');
    expect(MASTER_DATA_DECIDERS['berths.editPier'](state(), edit({ isActive: false }), ctx()).ok).toBe(true);
  });

  it('refuses a price tier outside 1-3 at the payload', () => {
    expect(MASTER_DATA_COMMANDS['berths.editPier'].payload.safeParse({ ...edit(), priceTier: 4 }).success).toBe(false);
  });
});

describe('adding a pier', () => {
  const NEW = '00000000-0000-4000-8000-0000000000a9';
  const h = harbour(HARBOUR_A, 'Merisatama');
  const existing = [pier(PIER_A, HARBOUR_A, 'A', 1), pier('00000000-0000-4000-8000-0000000000a2', HARBOUR_A, 'É', 2)];
  const state = (extra: Partial<MasterDataState> = {}) => ({ master: { harbour: { record: h, version: 4 }, pier: null, siblingPiers: existing, ...extra } });
  const add = (x: Partial<MasterDataPayload<'berths.addPier'>> = {}): MasterDataPayload<'berths.addPier'> => ({
    harbourId: HARBOUR_A, pierId: NEW, identifier: 'C', priceTier: 3, services: ['water', 'water', 'gate'], personalElectricity: false, suitableBoatTypes: ['Soutuvene', ' ', 'Soutuvene'], isActive: true, ...x,
  });

  it('makes the pier in its harbour under the desk\'s id, version 1, as the edit writes its fields', () => {
    const d = MASTER_DATA_DECIDERS['berths.addPier'](state(), add(), ctx({ baseVersion: null }));
    expect(d).toEqual({
      ok: true,
      puts: [{ entity: 'pier', version: 1, record: { id: NEW, harbourId: HARBOUR_A, identifier: 'C', priceTier: 3, services: ['water', 'gate'], personalElectricity: false, suitableBoatTypes: ['Soutuvene'], isActive: true } }],
    });
    expect(MASTER_DATA_DECIDERS['berths.addPier'](state(), add({ isActive: false }), ctx()).ok).toBe(true);
  });

  it('refuses an identifier another pier of the harbour has (case and accents aside) and an empty one, as the edit does', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.addPier'](state(), add({ identifier: ' a ' }), ctx()))).toBe('rejected:pier_identifier_taken');
    expect(refusal(MASTER_DATA_DECIDERS['berths.addPier'](state(), add({ identifier: 'e' }), ctx()))).toBe('rejected:pier_identifier_taken');
    expect(refusal(MASTER_DATA_DECIDERS['berths.addPier'](state(), add({ identifier: ' ' }), ctx()))).toBe('rejected:master_data_required');
  });

  it('refuses an unknown harbour and an id that names a pier already', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.addPier']({ master: { harbour: null } }, add(), ctx()))).toBe('rejected:not_found');
    expect(refusal(MASTER_DATA_DECIDERS['berths.addPier'](state({ pier: { record: pier(NEW, HARBOUR_A, 'Z'), version: 1 } }), add(), ctx()))).toBe('rejected:id_taken');
  });

  it('is not versioned, ties to its harbour and takes only the edit\'s fields', () => {
    expect(MASTER_DATA_COMMANDS['berths.addPier']).toMatchObject({ permission: 'berths.resources.write', versioned: false });
    expect(masterDataAggregate('berths.addPier', add())).toEqual({ entity: 'harbour', id: HARBOUR_A });
    expect(MASTER_DATA_COMMANDS['berths.addPier'].payload.safeParse({ ...add(), priceTier: 4 }).success).toBe(false);
    expect(MASTER_DATA_COMMANDS['berths.addPier'].payload.safeParse({ ...add(), berths: [] }).success).toBe(false);
  });
});

describe('editing a harbour', () => {
  const h = harbour(HARBOUR_A, 'Puotilan venesatama');
  const edit = (x: Partial<MasterDataPayload<'berths.editHarbour'>> = {}): MasterDataPayload<'berths.editHarbour'> => ({
    harbourId: h.id,
    name: { fi: 'Puotilan venesatama', sv: 'Botby båthamn', en: 'Puotila marina' },
    streetAddress: 'Puotilantie 1',
    zipCode: '00910',
    wwwUrl: 'https://www.hel.fi/puotila',
    ...x,
  });
  const state = { master: { harbour: { record: h, version: 2 } } };

  it('renames it in three languages', () => {
    const d = MASTER_DATA_DECIDERS['berths.editHarbour'](state, edit(), ctx());
    expect(d.ok && d.puts[0]!.record).toMatchObject({ name: { sv: 'Botby båthamn' }, streetAddress: 'Puotilantie 1', region: 'east' });
  });

  it.each([
    [{ name: { fi: 'A', sv: '', en: 'A' } }, 'master_data_required'],
    [{ zipCode: '9100' }, 'master_data_zip_invalid'],
    [{ wwwUrl: 'javascript:alert(1)' }, 'master_data_url_invalid'],
  ] as const)('refuses %o with %s', (patch, code) => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.editHarbour'](state, edit(patch), ctx()))).toBe(`rejected:${code}`);
  });
});

const id = (n: number) => `00000000-0000-4000-e100-${String(n).padStart(12, '0')}`;
function bands(start = 0): PriceBand[] {
  return [
    { id: id(start + 1), pricingCategory: 'default', minWidthExclusive: 0, maxWidthInclusive: 2.5, tierPricesCents: [29000, 25000, 22000], vatPercent: 25.5 },
    { id: id(start + 2), pricingCategory: 'default', minWidthExclusive: 2.5, maxWidthInclusive: 999.99, tierPricesCents: [82000, 75000, 66000], vatPercent: 25.5 },
    { id: id(start + 3), pricingCategory: 'dinghy', minWidthExclusive: 0, maxWidthInclusive: 999.99, tierPricesCents: [6200, 6200, 6200], vatPercent: 25.5 },
    { id: id(start + 4), pricingCategory: 'trailer', minWidthExclusive: 0, maxWidthInclusive: 999.99, tierPricesCents: [12900, 12900, 12900], vatPercent: 25.5 },
    { id: id(start + 5), pricingCategory: 'vasikkasaari', minWidthExclusive: 2.49, maxWidthInclusive: 2.5, tierPricesCents: [10000, 10000, 10000], vatPercent: 25.5 },
    { id: id(start + 6), pricingCategory: 'vasikkasaari', minWidthExclusive: 2.99, maxWidthInclusive: 3, tierPricesCents: [12900, 12900, 12900], vatPercent: 25.5 },
  ];
}
const stored = (list: PriceBand[], validFrom: string, validUntil: string | null, version = 1) =>
  list.map((b): { record: BerthProduct; version: number } => ({ record: { ...b, validFrom, validUntil }, version }));

describe('price list versions', () => {
  const current = stored(bands(), '2024-09-01', null);
  const save = (x: Partial<MasterDataPayload<'berths.savePriceList'>> = {}) => ({ validFrom: '2027-01-01', validUntil: null, products: bands(100), ...x });

  it('a new version ends the open one the day before it begins', () => {
    const d = MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: current } }, save(), ctx({ baseVersion: null }));
    if (!d.ok) throw new Error(d.message);
    const ended = d.puts.filter((p) => p.version === 2);
    expect(ended.map((p) => p.record)).toEqual(current.map((c) => ({ ...c.record, validUntil: '2026-12-31' })));
    expect(d.puts.filter((p) => p.version === 1).map((p) => p.record)).toEqual(bands(100).map((b) => ({ ...b, validFrom: '2027-01-01', validUntil: null })));
  });

  it('never begins today or earlier, nor ends before it begins', () => {
    expect(refusal(MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: current } }, save({ validFrom: '2026-11-28' }), ctx()))).toBe('rejected:price_list_dates_invalid');
    expect(refusal(MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: current } }, save({ validUntil: '2026-12-31' }), ctx()))).toBe('rejected:price_list_dates_invalid');
  });

  it('never changes a version in force', () => {
    const changed = bands().map((b) => ({ ...b, tierPricesCents: [1, 1, 1] as [number, number, number] }));
    expect(refusal(MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: current } }, save({ products: changed }), ctx({ baseVersion: 1 })))).toBe('rejected:price_list_started');
  });

  it('changes an upcoming version in place and retires the bands dropped from it', () => {
    const upcoming = stored(bands(100), '2027-01-01', null, 3);
    const kept = bands(100).filter((b) => b.id !== id(106));
    const d = MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: [...stored(bands(), '2024-09-01', '2026-12-31'), ...upcoming] } }, save({ products: kept }), ctx({ baseVersion: 3 }));
    if (!d.ok) throw new Error(d.message);
    const dropped = d.puts.find((p) => (p.record as BerthProduct).id === id(106))!;
    expect(retired(dropped.record as BerthProduct)).toBe(true);
    expect(d.puts.every((p) => p.version === 4)).toBe(true);
    expect(refusal(MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: upcoming } }, save(), ctx({ baseVersion: 2 })))).toBe('conflict:stale_version');
  });

  it('refuses dates that overlap a closed version of the same category', () => {
    const closed = stored(bands(), '2024-09-01', '2027-06-30');
    expect(refusal(MASTER_DATA_DECIDERS['berths.savePriceList']({ master: { products: closed } }, save(), ctx({ baseVersion: null })))).toBe('rejected:price_list_overlap');
  });

  it.each([
    ['a gap in the general bands', (l: PriceBand[]) => [{ ...l[0]!, maxWidthInclusive: 2.4 }, ...l.slice(1)]],
    ['overlapping general bands', (l: PriceBand[]) => [{ ...l[0]!, maxWidthInclusive: 2.6 }, ...l.slice(1)]],
    ['an empty band', (l: PriceBand[]) => [...l.slice(0, 4), { ...l[4]!, minWidthExclusive: 2.5 }, l[5]!]],
    ['a general list not from 0 m', (l: PriceBand[]) => [{ ...l[0]!, minWidthExclusive: 1 }, ...l.slice(1)]],
    ['no trailer prices', (l: PriceBand[]) => l.filter((b) => b.pricingCategory !== 'trailer')],
    ['a price below zero', (l: PriceBand[]) => [{ ...l[0]!, tierPricesCents: [-1, 0, 0] as [number, number, number] }, ...l.slice(1)]],
  ])('finds %s', (_name, change) => {
    expect(bandProblem(change(bands()))).not.toBeNull();
  });

  it('accepts width bands that meet (lower bound exclusive, upper inclusive) and Vasikkasaari sizes with gaps', () => {
    expect(bandProblem(bands())).toBeNull();
  });
});
