import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { WinterPayload } from '../../domain/berths/winter-commands.ts';
import type { WinterApplication, WinterArea, WinterPlace, WinterSection } from '../../domain/berths/winter-entities.ts';
import { placeFit } from '../../domain/berths/winter-places.ts';
import { offerWinter } from '../../domain/berths/winter-seasons.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { racedPushes } from '../testing/raced-pushes.ts';

type CommandType = Parameters<typeof envelope>[0];
type Table = 'winter_area' | 'winter_section' | 'winter_place';

let central: Awaited<ReturnType<typeof launchCentral>>;
let sanna: string;
let harri: string;
let aino: string;
let olli: string;
const clientId = randomUUID();
let seq = 0;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 7 } });
  sanna = await signIn(central.url, 'sanna');
  harri = await signIn(central.url, 'harri');
  aino = await signIn(central.url, 'aino');
  olli = await signIn(central.url, 'olli');
});
afterAll(() => central.close());

async function pushAs(token: string, type: CommandType, payload: unknown, baseVersion: number | null) {
  return api<PushResponse & { error?: { code: string } }>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: [envelope(type, payload, ++seq, baseVersion)] } });
}
async function push(type: CommandType, payload: unknown, baseVersion: number | null, token = sanna) {
  const res = await pushAs(token, type, payload, baseVersion);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!;
}
async function row<T>(table: Table, id: string): Promise<{ data: T; version: number }> {
  return (await central.db.query<{ data: T; version: number }>(`SELECT data, version FROM ${table} WHERE id = $1`, [id])).rows[0]!;
}
const changesOf = async (entityId: string) =>
  (await central.db.query<{ actor_name: string; entity: string; version: number; changes: { field: string; before: unknown; after: unknown }[] }>(
    'SELECT actor_name, entity, version, changes FROM master_data_change WHERE entity_id = $1 ORDER BY version',
    [entityId],
  )).rows;

const raced = <P>(type: CommandType, a: P, b: P) => racedPushes(central.url, sanna, type, a, b);

const placeEdit = (p: WinterPlace, patch: Partial<WinterPayload<'berths.editWinterPlace'>> = {}): WinterPayload<'berths.editWinterPlace'> => ({
  placeId: p.id, number: p.number, width: p.width, length: p.length, isActive: p.isActive, isInvoiceable: p.isInvoiceable, comment: p.comment, ...patch,
});

/** An active place no lease has ever been on, skipping the first `offset`. */
async function freePlace(offset = 0) {
  const res = await central.db.query<{ data: WinterPlace; version: number }>(
    `SELECT data, version FROM winter_place p WHERE is_active AND NOT EXISTS (SELECT 1 FROM winter_lease l WHERE l.place_id = p.id) ORDER BY id OFFSET $1 LIMIT 1`,
    [offset],
  );
  return res.rows[0]!;
}

describe('winter storage master data on the central', () => {
  it('berth services resize a place; another desk pulls it; the change log keeps each field before and after', async () => {
    const p = await freePlace(0);
    const { cursor } = await pullAll(central.url, aino);
    const result = await push('berths.editWinterPlace', placeEdit(p.data, { width: p.data.width + 0.5, comment: 'Next to the crane' }), p.version);
    expect(result).toMatchObject({ status: 'applied' });
    const pulled = (await pullAll(central.url, aino, cursor)).changes.filter((c) => c.entity === 'winter_place' && c.id === p.data.id);
    expect(pulled).toEqual([expect.objectContaining({ version: p.version + 1, data: expect.objectContaining({ width: p.data.width + 0.5, comment: 'Next to the crane' }) })]);
    const [audit] = await changesOf(p.data.id);
    expect(audit).toMatchObject({ actor_name: 'Sanna Nieminen', entity: 'winter_place', version: p.version + 1 });
    expect(audit!.changes).toEqual([
      { field: 'width', before: p.data.width, after: p.data.width + 0.5 },
      { field: 'comment', before: p.data.comment, after: 'Next to the crane' },
    ]);
  });

  it('is a conflict on an old version, with the current record; nothing is written', async () => {
    const p = await freePlace(1);
    const result = await push('berths.editWinterPlace', placeEdit(p.data, { isInvoiceable: !p.data.isInvoiceable }), p.version - 1 || 99);
    expect(result).toMatchObject({ status: 'conflict', code: 'stale_version', current: { version: p.version, record: { id: p.data.id } } });
    expect((await row<WinterPlace>('winter_place', p.data.id)).version).toBe(p.version);
    expect(await changesOf(p.data.id)).toEqual([]);
  });

  it('refuses a number another place of the section has, and sizes a place cannot have', async () => {
    const p = await freePlace(2);
    const other = (await central.db.query<{ n: number }>('SELECT number AS n FROM winter_place WHERE section_id = $1 AND id <> $2 LIMIT 1', [p.data.sectionId, p.data.id])).rows[0]!.n;
    expect(await push('berths.editWinterPlace', placeEdit(p.data, { number: other }), p.version)).toMatchObject({ status: 'rejected', code: 'winter_place_number_taken' });
    expect(await push('berths.editWinterPlace', placeEdit(p.data, { length: 0 }), p.version)).toMatchObject({ status: 'rejected', code: 'winter_place_size_invalid' });
    expect((await row<WinterPlace>('winter_place', p.data.id)).version).toBe(p.version);
  });

  it('keeps a place held by a lease in force in use and big enough for its boat; a free one goes out of use', async () => {
    const winter = offerWinter(helsinkiDate(new Date()));
    const apps = (await central.db.query<{ data: WinterApplication }>("SELECT data FROM winter_application WHERE area_type = 'marked' AND status = 'pending' AND winter = $1 ORDER BY reference", [winter])).rows.map((r) => r.data);
    const places = (await central.db.query<{ data: WinterPlace; version: number }>('SELECT data, version FROM winter_place p WHERE is_active AND NOT EXISTS (SELECT 1 FROM winter_lease l WHERE l.place_id = p.id) ORDER BY id OFFSET 3')).rows;
    const pair = apps.flatMap((a) => places.filter((p) => a.areaChoices.includes(p.data.areaId) && placeFit(p.data, a) === 'fits').map((p) => ({ a, p })))[0]!;
    expect(await push('berths.createWinterLease', { applicationId: pair.a.id, leaseId: randomUUID(), placeId: pair.p.data.id }, null, aino)).toMatchObject({ status: 'applied' });
    const held = await row<WinterPlace>('winter_place', pair.p.data.id);
    expect(await push('berths.editWinterPlace', placeEdit(held.data, { isActive: false }), held.version)).toMatchObject({ status: 'rejected', code: 'winter_place_held' });
    expect(await push('berths.editWinterPlace', placeEdit(held.data, { width: pair.a.boat.width - 0.1 }), held.version)).toMatchObject({ status: 'rejected', code: 'winter_place_held' });
    expect(await push('berths.editWinterPlace', placeEdit(held.data, { comment: 'Held' }), held.version)).toMatchObject({ status: 'applied' });

    const free = places.find((p) => p.data.id !== pair.p.data.id && p.data.sectionId !== pair.p.data.sectionId)!;
    expect(await push('berths.editWinterPlace', placeEdit(free.data, { isActive: false }), free.version)).toMatchObject({ status: 'applied' });
    expect((await row<WinterPlace>('winter_place', free.data.id)).data.isActive).toBe(false);
  });

  it('edits a section and an area, each logged; a section with places in use stays in use', async () => {
    const s = (await central.db.query<{ data: WinterSection; version: number }>('SELECT data, version FROM winter_section s WHERE EXISTS (SELECT 1 FROM winter_place p WHERE p.section_id = s.id AND p.is_active) ORDER BY id LIMIT 1')).rows[0]!;
    const sectionEdit = { sectionId: s.data.id, identifier: s.data.identifier, services: ['electricity', 'gate'], isActive: true } as const;
    expect(await push('berths.editWinterSection', sectionEdit, s.version)).toMatchObject({ status: 'applied' });
    expect(await push('berths.editWinterSection', { ...sectionEdit, isActive: false }, s.version + 1)).toMatchObject({ status: 'rejected', code: 'winter_section_has_active_places' });
    expect((await changesOf(s.data.id))[0]).toMatchObject({ entity: 'winter_section', changes: [
        { field: 'services', before: s.data.services, after: ['electricity', 'gate'] },
        // The seed's sections have no flag (in use): the first edit writes it.
        { field: 'isActive', before: null, after: true },
      ] });

    const a = await row<WinterArea>('winter_area', s.data.areaId);
    const areaEdit = { areaId: a.data.id, name: { ...a.data.name, en: `${a.data.name.en} area` }, streetAddress: a.data.streetAddress, zipCode: a.data.zipCode, estimatedUnmarkedSpaces: 12, isActive: true };
    expect(await push('berths.editWinterArea', areaEdit, a.version, harri)).toMatchObject({ status: 'applied' });
    expect(await push('berths.editWinterArea', { ...areaEdit, isActive: false }, a.version + 1)).toMatchObject({ status: 'rejected', code: 'winter_area_has_active_sections' });
    const [log] = await changesOf(a.data.id);
    expect(log).toMatchObject({ actor_name: 'Harri Laine', entity: 'winter_area' });
    expect(log!.changes.map((c) => c.field)).toEqual(['name', 'estimatedUnmarkedSpaces', 'isActive']);
  });

  it('refuses the roles that do not edit berth master data: case handlers and supervisors', async () => {
    const p = await freePlace(4);
    for (const token of [aino, olli]) {
      const res = await pushAs(token, 'berths.editWinterPlace', placeEdit(p.data, { comment: 'no' }), p.version);
      expect(res.status === 403 || res.body.results?.[0]?.status === 'rejected', JSON.stringify(res.body)).toBe(true);
      if (res.status === 200) expect(res.body.results[0]).toMatchObject({ code: 'forbidden' });
    }
    expect((await row<WinterPlace>('winter_place', p.data.id)).version).toBe(p.version);
  });

  it('answers bad input with 400, never 5xx', async () => {
    const p = await freePlace(5);
    for (const payload of [
      { ...placeEdit(p.data), number: 1.5 },
      { ...placeEdit(p.data), width: '3' },
      { ...placeEdit(p.data), comment: 'x\u0000y' },
      { ...placeEdit(p.data), extra: true },
      { sectionId: p.data.sectionId, identifier: 'B', services: ['sauna'], isActive: true },
      { areaId: p.data.areaId, name: { fi: 'a', sv: 'b' }, streetAddress: '', zipCode: '', estimatedUnmarkedSpaces: -1, isActive: true },
    ]) {
      const type: CommandType = 'placeId' in payload ? 'berths.editWinterPlace' : 'sectionId' in payload ? 'berths.editWinterSection' : 'berths.editWinterArea';
      const res = await pushAs(sanna, type, payload, p.version);
      expect(res.status, JSON.stringify(payload)).toBe(400);
    }
    // An id that names nothing is a refusal, not an error.
    expect(await push('berths.editWinterPlace', placeEdit({ ...p.data, id: randomUUID() }), 1)).toMatchObject({ status: 'rejected', code: 'not_found' });
  });
});

describe('adding a winter storage place on the central', () => {
  const addIn = (section: WinterSection, number: number, patch: Partial<WinterPayload<'berths.addWinterPlace'>> = {}): WinterPayload<'berths.addWinterPlace'> => ({
    placeId: randomUUID(), sectionId: section.id, number, width: 3.254, length: 9, isActive: true, isInvoiceable: true, comment: 'Uusi ruutu', ...patch,
  });
  /** A section in use with places, and a number none of its places has. */
  async function sectionWithFreeNumber(offset: number): Promise<{ section: WinterSection; number: number }> {
    const section = (await central.db.query<{ data: WinterSection }>(`SELECT data FROM winter_section s WHERE coalesce((data->>'isActive')::boolean, true) AND EXISTS (SELECT 1 FROM winter_place p WHERE p.section_id = s.id) ORDER BY id OFFSET $1 LIMIT 1`, [offset])).rows[0]!.data;
    const max = (await central.db.query<{ n: number | null }>('SELECT max(number) AS n FROM winter_place WHERE section_id = $1', [section.id])).rows[0]!.n ?? 0;
    return { section, number: max + 1 };
  }

  it('berth services add a place in a section; another desk pulls it; the change log keeps every field as new', async () => {
    const { section, number } = await sectionWithFreeNumber(0);
    const { cursor } = await pullAll(central.url, aino);
    const add = addIn(section, number);
    expect(await push('berths.addWinterPlace', add, null)).toMatchObject({ status: 'applied' });
    expect(await row<WinterPlace>('winter_place', add.placeId)).toEqual({
      version: 1,
      data: { id: add.placeId, areaId: section.areaId, sectionId: section.id, number, width: 3.25, length: 9, isActive: true, isInvoiceable: true, comment: 'Uusi ruutu' },
    });
    const pulled = (await pullAll(central.url, aino, cursor)).changes.filter((c) => c.entity === 'winter_place' && c.id === add.placeId);
    expect(pulled).toMatchObject([{ version: 1, data: { number, sectionId: section.id } }]);
    const [log] = await changesOf(add.placeId);
    expect(log).toMatchObject({ actor_name: 'Sanna Nieminen', entity: 'winter_place', version: 1 });
    expect(log!.changes).toEqual(expect.arrayContaining([{ field: 'number', before: null, after: number }, { field: 'sectionId', before: null, after: section.id }]));
  });

  it('of two desks adding the same number in one section at once, exactly one wins; the other is refused with winter_place_number_taken', async () => {
    const { section, number } = await sectionWithFreeNumber(1);
    const { outcomes, loser } = await raced('berths.addWinterPlace', addIn(section, number), addIn(section, number, { width: 2.5 }));
    expect(outcomes).toEqual(['applied', 'rejected:winter_place_number_taken']);
    expect((await central.db.query('SELECT 1 FROM winter_place WHERE section_id = $1 AND number = $2', [section.id, number])).rowCount).toBe(1);
    expect(await changesOf(loser.placeId)).toEqual([]);
  });

  it('refuses a number the section has, an unknown section, an id that is taken, bad sizes, a place in use in a section out of use, and a case handler', async () => {
    const { section, number } = await sectionWithFreeNumber(2);
    const taken = (await central.db.query<{ number: number }>('SELECT number FROM winter_place WHERE section_id = $1 ORDER BY number LIMIT 1', [section.id])).rows[0]!.number;
    expect(await push('berths.addWinterPlace', addIn(section, taken), null)).toMatchObject({ status: 'rejected', code: 'winter_place_number_taken' });
    expect(await push('berths.addWinterPlace', addIn({ ...section, id: randomUUID() }, number), null)).toMatchObject({ status: 'rejected', code: 'not_found' });
    const existing = await freePlace(3);
    expect(await push('berths.addWinterPlace', addIn(section, number, { placeId: existing.data.id }), null)).toMatchObject({ status: 'rejected', code: 'id_taken' });
    expect((await row<WinterPlace>('winter_place', existing.data.id)).version).toBe(existing.version);
    expect(await push('berths.addWinterPlace', addIn(section, number, { length: 31 }), null)).toMatchObject({ status: 'rejected', code: 'winter_place_size_invalid' });
    expect(await push('berths.addWinterPlace', addIn(section, 0), null)).toMatchObject({ status: 'rejected', code: 'winter_place_number_invalid' });

    // A section out of use (none of the seed's is): stored as the central stores a section.
    const closed: WinterSection = { ...section, id: randomUUID(), identifier: `Z${seq}`, isActive: false };
    await central.db.query('INSERT INTO winter_section (id, version, data) VALUES ($1, 1, $2)', [closed.id, JSON.stringify(closed)]);
    expect(await push('berths.addWinterPlace', addIn(closed, 1), null)).toMatchObject({ status: 'rejected', code: 'winter_section_inactive' });
    expect(await push('berths.addWinterPlace', addIn(closed, 1, { isActive: false }), null)).toMatchObject({ status: 'applied' });

    const res = await pushAs(aino, 'berths.addWinterPlace', addIn(section, number + 1), null);
    expect(res.status).toBe(403);
  });
});

describe('adding a winter storage section on the central', () => {
  const addTo = (areaId: string, identifier: string, patch: Partial<WinterPayload<'berths.addWinterSection'>> = {}): WinterPayload<'berths.addWinterSection'> => ({
    sectionId: randomUUID(), areaId, identifier, services: ['water', 'gate'], isActive: true, ...patch,
  });
  /** An area of the seed with its sections' identifiers, skipping the first `offset`. */
  async function areaWithSections(offset: number): Promise<{ area: WinterArea; identifiers: string[] }> {
    const area = (await central.db.query<{ data: WinterArea }>('SELECT data FROM winter_area a WHERE EXISTS (SELECT 1 FROM winter_section s WHERE s.area_id = a.id) ORDER BY id OFFSET $1 LIMIT 1', [offset])).rows[0]!.data;
    const identifiers = (await central.db.query<{ identifier: string }>('SELECT identifier FROM winter_section WHERE area_id = $1', [area.id])).rows.map((r) => r.identifier);
    return { area, identifiers };
  }

  it('berth services add a section to an area; another desk pulls it; the change log keeps every field as new', async () => {
    const { area } = await areaWithSections(0);
    const { cursor } = await pullAll(central.url, aino);
    const add = addTo(area.id, 'Uusi A');
    expect(await push('berths.addWinterSection', add, null)).toMatchObject({ status: 'applied' });
    expect(await row<WinterSection>('winter_section', add.sectionId)).toEqual({ version: 1, data: { id: add.sectionId, areaId: area.id, identifier: 'Uusi A', services: ['water', 'gate'], isActive: true } });
    const pulled = (await pullAll(central.url, aino, cursor)).changes.filter((c) => c.entity === 'winter_section' && c.id === add.sectionId);
    expect(pulled).toMatchObject([{ version: 1, data: { identifier: 'Uusi A', areaId: area.id } }]);
    const [log] = await changesOf(add.sectionId);
    expect(log).toMatchObject({ actor_name: 'Sanna Nieminen', entity: 'winter_section', version: 1 });
    expect(log!.changes).toEqual(expect.arrayContaining([{ field: 'identifier', before: null, after: 'Uusi A' }, { field: 'areaId', before: null, after: area.id }]));
  });

  it('of two desks adding the same identifier to one area at once, exactly one wins; the other is refused with winter_section_identifier_taken', async () => {
    const { area } = await areaWithSections(1);
    const { outcomes, loser } = await raced('berths.addWinterSection', addTo(area.id, 'Kilpa'), addTo(area.id, 'kilpa', { services: [] }));
    expect(outcomes).toEqual(['applied', 'rejected:winter_section_identifier_taken']);
    expect((await central.db.query("SELECT 1 FROM winter_section WHERE area_id = $1 AND lower(identifier) = 'kilpa'", [area.id])).rowCount).toBe(1);
    expect(await changesOf(loser.sectionId)).toEqual([]);
  });

  it('refuses an identifier the area has, an unknown area, an id that is taken, a section in use in an area out of use, bad input and a case handler', async () => {
    const { area, identifiers } = await areaWithSections(2);
    expect(await push('berths.addWinterSection', addTo(area.id, ` ${identifiers[0]!.toLowerCase()} `), null)).toMatchObject({ status: 'rejected', code: 'winter_section_identifier_taken' });
    expect(await push('berths.addWinterSection', addTo(randomUUID(), 'X'), null)).toMatchObject({ status: 'rejected', code: 'not_found' });
    const existing = (await central.db.query<{ data: WinterSection; version: number }>('SELECT data, version FROM winter_section WHERE area_id = $1 LIMIT 1', [area.id])).rows[0]!;
    expect(await push('berths.addWinterSection', addTo(area.id, 'Y', { sectionId: existing.data.id }), null)).toMatchObject({ status: 'rejected', code: 'id_taken' });
    expect((await row<WinterSection>('winter_section', existing.data.id)).version).toBe(existing.version);

    // An area out of use (none of the seed's is): stored as the central stores an area.
    const closed: WinterArea = { ...area, id: randomUUID(), isActive: false };
    await central.db.query('INSERT INTO winter_area (id, version, data) VALUES ($1, 1, $2)', [closed.id, JSON.stringify(closed)]);
    expect(await push('berths.addWinterSection', addTo(closed.id, 'A'), null)).toMatchObject({ status: 'rejected', code: 'winter_area_inactive' });
    expect(await push('berths.addWinterSection', addTo(closed.id, 'A', { isActive: false }), null)).toMatchObject({ status: 'applied' });

    for (const payload of [{ ...addTo(area.id, 'Z'), services: ['sauna'] }, { ...addTo(area.id, 'x'.repeat(21)) }, { ...addTo(area.id, 'Z'), extra: true }, { ...addTo(area.id, 'Z'), areaId: 'nope' }]) {
      expect((await pushAs(sanna, 'berths.addWinterSection', payload, null)).status, JSON.stringify(payload)).toBe(400);
    }
    expect((await pushAs(aino, 'berths.addWinterSection', addTo(area.id, 'Z'), null)).status).toBe(403);
  });
});
