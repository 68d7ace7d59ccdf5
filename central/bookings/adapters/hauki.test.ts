import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HaukiAdapter } from './hauki.ts';
import { httpJsonSource } from './json-source.ts';
import { readRecorded } from './recorded.ts';
import { cityAdapters } from './settings.ts';
import { startRecordedApiServer, type RecordedApiServer } from './testing/recorded-api-server.ts';

/**
 * The recorded Hauki periods of Kallio library (resource 1, summer 2020) served over HTTP on
 * 127.0.0.1, checked against the same week as the library system recorded it independently
 * (Kirkanta's schedules in hauki_test_import_kirjastot_data_simple.json, the source Hauki imported).
 */

interface KirkantaDay {
  date: string;
  closed: boolean;
  times: { from: string; to: string; status: number }[];
}
/** Kirkanta's time status: 1 open with staff, 2 self-service. */
const KIRKANTA_STATE: Record<number, string> = { 1: 'open', 2: 'self_service' };

const kirkanta = (readRecorded('hauki_test_import_kirjastot_data_simple.json') as { data: { schedules: KirkantaDay[] } }).data.schedules;

describe('the Hauki adapter over HTTP', () => {
  let api: RecordedApiServer;
  let hauki: HaukiAdapter;
  beforeAll(async () => {
    api = await startRecordedApiServer({
      '/v1/date_period/?resource=900&format=json': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>'),
      '/v1/date_period/?resource=901&format=json': (res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream down'),
      '/v1/date_period/?resource=902&format=json': (res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ id: 7, resource: 902, start_date: '2020-13-01', time_span_groups: [{ time_spans: [{ start_time: '25:00' }] }] }])),
      '/v1/date_period/?resource=903&format=json': (res, _url, base) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ results: [{ id: 31, resource: 903, start_date: '2020-06-01', end_date: '2020-06-30', resource_state: 'open', override: false, time_span_groups: [] }], next: `${base}/v1/date_period/?resource=903&page=2` }),
        ),
      '/v1/date_period/?resource=903&page=2': (res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ results: [{ id: 32, resource: 903, start_date: '2020-06-24', end_date: '2020-06-24', resource_state: 'closed', override: true, time_span_groups: [] }], next: null }),
        ),
      '/v1/date_period/?resource=904&format=json': (res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: [], next: 'http://elsewhere.invalid/v1/date_period/?page=2' })),
      '/v1/date_period/?resource=905&format=json': (res) => res.writeHead(302, { location: 'http://elsewhere.invalid/' }).end(),
    });
    hauki = new HaukiAdapter(httpJsonSource(api.baseUrl, { apiName: 'Hauki' }));
  });
  afterAll(() => api.close());

  it('gives Kallio library the week Kirkanta recorded: self-service mornings, open days, closed Sunday', async () => {
    const hours = await hauki.openingHours(1, '2020-06-22', '2020-06-28');
    expect(hours.ok).toBe(true);
    if (!hours.ok) return;
    const expected = kirkanta.map((day) => ({
      date: day.date,
      closed: day.closed,
      intervals: day.times.map((t) => ({ start: t.from, end: t.to, endsNextDay: false, state: KIRKANTA_STATE[t.status], reservable: false })).sort((a, b) => a.start.localeCompare(b.start)),
    }));
    expect(hours.value.days.map(({ date, closed, intervals }) => ({ date, closed, intervals }))).toEqual(expected);
    expect(hours.value.closedDates).toEqual(['2020-06-28']);
    expect(api.requests).toContain('/v1/date_period/?resource=1&format=json');
  });

  it('knows no hours before the summer period starts and opens on its first day', async () => {
    const hours = await hauki.openingHours(1, '2020-05-31', '2020-06-01');
    if (!hours.ok) throw new Error(hours.error.message);
    expect(hours.value.days[0]).toEqual({ date: '2020-05-31', intervals: [], closed: true, noHours: true });
    expect(hours.value.days[1]!.intervals.map((i) => `${i.start}-${i.end} ${i.state}`)).toEqual(['08:00-10:00 self_service', '10:00-20:00 open']);
  });

  it("keeps only the asked resource's periods when Hauki answers every period for an id it does not know", async () => {
    const hours = await hauki.openingHours(4242, '2020-06-22', '2020-06-28');
    if (!hours.ok) throw new Error(hours.error.message);
    expect(hours.value.days.every((d) => d.noHours && d.closed)).toBe(true);
  });

  it('follows the pages of a paginated answer, and the shorter override closes its day', async () => {
    const hours = await hauki.openingHours(903, '2020-06-23', '2020-06-25');
    if (!hours.ok) throw new Error(hours.error.message);
    expect(hours.value.closedDates).toEqual(['2020-06-24']);
    expect(hours.value.days[0]!.intervals).toEqual([{ start: '00:00', end: '24:00', endsNextDay: false, state: 'open', reservable: false }]);
  });

  it('reads the bundled recorded samples through the same adapter when no URL is configured', async () => {
    const overHttp = await hauki.openingHours(1, '2020-06-01', '2020-08-09');
    const recorded = await cityAdapters({}).hauki.openingHours(1, '2020-06-01', '2020-08-09');
    expect(recorded).toEqual(overHttp);
    expect(recorded.ok && recorded.value.days.length).toBe(70);
  });

  it('answers bad or unexpected payloads with a typed error, never a crash', async () => {
    const notJson = await hauki.openingHours(900, '2020-06-01', '2020-06-02');
    expect(notJson.ok || notJson.error).toMatchObject({ code: 'not_json', message: expect.stringContaining('not JSON') });
    const down = await hauki.openingHours(901, '2020-06-01', '2020-06-02');
    expect(down.ok || down.error).toMatchObject({ code: 'http_status', details: { status: 503 }, message: expect.stringContaining('upstream down') });
    const badShape = await hauki.openingHours(902, '2020-06-01', '2020-06-02');
    expect(badShape.ok || badShape.error).toMatchObject({ code: 'bad_payload' });
    if (!badShape.ok) {
      const paths = (badShape.error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['0.start_date', '0.time_span_groups.0.time_spans.0.start_time']));
    }
    const elsewhere = await hauki.openingHours(904, '2020-06-01', '2020-06-02');
    expect(elsewhere.ok || elsewhere.error).toMatchObject({ code: 'bad_payload', message: expect.stringContaining('elsewhere.invalid') });
    const redirected = await hauki.openingHours(905, '2020-06-01', '2020-06-02');
    expect(redirected.ok || redirected.error).toMatchObject({ code: 'unreachable' });
  });

  it('says so when the API does not answer at all', async () => {
    const closed = await startRecordedApiServer();
    const url = closed.baseUrl;
    await closed.close();
    const hours = await new HaukiAdapter(httpJsonSource(url, { apiName: 'Hauki' })).openingHours(1, '2020-06-01', '2020-06-02');
    expect(hours.ok || hours.error).toMatchObject({ code: 'unreachable', message: expect.stringContaining(`Hauki at ${url} did not answer`) });
  });

  it('refuses a range it cannot answer before asking the API', async () => {
    const before = api.requests.length;
    for (const [from, to] of [
      ['2020-06-02', '2020-06-01'],
      ['2020-06-31', '2020-07-01'],
      ['2020-01-01', '2022-12-31'],
    ] as const) {
      const hours = await hauki.openingHours(1, from, to);
      expect(hours.ok || hours.error.code).toBe('bad_request');
    }
    expect((await hauki.openingHours(0, '2020-06-01', '2020-06-01')).ok).toBe(false);
    expect(api.requests.length).toBe(before);
  });
});
