import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Berth, BerthProduct, Harbour, Pier } from '../../domain/berths/entities.ts';
import type { MasterDataPayload } from '../../domain/berths/master-data-commands.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { racedPushes } from '../testing/raced-pushes.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let harri: string;
let aino: string;
const clientId = randomUUID();
let seq = 0;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 5 } });
  harri = await signIn(central.url, 'harri');
  aino = await signIn(central.url, 'aino');
});
afterAll(() => central.close());

async function pushAs(token: string, type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null) {
  return api<PushResponse & { error?: { code: string } }>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: [envelope(type, payload, ++seq, baseVersion)] } });
}
async function push(type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null) {
  const res = await pushAs(harri, type, payload, baseVersion);
  expect(res.status).toBe(200);
  return res.body.results[0];
}
async function one<T>(sql: string, params: unknown[] = []): Promise<{ data: T; version: number }> {
  const row = (await central.db.query<{ data: T; version: number }>(sql, params)).rows[0];
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
}
const changesOf = async (entityId: string) =>
  (await central.db.query<{ actor_name: string; actor_id: string; entity: string; version: number; changes: { field: string; before: unknown; after: unknown }[]; changed_at: Date }>(
    'SELECT actor_name, actor_id::text AS actor_id, entity, version, changes, changed_at FROM master_data_change WHERE entity_id = $1 ORDER BY version',
    [entityId],
  )).rows;

function berthEdit(b: Berth, patch: Partial<MasterDataPayload<'berths.editBerth'>> = {}): MasterDataPayload<'berths.editBerth'> {
  return {
    berthId: b.id,
    number: b.number,
    width: b.width,
    length: b.length,
    depth: b.depth,
    mooringType: b.mooringType,
    isAccessible: b.isAccessible,
    isActive: b.isActive,
    isInvoiceable: b.isInvoiceable ?? true,
    comment: b.comment,
    ...patch,
  };
}

/** An active berth no lease holds in this or next season, on a pier of its own choosing. */
const freeBerth = (offset = 0) =>
  one<Berth>(
    `SELECT data, version FROM berth b WHERE is_active AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id)
     ORDER BY id OFFSET $1 LIMIT 1`,
    [offset],
  );

describe('berth master data on the central', () => {
  it('harbour services edit a berth; another desk pulls the change; the audit keeps who changed what', async () => {
    const b = await freeBerth(0);
    const { cursor } = await pullAll(central.url, aino);
    const result = await push('berths.editBerth', berthEdit(b.data, { width: b.data.width + 0.25, comment: 'New pontoon', isInvoiceable: false }), b.version);
    expect(result).toMatchObject({ status: 'applied' });

    const pulled = (await pullAll(central.url, aino, cursor)).changes.filter((c) => c.entity === 'berth' && c.id === b.data.id);
    expect(pulled).toHaveLength(1);
    expect(pulled[0]).toMatchObject({ version: b.version + 1, data: { width: b.data.width + 0.25, comment: 'New pontoon', isInvoiceable: false } });

    const [audit] = await changesOf(b.data.id);
    expect(audit).toMatchObject({ actor_name: 'Harri Laine', actor_id: '6a1f3c52-7d41-4c0e-9b1a-000000000005', entity: 'berth', version: b.version + 1 });
    expect(audit!.changes).toHaveLength(3);
    expect(audit!.changes).toEqual(
      expect.arrayContaining([
        { field: 'comment', before: b.data.comment, after: 'New pontoon' },
        { field: 'width', before: b.data.width, after: b.data.width + 0.25 },
        { field: 'isInvoiceable', before: null, after: false },
      ]),
    );
  });

  it('refuses a berth handler (no resources.write) as forbidden and writes nothing', async () => {
    const b = await freeBerth(1);
    const res = await pushAs(aino, 'berths.editBerth', berthEdit(b.data, { width: 9 }), b.version);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    expect((await one<Berth>('SELECT data, version FROM berth WHERE id = $1', [b.data.id])).version).toBe(b.version);
    expect(await changesOf(b.data.id)).toEqual([]);
  });

  it('answers a stale base version with a conflict carrying the current record', async () => {
    const b = await freeBerth(2);
    expect(await push('berths.editBerth', berthEdit(b.data, { comment: 'first' }), b.version)).toMatchObject({ status: 'applied' });
    const late = await push('berths.editBerth', berthEdit(b.data, { comment: 'second' }), b.version);
    expect(late).toMatchObject({ status: 'conflict', code: 'stale_version', current: { version: b.version + 1, record: { comment: 'first' } } });
  });

  it('refuses bad input with a clear code and never a 5xx', async () => {
    const b = await freeBerth(3);
    for (const patch of [{ width: 0 }, { length: -2 }, { width: 300 }, { depth: 0 }]) {
      expect(await push('berths.editBerth', berthEdit(b.data, patch), b.version), JSON.stringify(patch)).toMatchObject({ status: 'rejected', code: 'berth_dimension_invalid' });
    }
    expect(await push('berths.editBerth', berthEdit(b.data, { number: ' ' }), b.version)).toMatchObject({ status: 'rejected', code: 'master_data_required' });
    for (const payload of [{ ...berthEdit(b.data), width: 'wide' }, { ...berthEdit(b.data), mooringType: 'anchor' }, { ...berthEdit(b.data), extra: 1 }, { berthId: 'not-a-uuid' }]) {
      const res = await pushAs(harri, 'berths.editBerth', payload, b.version);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'bad_request' } });
    }
    const missing = await push('berths.editBerth', berthEdit({ ...b.data, id: randomUUID() }), 1);
    expect(missing).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(await changesOf(b.data.id)).toEqual([]);
  });

  it('keeps a berth with a lease this or next season in use', async () => {
    const year = Number(helsinkiDate(new Date()).slice(0, 4));
    const held = await one<Berth>(
      `SELECT b.data, b.version FROM berth b JOIN lease l ON l.berth_id = b.id
       WHERE b.is_active AND l.status IN ('offered', 'paid') AND l.season IN ($1::int, $1::int + 1) ORDER BY b.id LIMIT 1`,
      [year],
    );
    expect(await push('berths.editBerth', berthEdit(held.data, { isActive: false }), held.version)).toMatchObject({ status: 'rejected', code: 'berth_has_active_lease' });
  });

  it('edits a pier and a harbour, each with its audit row', async () => {
    const p = await one<Pier>('SELECT data, version FROM pier ORDER BY id LIMIT 1');
    const tier = p.data.priceTier === 3 ? 1 : ((p.data.priceTier + 1) as 2 | 3);
    const pierEdit: MasterDataPayload<'berths.editPier'> = {
      pierId: p.data.id,
      identifier: p.data.identifier,
      priceTier: tier,
      services: p.data.services,
      personalElectricity: !p.data.personalElectricity,
      suitableBoatTypes: p.data.suitableBoatTypes,
      isActive: true,
    };
    expect(await push('berths.editPier', pierEdit, p.version)).toMatchObject({ status: 'applied' });
    expect((await changesOf(p.data.id))[0]!.changes.map((c) => c.field).sort()).toEqual(['isActive', 'personalElectricity', 'priceTier']);
    expect(await push('berths.editPier', { ...pierEdit, isActive: false }, p.version + 1)).toMatchObject({ status: 'rejected', code: 'pier_has_active_berths' });

    const h = await one<Harbour>('SELECT data, version FROM harbour ORDER BY id LIMIT 1');
    const edit = { harbourId: h.data.id, name: { ...h.data.name, en: `${h.data.name.fi} marina` }, streetAddress: h.data.streetAddress, zipCode: '1234', wwwUrl: h.data.wwwUrl };
    expect(await push('berths.editHarbour', edit, h.version)).toMatchObject({ status: 'rejected', code: 'master_data_zip_invalid' });
    expect(await push('berths.editHarbour', { ...edit, zipCode: h.data.zipCode }, h.version)).toMatchObject({ status: 'applied' });
    expect((await changesOf(h.data.id))[0]!.changes).toEqual([{ field: 'name', before: h.data.name, after: edit.name }]);
  });

  it('saves a new dated price list version, ending the open one the day before, and never changes one in force', async () => {
    const current = (await central.db.query<{ data: BerthProduct; version: number }>('SELECT data, version FROM berth_product ORDER BY id')).rows;
    const validFrom = addDays(helsinkiDate(new Date()), 30);
    const products = current.map((r) => ({ ...r.data, id: randomUUID(), tierPricesCents: r.data.tierPricesCents.map((c) => c + 1000) as [number, number, number] }));
    const bands = products.map(({ validFrom: _f, validUntil: _u, ...band }) => band);
    expect(await push('berths.savePriceList', { validFrom, validUntil: null, products: bands }, null)).toMatchObject({ status: 'applied' });
    const ended = await one<BerthProduct>('SELECT data, version FROM berth_product WHERE id = $1', [current[0]!.data.id]);
    expect(ended).toMatchObject({ version: current[0]!.version + 1, data: { validUntil: addDays(validFrom, -1) } });
    expect((await changesOf(current[0]!.data.id))[0]!.changes).toEqual([{ field: 'validUntil', before: null, after: addDays(validFrom, -1) }]);

    const inForce = current.map(({ data: { validFrom: _f, validUntil: _u, ...band } }) => band);
    expect(await push('berths.savePriceList', { validFrom: addDays(validFrom, 10), validUntil: null, products: inForce }, current[0]!.version + 1)).toMatchObject({
      status: 'rejected',
      code: 'price_list_started',
    });
    const gap = bands.map((b) => ({ ...b, id: randomUUID(), maxWidthInclusive: b.pricingCategory === 'default' && b.minWidthExclusive === 0 ? b.maxWidthInclusive - 0.1 : b.maxWidthInclusive }));
    expect(await push('berths.savePriceList', { validFrom: addDays(validFrom, 60), validUntil: null, products: gap }, null)).toMatchObject({ status: 'rejected', code: 'price_list_bands_invalid' });
  });

  describe('adding a berth', () => {
    const addOn = (pier: Pier, patch: Partial<MasterDataPayload<'berths.addBerth'>> = {}): MasterDataPayload<'berths.addBerth'> => ({
      berthId: randomUUID(),
      pierId: pier.id,
      number: `U${seq}`,
      width: 2.754,
      length: 8,
      depth: null,
      mooringType: 'stern_buoy',
      isAccessible: null,
      isActive: true,
      isInvoiceable: true,
      comment: 'Uusi paikka',
      ...patch,
    });
    const activePier = () => one<Pier>(`SELECT data, version FROM pier WHERE coalesce((data->>'isActive')::boolean, true) ORDER BY id OFFSET 2 LIMIT 1`);

    it('berth services add a berth on a pier; another desk pulls it; the change log keeps every field as new', async () => {
      const pier = await activePier();
      const { cursor } = await pullAll(central.url, aino);
      const add = addOn(pier.data);
      expect(await push('berths.addBerth', add, null)).toMatchObject({ status: 'applied' });

      const stored = await one<Berth>('SELECT data, version FROM berth WHERE id = $1', [add.berthId]);
      expect(stored).toEqual({ version: 1, data: { id: add.berthId, harbourId: pier.data.harbourId, pierId: pier.data.id, number: add.number, width: 2.75, length: 8, depth: null, mooringType: 'stern_buoy', isAccessible: null, isActive: true, isInvoiceable: true, comment: 'Uusi paikka' } });
      const pulled = (await pullAll(central.url, aino, cursor)).changes.filter((c) => c.entity === 'berth' && c.id === add.berthId);
      expect(pulled).toMatchObject([{ version: 1, data: { number: add.number, pierId: pier.data.id } }]);

      const [log] = await changesOf(add.berthId);
      expect(log).toMatchObject({ actor_name: 'Harri Laine', entity: 'berth', version: 1 });
      expect(log!.changes).toEqual(expect.arrayContaining([{ field: 'number', before: null, after: add.number }, { field: 'width', before: null, after: 2.75 }, { field: 'pierId', before: null, after: pier.data.id }]));
      // The pier itself is not changed by an add.
      expect((await one<Pier>('SELECT data, version FROM pier WHERE id = $1', [pier.data.id])).version).toBe(pier.version);
    });

    it('of two desks adding the same number on one pier at once, exactly one wins; the other is refused with berth_number_taken', async () => {
      const pier = await activePier();
      const number = `R${randomUUID().slice(0, 6)}`;
      const { outcomes, loser } = await racedPushes(central.url, harri, 'berths.addBerth', addOn(pier.data, { number }), addOn(pier.data, { number: number.toLowerCase() }));
      expect(outcomes).toEqual(['applied', 'rejected:berth_number_taken']);
      const onPier = await central.db.query(`SELECT 1 FROM berth WHERE pier_id = $1 AND lower(data->>'number') = lower($2)`, [pier.data.id, number]);
      expect(onPier.rowCount).toBe(1);
      expect(await changesOf(loser.berthId)).toEqual([]);
    });

    it('refuses a number the pier has, an unknown pier, an id that is taken, bad sizes, a berth in use on a pier out of use, and a handler', async () => {
      const pier = await activePier();
      const [taken] = (await central.db.query<{ number: string }>(`SELECT data->>'number' AS number FROM berth WHERE pier_id = $1 LIMIT 1`, [pier.data.id])).rows;
      expect(await push('berths.addBerth', addOn(pier.data, { number: taken!.number }), null)).toMatchObject({ status: 'rejected', code: 'berth_number_taken' });
      expect(await push('berths.addBerth', addOn({ ...pier.data, id: randomUUID() }), null)).toMatchObject({ status: 'rejected', code: 'not_found' });
      const existing = await freeBerth(5);
      expect(await push('berths.addBerth', addOn(pier.data, { berthId: existing.data.id }), null)).toMatchObject({ status: 'rejected', code: 'id_taken' });
      expect((await one<Berth>('SELECT data, version FROM berth WHERE id = $1', [existing.data.id])).version).toBe(existing.version);
      expect(await push('berths.addBerth', addOn(pier.data, { width: 300 }), null)).toMatchObject({ status: 'rejected', code: 'berth_dimension_invalid' });

      // A pier out of use (the seed has none): stored as the central stores a pier.
      const closed: Pier = { ...pier.data, id: randomUUID(), identifier: `Z${seq}`, isActive: false };
      await central.db.query('INSERT INTO pier (id, version, data) VALUES ($1, 1, $2)', [closed.id, JSON.stringify(closed)]);
      expect(await push('berths.addBerth', addOn(closed), null)).toMatchObject({ status: 'rejected', code: 'berth_pier_inactive' });
      expect(await push('berths.addBerth', addOn(closed, { isActive: false }), null)).toMatchObject({ status: 'applied' });

      const res = await pushAs(aino, 'berths.addBerth', addOn(pier.data), null);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    });
  });

  describe('adding a pier', () => {
    const addIn = (harbourId: string, identifier: string, patch: Partial<MasterDataPayload<'berths.addPier'>> = {}): MasterDataPayload<'berths.addPier'> => ({
      pierId: randomUUID(), harbourId, identifier, priceTier: 2, services: ['water', 'electricity'], personalElectricity: true, suitableBoatTypes: ['Moottorivene'], isActive: true, ...patch,
    });
    /** A harbour of the seed with piers, skipping the first `offset`, and its piers' identifiers. */
    async function harbourWithPiers(offset: number): Promise<{ harbour: Harbour; identifiers: string[] }> {
      const harbour = (await one<Harbour>('SELECT data, version FROM harbour h WHERE EXISTS (SELECT 1 FROM pier p WHERE p.harbour_id = h.id) ORDER BY id OFFSET $1 LIMIT 1', [offset])).data;
      const identifiers = (await central.db.query<{ identifier: string }>(`SELECT data->>'identifier' AS identifier FROM pier WHERE harbour_id = $1`, [harbour.id])).rows.map((r) => r.identifier);
      return { harbour, identifiers };
    }

    it('berth services add a pier to a harbour; another desk pulls it; the change log keeps every field as new', async () => {
      const { harbour } = await harbourWithPiers(0);
      const before = await one<Harbour>('SELECT data, version FROM harbour WHERE id = $1', [harbour.id]);
      const { cursor } = await pullAll(central.url, aino);
      const add = addIn(harbour.id, 'Uusi L');
      expect(await push('berths.addPier', add, null)).toMatchObject({ status: 'applied' });
      expect(await one<Pier>('SELECT data, version FROM pier WHERE id = $1', [add.pierId])).toEqual({
        version: 1,
        data: { id: add.pierId, harbourId: harbour.id, identifier: 'Uusi L', priceTier: 2, services: ['water', 'electricity'], personalElectricity: true, suitableBoatTypes: ['Moottorivene'], isActive: true },
      });
      const pulled = (await pullAll(central.url, aino, cursor)).changes.filter((c) => c.entity === 'pier' && c.id === add.pierId);
      expect(pulled).toMatchObject([{ version: 1, data: { identifier: 'Uusi L', harbourId: harbour.id } }]);
      const [log] = await changesOf(add.pierId);
      expect(log).toMatchObject({ actor_name: 'Harri Laine', entity: 'pier', version: 1 });
      expect(log!.changes).toEqual(expect.arrayContaining([{ field: 'identifier', before: null, after: 'Uusi L' }, { field: 'harbourId', before: null, after: harbour.id }]));
      // The harbour itself is not changed by an add.
      expect((await one<Harbour>('SELECT data, version FROM harbour WHERE id = $1', [harbour.id])).version).toBe(before.version);
    });

    it('of two desks adding the same identifier to one harbour at once, exactly one wins; the other is refused with pier_identifier_taken', async () => {
      const { harbour } = await harbourWithPiers(1);
      const { outcomes, loser } = await racedPushes(central.url, harri, 'berths.addPier', addIn(harbour.id, 'Kilpa'), addIn(harbour.id, 'kilpa', { priceTier: 1 }));
      expect(outcomes).toEqual(['applied', 'rejected:pier_identifier_taken']);
      expect((await central.db.query(`SELECT 1 FROM pier WHERE harbour_id = $1 AND lower(data->>'identifier') = 'kilpa'`, [harbour.id])).rowCount).toBe(1);
      expect(await changesOf(loser.pierId)).toEqual([]);
    });

    it('refuses an identifier the harbour has, an unknown harbour, an id that is taken, bad input and a handler', async () => {
      const { harbour, identifiers } = await harbourWithPiers(2);
      expect(await push('berths.addPier', addIn(harbour.id, ` ${identifiers[0]!.toLowerCase()} `), null)).toMatchObject({ status: 'rejected', code: 'pier_identifier_taken' });
      expect(await push('berths.addPier', addIn(harbour.id, ' '), null)).toMatchObject({ status: 'rejected', code: 'master_data_required' });
      expect(await push('berths.addPier', addIn(randomUUID(), 'X'), null)).toMatchObject({ status: 'rejected', code: 'not_found' });
      const existing = await one<Pier>('SELECT data, version FROM pier WHERE harbour_id = $1 LIMIT 1', [harbour.id]);
      expect(await push('berths.addPier', addIn(harbour.id, 'Y', { pierId: existing.data.id }), null)).toMatchObject({ status: 'rejected', code: 'id_taken' });
      expect((await one<Pier>('SELECT data, version FROM pier WHERE id = $1', [existing.data.id])).version).toBe(existing.version);
      // Out of use it may be added too (a harbour is never out of use).
      expect(await push('berths.addPier', addIn(harbour.id, 'Varasto', { isActive: false }), null)).toMatchObject({ status: 'applied' });

      for (const payload of [{ ...addIn(harbour.id, 'Z'), priceTier: 4 }, addIn(harbour.id, 'x'.repeat(21)), { ...addIn(harbour.id, 'Z'), services: ['sauna'] }, { ...addIn(harbour.id, 'Z'), extra: true }, { ...addIn(harbour.id, 'Z'), harbourId: 'nope' }]) {
        expect((await pushAs(harri, 'berths.addPier', payload, null)).status, JSON.stringify(payload)).toBe(400);
      }
      const res = await pushAs(aino, 'berths.addPier', addIn(harbour.id, 'Z'), null);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    });
  });
});
