import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityAdapters, cityApiSettings } from './settings.ts';
import { startRecordedApiServer, type RecordedApiServer } from './testing/recorded-api-server.ts';

describe('the city APIs the central reads', () => {
  let api: RecordedApiServer;
  beforeAll(async () => {
    api = await startRecordedApiServer();
  });
  afterAll(() => api.close());

  it('takes the base URLs from KUVA_HAUKI_URL and KUVA_TPREK_URL, and nothing when unset', () => {
    expect(cityApiSettings({})).toEqual({});
    expect(cityApiSettings({ KUVA_HAUKI_URL: ' https://hauki.api.hel.fi/ ', KUVA_TPREK_URL: 'https://www.hel.fi/palvelukarttaws/rest/v4/' })).toEqual({
      haukiUrl: 'https://hauki.api.hel.fi',
      tprekUrl: 'https://www.hel.fi/palvelukarttaws/rest/v4',
    });
    expect(() => cityApiSettings({ KUVA_HAUKI_URL: 'hauki.api.hel.fi' })).toThrow(/KUVA_HAUKI_URL must be an http:\/\/ or https:\/\/ address, not "hauki.api.hel.fi"/);
    expect(() => cityApiSettings({ KUVA_TPREK_URL: 'ftp://example.org' })).toThrow(/KUVA_TPREK_URL/);
  });

  it('points the adapters at the configured API, each on its own', async () => {
    const adapters = cityAdapters(cityApiSettings({ KUVA_TPREK_URL: api.baseUrl }));
    const unit = await adapters.tprek.unit('8215');
    expect(unit.ok && unit.value.name.fi).toBe('Kallion kirjasto');
    expect(api.requests).toEqual(['/unit/8215']);
    const hours = await adapters.hauki.openingHours(1, '2020-06-28', '2020-06-28');
    expect(hours.ok && hours.value.closedDates).toEqual(['2020-06-28']);
    expect(api.requests).toEqual(['/unit/8215']);
  });
});
