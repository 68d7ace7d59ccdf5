import { randomUUID } from 'node:crypto';
import { get as httpGet } from 'node:http';
import { zstdDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse} from '../../domain/sync/protocol.ts';
import { Change, HealthResponse, LoginResponse, StreamEnd, StreamStart } from '../../domain/sync/protocol.ts';
import { ENTITIES } from '../../domain/workspaces.ts';
import { launchCentral } from '../server.ts';
import { setUserRoles } from '../auth/users.ts';
import { api, envelope, pullAll, signIn, streamAll } from '../testing/api-client.ts';
import { pendingApplications } from '../testing/berth-fixtures.ts';
import { BODY_LIMIT } from './app.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 11 } });
});
afterAll(() => central.close());

const scopeOf = (c: Change) => ENTITIES[c.entity].scope;

describe('auth', () => {
  it('signs in demo staff with a 12 hour token and refuses wrong credentials', async () => {
    const ok = await api<LoginResponse>(central.url, 'POST', '/auth/login', { body: { username: 'Sanna', password: 'demo' } });
    expect(ok.status).toBe(200);
    const login = LoginResponse.parse(ok.body);
    expect(login.user).toMatchObject({ name: 'Sanna Nieminen', roles: ['berth_services'], grants: [] });
    const hours = (Date.parse(login.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const wrong = await api(central.url, 'POST', '/auth/login', { body: { username: 'sanna', password: 'nope' } });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    const unknown = await api(central.url, 'POST', '/auth/login', { body: { username: 'mallory', password: 'demo' } });
    expect(unknown).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
  });

  it('requires a bearer token everywhere but login and health, and forgets it at logout', async () => {
    expect(HealthResponse.parse((await api(central.url, 'GET', '/health')).body)).toMatchObject({ status: 'ok', database: 'pglite' });
    for (const path of ['/sync/pull', '/sync/stream', '/sync/events']) {
      expect(await api(central.url, 'GET', path)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      expect(await api(central.url, 'GET', path, { token: 'x'.repeat(43) })).toMatchObject({ status: 401 });
    }
    const token = await signIn(central.url, 'eero');
    expect((await api(central.url, 'GET', '/sync/pull?limit=1', { token })).status).toBe(200);
    expect((await api(central.url, 'POST', '/auth/logout', { token, body: {} })).status).toBe(204);
    expect(await api(central.url, 'GET', '/sync/pull?limit=1', { token })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });
});

describe('bad input', () => {
  it('answers broken requests with 4xx error bodies, never a 500', async () => {
    const token = await signIn(central.url, 'aino');
    const cases = [
      { res: await api(central.url, 'POST', '/sync/push', { token, raw: '{"clientId": ' }), status: 400, code: 'bad_request' },
      { res: await api(central.url, 'POST', '/auth/login', { raw: 'not json' }), status: 400, code: 'bad_request' },
      { res: await api(central.url, 'POST', '/sync/push', { token, raw: 'hello', contentType: 'text/plain' }), status: 415, code: 'bad_request' },
      { res: await api(central.url, 'POST', '/sync/push', { token, raw: 'x'.repeat(BODY_LIMIT + 10) }), status: 413, code: 'payload_too_large' },
      { res: await api(central.url, 'POST', '/sync/push', { token, body: [1, 2] }), status: 400, code: 'bad_request' },
      { res: await api(central.url, 'POST', '/sync/push', { token, body: null }), status: 400, code: 'bad_request' },
      { res: await api(central.url, 'GET', '/sync/pull?limit=abc', { token }), status: 400, code: 'bad_request' },
      { res: await api(central.url, 'GET', '/sync/pull?limit=-3', { token }), status: 400, code: 'bad_request' },
      { res: await api(central.url, 'GET', '/no/such/route', { token }), status: 404, code: 'not_found' },
      { res: await api(central.url, 'DELETE', '/health'), status: 404, code: 'not_found' },
    ];
    for (const c of cases) {
      expect(c.res.status).toBe(c.status);
      expect(c.res.body).toMatchObject({ error: { code: c.code, message: expect.any(String) } });
    }
  });
});

describe('pull and stream', () => {
  it('give a handler everything, and harbour services only the resources', async () => {
    const handler = await pullAll(central.url, await signIn(central.url, 'aino'));
    const harbour = await pullAll(central.url, await signIn(central.url, 'harri'));
    const count = (changes: Change[], entity: string) => changes.filter((c) => c.entity === entity).length;
    expect(count(handler.changes, 'harbour')).toBe(57);
    expect(count(handler.changes, 'pier')).toBe(82);
    expect(count(handler.changes, 'berth')).toBe(4068);
    expect(count(handler.changes, 'application')).toBe(60);
    expect(count(handler.changes, 'customer')).toBeGreaterThan(3000);
    expect(harbour.changes.every((c) => scopeOf(c) === 'berths.resources')).toBe(true);
    expect(count(harbour.changes, 'berth')).toBe(4068);
    expect(count(harbour.changes, 'customer')).toBe(0);
    const streamed = await streamAll(central.url, await signIn(central.url, 'harri'));
    expect(streamed.changes.every((c) => scopeOf(c) === 'berths.resources')).toBe(true);
    expect(streamed.end.count).toBe(streamed.changes.length);
    expect(streamed.start.total).toBe(streamed.end.count);
  });

  it('stream and paged pull carry the same changes in the same order, then both continue from their cursor', async () => {
    const token = await signIn(central.url, 'sanna');
    const paged = await pullAll(central.url, token, null, 777);
    const streamed = await streamAll(central.url, token);
    expect(streamed.contentType).toContain('application/x-ndjson');
    expect(StreamEnd.parse(streamed.end).count).toBe(paged.changes.length);
    // The start line announced exactly what came, in all and by entity.
    const byEntity: Record<string, number> = {};
    for (const c of streamed.changes) byEntity[c.entity] = (byEntity[c.entity] ?? 0) + 1;
    expect(StreamStart.parse(streamed.start)).toEqual({ start: true, total: streamed.end.count, entities: byEntity });
    expect(streamed.changes).toEqual(paged.changes);
    for (const c of streamed.changes.slice(0, 50)) Change.parse(c);
    expect(streamed.end.cursor).toBe(paged.cursor);

    // Nothing new: empty pages, same cursor.
    const idle = await api<PullResponse>(central.url, 'GET', `/sync/pull?cursor=${paged.cursor}`, { token });
    expect(idle.body).toEqual({ cursor: paged.cursor, hasMore: false, changes: [] });

    const [a] = await pendingApplications(central.db, 1);
    if (!a) throw new Error('no pending application');
    const mark = envelope('berths.markNoSuitableBerth', { applicationId: a.application.id }, 1, a.version);
    expect((await api(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [mark] } })).status).toBe(200);
    const next = await pullAll(central.url, token, paged.cursor);
    const nextStream = await streamAll(central.url, token, streamed.end.cursor);
    expect(next.changes.map((c) => `${c.entity}:${c.id}:${c.version}`).sort()).toEqual([
      `application:${a.application.id}:${a.version + 1}`,
      `application_event:${mark.id}:1`,
    ].sort());
    expect(nextStream.changes).toEqual(next.changes);
    expect([nextStream.start.total, nextStream.end.count]).toEqual([2, 2]);
    expect(nextStream.start.entities).toEqual({ application: 1, application_event: 1 });
    // Up to date: a start line of none, no changes, the end.
    const idleStream = await streamAll(central.url, token, nextStream.end.cursor);
    expect([idleStream.start.total, idleStream.changes.length, idleStream.end.count]).toEqual([0, 0, 0]);
    expect(idleStream.start.entities).toEqual({});
    expect(nextStream.end.cursor).toBe(next.cursor);
  });

  it('compresses the stream with zstd for a desk that asks, with the same lines as the plain one', async () => {
    const token = await signIn(central.url, 'aino');
    const wire = (encoding: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = httpGet(`${central.url}/api/v1/sync/stream?total=1`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        });
        req.on('error', reject);
      });
    const plain = await wire('gzip, deflate');
    const zstd = await wire('gzip, zstd;q=0.8');
    const refused = await wire('zstd;q=0');
    expect([plain.encoding, zstd.encoding, refused.encoding]).toEqual([undefined, 'zstd', undefined]);
    expect(zstd.vary).toBe('accept-encoding');
    expect(zstdDecompressSync(zstd.body).toString()).toBe(plain.body.toString());
    expect(zstd.body.length).toBeLessThan(plain.body.length / 3);

  });

  it('sends the start line only to a desk that asks for it: a desk from before it reads changes and the end line as ever', async () => {
    const token = await signIn(central.url, 'sanna');
    const res = await fetch(`${central.url}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${token}` } });
    const lines = (await res.text()).split('\n').filter((l) => l !== '');
    const end = StreamEnd.parse(JSON.parse(lines.pop()!));
    expect(lines.map((l) => Change.safeParse(JSON.parse(l)).success)).toEqual(lines.map(() => true));
    expect(end.count).toBe(lines.length);
    expect((await api(central.url, 'GET', '/sync/stream?total=yes', { token })).status).toBe(400);
  });

  it('rejects a malformed cursor with 400 and a cursor of other roles with 409 resync_required', async () => {
    const token = await signIn(central.url, 'eero');
    for (const bad of ['garbage!', 'eyJzZXEiOiJ4In0', Buffer.from('{"seq":-1,"scopes":[]}').toString('base64url')]) {
      expect(await api(central.url, 'GET', `/sync/pull?cursor=${encodeURIComponent(bad)}`, { token })).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
      expect(await api(central.url, 'GET', `/sync/stream?cursor=${encodeURIComponent(bad)}`, { token })).toMatchObject({ status: 400 });
    }
    const page = await api<PullResponse>(central.url, 'GET', '/sync/pull?limit=5', { token });
    await setUserRoles(central.db, 'eero', ['harbour_services']);
    try {
      const again = await api(central.url, 'GET', `/sync/pull?cursor=${page.body.cursor}`, { token });
      expect(again).toMatchObject({ status: 409, body: { error: { code: 'resync_required' } } });
      expect((await api(central.url, 'GET', `/sync/stream?cursor=${page.body.cursor}`, { token })).status).toBe(409);
      // Roles are read on every request: the same token now pulls resources only.
      const fresh = await pullAll(central.url, token, null, 5000);
      expect(fresh.changes.every((c) => scopeOf(c) === 'berths.resources')).toBe(true);
    } finally {
      await setUserRoles(central.db, 'eero', ['berth_handler']);
    }
  });

  it('pokes the event stream when changes are committed', async () => {
    const token = await signIn(central.url, 'aino');
    const controller = new AbortController();
    const res = await fetch(`${central.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const poked = (async () => {
      while (!seen.includes('event: poke')) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += decoder.decode(value);
      }
      return seen;
    })();
    const [a] = await pendingApplications(central.db, 1);
    if (!a) throw new Error('no pending application');
    await api(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('berths.addNote', { applicationId: a.application.id, note: 'poke' }, 1)] } });
    expect(await poked).toContain('event: poke\ndata:\n\n');
    controller.abort();
  });
});
