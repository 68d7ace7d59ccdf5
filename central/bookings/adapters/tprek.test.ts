import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpJsonSource } from './json-source.ts';
import { RECORDED_FILES, readRecorded } from './recorded.ts';
import { cityAdapters } from './settings.ts';
import { startRecordedApiServer, type RecordedApiServer } from './testing/recorded-api-server.ts';
import { normaliseTprekUnit, parseTprekUnit, TprekAdapter } from './tprek.ts';

const recordedUnits = readRecorded(RECORDED_FILES.tprekUnits) as Record<string, unknown>[];
const kallioRecord = recordedUnits.find((u) => u.id === 8215)!;

describe('the TPREK adapter over HTTP', () => {
  let api: RecordedApiServer;
  let tprek: TprekAdapter;
  beforeAll(async () => {
    api = await startRecordedApiServer({
      '/unit/900': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 900, name_fi: 'Nimi', latitude: 'north' })),
      '/unit/901': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": 901, "name_fi": "Kesken'),
      '/unit/902': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...kallioRecord })),
      '/unit/903': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 903, name_fi: ' ', name_sv: null })),
      '/unit/904': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'),
    });
    tprek = new TprekAdapter(httpJsonSource(`${api.baseUrl}/`, { apiName: 'TPREK' }));
  });
  afterAll(() => api.close());

  it('reads Kallio library in three languages, with its address, contacts, place and Hauki id', async () => {
    const unit = await tprek.unit('8215');
    expect(unit).toEqual({
      ok: true,
      value: {
        tprekId: '8215',
        tprekDepartmentId: 'dc7d39db-b35a-4612-a921-1b7b24b0baa3',
        name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: 'Kallio Library' },
        streetAddress: { fi: 'Viides linja 11', sv: 'Femte linjen 11', en: 'Viides linja 11' },
        postalCode: '00530',
        city: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
        phone: '+358 9 310 85053',
        email: null,
        www: { fi: 'http://www.helmet.fi/kallionkirjasto', sv: 'http://www.helmet.fi/kallionkirjasto', en: 'http://www.helmet.fi/kallionkirjasto' },
        coordinates: { lat: 60.18372, lon: 24.95356 },
        haukiResourceId: 1,
      },
    });
    expect(api.requests).toContain('/unit/8215');
  });

  it('reads several units in the order asked; Oodi has no Hauki link in the record', async () => {
    const units = await tprek.units(['51342', '8215']);
    if (!units.ok) throw new Error(units.error.message);
    expect(units.value.map((u) => [u.name.sv, u.email, u.haukiResourceId])).toEqual([
      ['Helsingfors centrumbibliotek Ode', 'oodi@hel.fi', null],
      ['Berghälls bibliotek', null, 1],
    ]);
  });

  it('gives the same units from the bundled recorded samples when no URL is configured', async () => {
    const recorded = await cityAdapters({}).tprek.units(['8215', '51342']);
    const overHttp = await tprek.units(['8215', '51342']);
    expect(recorded).toEqual(overHttp);
  });

  it('falls back to Finnish for a missing or empty Swedish or English text, and finds a name in any language', () => {
    const unit = normaliseTprekUnit({ id: 1, name_fi: 'Annantalo', name_sv: '', name_en: null, street_address_fi: 'Annankatu 30', address_city_fi: 'Helsinki', address_city_sv: 'Helsingfors' });
    expect(unit).toMatchObject({
      name: { fi: 'Annantalo', sv: 'Annantalo', en: 'Annantalo' },
      streetAddress: { fi: 'Annankatu 30', sv: 'Annankatu 30', en: 'Annankatu 30' },
      city: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
      www: null,
      coordinates: null,
      postalCode: '',
      haukiResourceId: null,
    });
    expect(normaliseTprekUnit({ id: 2, name_sv: 'Exempelhuset', name_en: 'Example House' })?.name).toEqual({ fi: 'Exempelhuset', sv: 'Exempelhuset', en: 'Example House' });
    expect(normaliseTprekUnit({ id: 3, sources: [{ source: 'hauki', id: 'x' }] })).toBeNull();
  });

  it('answers bad or unexpected payloads with a typed error, never a crash', async () => {
    const badField = await tprek.unit('900');
    expect(badField.ok || badField.error).toMatchObject({ code: 'bad_payload', details: { issues: [{ path: 'latitude' }] } });
    expect(((await tprek.unit('901')) as { error: { code: string } }).error.code).toBe('not_json');
    expect(((await tprek.unit('902')) as { error: { message: string } }).error.message).toContain('answered unit 8215 when asked for 902');
    expect(((await tprek.unit('903')) as { error: { message: string } }).error.message).toContain('has no name in any language');
    expect(((await tprek.unit('904')) as { error: { code: string } }).error.code).toBe('bad_payload');
    const unknown = await tprek.unit('123456');
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'http_status', details: { status: 404 } });
    expect(parseTprekUnit(null, 'test').ok).toBe(false);
  });

  it('stops reading an answer far larger than a unit', async () => {
    const small = new TprekAdapter(httpJsonSource(api.baseUrl, { apiName: 'TPREK', maxBytes: 1000 }));
    const unit = await small.unit('51342');
    expect(unit.ok || unit.error).toMatchObject({ code: 'bad_payload', message: expect.stringContaining('more than 1000 bytes') });
    expect((await small.unit('8215')).ok).toBe(false);
    expect((await tprek.unit('51342')).ok).toBe(true);
  });

  it('refuses an id that is not a TPREK id before asking', async () => {
    const before = api.requests.length;
    for (const id of ['', '0', '12a', '../v1/secret', '8215?x=1']) expect((await tprek.unit(id)).ok).toBe(false);
    expect(api.requests.length).toBe(before);
  });
});
