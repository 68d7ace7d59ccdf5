import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, CoreEvent, KuvaApi, Method } from '../../domain/contract.ts';
import { CONTENT_SECURITY_POLICY, HOST_KEY_HEADER } from '../../domain/host-protocol.ts';
import type { Result } from '../../domain/result.ts';
import { writeProfile } from '../core/session/profile-store.ts';
import { plainSecretStore } from '../core/session/secret-store.ts';
import { startSupervisedCore } from '../core/worker/supervised-core.ts';
import { MAX_BODY_BYTES, startHost } from './server.ts';
import { MAX_DOCUMENT_BASE64 } from '../../domain/documents/document-contract.ts';
import { MAX_DOCUMENT_BYTES } from '../../domain/documents/document.ts';
import type { Host, HostCore } from './server.ts';

/** Stands in for the core only: answers from memory and lets the test emit events. */
class InMemoryCore implements KuvaApi {
  readonly calls: { method: Method; input: unknown; caller?: Caller }[] = [];
  readonly listeners = new Set<(event: CoreEvent) => void>();
  closed = false;

  async invoke(method: Method, input: unknown, caller?: Caller): Promise<Result<never>> {
    this.calls.push(caller === undefined ? { method, input } : { method, input, caller });
    if (method === 'sync.now') throw new Error('boom');
    if (method === 'session.get') {
      return { ok: true, value: { user: null, mode: 'browser', centralUrl: 'http://central.test' } as never };
    }
    return { ok: false, error: { code: 'not_signed_in', message: 'Sign in first.' } };
  }

  onEvent(listener: (event: CoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: CoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(host: Host, path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

function rpc(host: Host, payload: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return raw(host, '/rpc', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [HOST_KEY_HEADER]: host.secret, ...headers },
    body,
  });
}

describe('browser host', () => {
  let dir: string;
  let core: InMemoryCore;
  let host: Host;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kuva-host-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>KuVa</title>');
    await writeFile(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    await writeFile(join(dir, '.env'), 'SECRET=1');
    await writeFile(join(tmpdir(), 'kuva-host-outside.txt'), 'outside');
    core = new InMemoryCore();
    host = await startHost({ core: core satisfies HostCore, rendererDir: dir, port: 0 });
  });

  afterAll(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on loopback with a fresh 32-byte secret in the printed URL', async () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(Buffer.from(host.secret, 'base64url')).toHaveLength(32);
    expect(new URL(host.url).searchParams.get('k')).toBe(host.secret);
    const other = await startHost({ core, rendererDir: dir });
    expect(other.secret).not.toBe(host.secret);
    await other.close();
  });

  it('serves the page with the shared CSP and hardening headers, without CORS', async () => {
    const res = await raw(host, `/?k=${host.secret}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>KuVa</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('serves hashed assets with their MIME type as immutable, and client routes as the page', async () => {
    const js = await raw(host, '/assets/app-1234.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    const route = await raw(host, '/berths/applications');
    expect(route.body).toContain('<title>KuVa</title>');
  });

  it('refuses path traversal, dotfiles and missing files', async () => {
    for (const path of ['/../kuva-host-outside.txt', '/%2e%2e/kuva-host-outside.txt', '/assets/..%2f..%2fkuva-host-outside.txt', '/.env', '/assets/%5c..%5cindex.html', '/nope.js']) {
      const res = await raw(host, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside');
    }
  });

  it('refuses static requests for a foreign Host (DNS rebinding)', async () => {
    const res = await raw(host, '/', { headers: { host: `evil.example:${host.port}` } });
    expect(res.status).toBe(403);
  });

  it('passes a good call to the core with the contract defaults applied', async () => {
    const res = await rpc(host, { method: 'session.get', input: {} }, { origin: host.origin });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { user: null, mode: 'browser', centralUrl: 'http://central.test' } });
    await rpc(host, { method: 'berths.listApplications', input: {}, caller: { userId: 'user-aino' } });
    expect(core.calls.at(-1)).toEqual({
      method: 'berths.listApplications',
      input: { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 },
      caller: { userId: 'user-aino' },
    });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a call that does not say which user its window shows (only session.get may leave it out)', async () => {
    const before = core.calls.length;
    for (const caller of [undefined, null, {}, { userId: 5 }, { userId: 'x', more: 1 }]) {
      const res = await rpc(host, { method: 'berths.listApplications', input: {}, caller });
      expect(res.status, JSON.stringify(caller)).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(core.calls.length).toBe(before);
    expect((await rpc(host, { method: 'sync.status', input: {}, caller: { userId: null } })).status).toBe(200);
    expect(core.calls.at(-1)).toEqual({ method: 'sync.status', input: {}, caller: { userId: null } });
  });

  it('refuses calls without the key (401) and with a wrong key (403)', async () => {
    const before = core.calls.length;
    const missing = await raw(host, '/rpc', { method: 'POST', body: JSON.stringify({ method: 'session.get', input: {} }) });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await rpc(host, { method: 'session.get', input: {} }, { [HOST_KEY_HEADER]: `${host.secret}x` });
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.calls.length).toBe(before);
  });

  it('refuses a foreign Origin and a wrong Host header even with the right key', async () => {
    const before = core.calls.length;
    const origin = await rpc(host, { method: 'session.get', input: {} }, { origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    const sameHostOtherPort = await rpc(host, { method: 'session.get', input: {} }, { origin: 'http://127.0.0.1:1' });
    expect(sameHostOtherPort.status).toBe(403);
    const rebound = await rpc(host, { method: 'session.get', input: {} }, { host: `kuva.evil.example:${host.port}` });
    expect(rebound.status).toBe(403);
    const localhostName = await rpc(host, { method: 'session.get', input: {} }, { host: `localhost:${host.port}` });
    expect(localhostName.status).toBe(403);
    expect(core.calls.length).toBe(before);
  });

  it('answers bad JSON, unknown methods and bad input with Result errors', async () => {
    const badJson = await rpc(host, '{"method":');
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const unknown = await rpc(host, { method: 'fs.readFile', input: {} });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const badInput = await rpc(host, { method: 'berths.getApplication', input: { id: 'not-a-uuid' }, caller: { userId: null } });
    expect(badInput.status).toBe(400);
    expect(JSON.parse(badInput.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const notObject = await rpc(host, '[1,2]');
    expect(JSON.parse(notObject.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('limits the body size', async () => {
    const res = await rpc(host, { method: 'session.login', input: { username: 'x', password: 'y'.repeat(MAX_BODY_BYTES) } });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
  });

  it('carries the largest scan a handler may attach to the core, and nothing much larger', async () => {
    const fileName = `C:\\${'skannaukset\\'.repeat(80)}katsastus.pdf`;
    const dataBase64 = Buffer.alloc(MAX_DOCUMENT_BYTES, 0x25).toString('base64');
    expect(dataBase64.length).toBe(MAX_DOCUMENT_BASE64);
    const largest = { method: 'documents.attach', input: { purpose: 'boat_certificate', fileName, dataBase64 }, caller: { userId: 'u-1' } };
    const res = await rpc(host, largest);
    expect(res.status).toBe(200);
    expect(core.calls.at(-1)).toMatchObject({ method: 'documents.attach', input: { purpose: 'boat_certificate', fileName } });
    const tooLarge = await rpc(host, { ...largest, input: { ...largest.input, dataBase64: `${dataBase64}${'A'.repeat(MAX_BODY_BYTES - MAX_DOCUMENT_BASE64)}` } });
    expect(tooLarge.status).toBe(413);
  });

  it('turns a core exception into an internal error, not a crash', async () => {
    const res = await rpc(host, { method: 'sync.now', input: {}, caller: { userId: null } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'internal', message: 'The backend failed to answer.' } });
  });

  it('allows only POST on /rpc and answers OPTIONS without CORS', async () => {
    const res = await raw(host, '/rpc', { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(405);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('streams core events over SSE to a caller with the key, and refuses one without', async () => {
    const refused = await raw(host, '/events');
    expect(refused.status).toBe(401);

    const response = await fetch(`${host.origin}/events`, { headers: { [HOST_KEY_HEADER]: host.secret } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(text).toContain(': connected');
    const event: CoreEvent = { type: 'changed', entities: ['applications' as never] };
    core.emit(event);
    while (!text.includes('data: ')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain(`data: ${JSON.stringify(event)}\n\n`);
    expect(core.listeners.size).toBe(1);
    await reader.cancel();
    await expect.poll(() => core.listeners.size).toBe(0);
  });

  it('sends heartbeat comments on an idle stream', async () => {
    const quick = await startHost({ core, rendererDir: dir, heartbeatMs: 20 });
    const response = await fetch(`${quick.origin}/events`, { headers: { [HOST_KEY_HEADER]: quick.secret } });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': heartbeat')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain(': heartbeat\n\n');
    await quick.close();
  });

  it('keeps the key it is given, so a host started again lets its windows carry on', async () => {
    const first = await startHost({ core, rendererDir: dir, secret: 'kept-key' });
    const port = first.port;
    await first.close();
    const again = await startHost({ core, rendererDir: dir, port, secret: 'kept-key' });
    expect(again.port).toBe(port);
    expect((await rpc(again, { method: 'session.get', input: {} })).status).toBe(200);
    await again.close();
  });

  it('does not close a core it was given', async () => {
    const other = await startHost({ core, rendererDir: dir });
    await other.close();
    expect(core.closed).toBe(false);
  });
});

describe('browser host over the real core in its worker thread', () => {
  it('carries the user each window shows to the core, which refuses a window that shows someone else', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kuva-host-core-'));
    const aino = { id: 'user-aino', name: 'Aino Virtanen', roles: ['berth_handler' as const], grants: [] };
    // Aino was signed in when the app last ran; no central is needed to see who may act.
    await writeProfile(dataDir, { version: 1, centralUrl: 'http://127.0.0.1:9', user: aino, token: { store: plainSecretStore.kind, data: await plainSecretStore.encrypt('t') }, expiresAt: null });
    const core = await startSupervisedCore({ dataDir, centralUrl: 'http://127.0.0.1:9', mode: 'browser' });
    const host = await startHost({ core, rendererDir: dataDir });
    try {
      const asAino = JSON.parse((await rpc(host, { method: 'berths.listApplications', input: {}, caller: { userId: 'user-aino' } })).body) as Result<unknown>;
      expect(asAino).toMatchObject({ ok: true, value: { total: 0 } });
      const asEero = JSON.parse((await rpc(host, { method: 'berths.listApplications', input: {}, caller: { userId: 'user-eero' } })).body) as Result<unknown>;
      expect(asEero).toMatchObject({ ok: false, error: { code: 'session_changed', details: { user: { id: 'user-aino' } } } });
    } finally {
      await host.close();
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
