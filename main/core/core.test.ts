import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../domain/contract.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import { createCore, type Core } from './core.ts';
import { readProfile, writeProfile, cacheFileFor } from './session/profile-store.ts';
import { plainSecretStore } from './session/secret-store.ts';

/**
 * The core without a central: what must work with no network at all. The core against the real
 * central is tested in e2e/integration.
 */
let dir: string;
let cores: Core[] = [];
let server: Server | null = null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kuva-core-'));
  cores = [];
});
afterEach(async () => {
  for (const c of cores) await c.close();
  if (server) await new Promise((r) => server!.close(r));
  server = null;
  await rm(dir, { recursive: true, force: true });
});

/** Nothing listens on port 9 (discard) on the test machines: a central that is down. */
const DOWN = 'http://127.0.0.1:9';
const FAST = { intervalMs: 60_000, initialBackoffMs: 50, maxBackoffMs: 200 };
const OLLI: StaffUser = { id: 'user-olli', name: 'Olli Ohjaaja', roles: ['berth_supervisor'] };
const AINO: StaffUser = { id: 'user-aino', name: 'Aino Käsittelijä', roles: ['berth_handler'] };

async function core(centralUrl = DOWN): Promise<Core> {
  const c = await createCore({ dataDir: dir, centralUrl, mode: 'browser', sync: FAST });
  cores.push(c);
  return c;
}

async function rememberUser(user: StaffUser, centralUrl = DOWN) {
  await writeProfile(dir, { version: 1, centralUrl, user, token: { store: plainSecretStore.kind, data: await plainSecretStore.encrypt('tok-1') }, expiresAt: null });
}

describe('core without a signed-in user', () => {
  it('answers errors as Results, never throws', async () => {
    const c = await core();
    expect(await c.invoke('session.get', {})).toEqual({ ok: true, value: { user: null, mode: 'browser', centralUrl: DOWN, cacheNotice: null } });
    const list = await c.invoke('berths.listApplications', {});
    expect(!list.ok && list.error.code).toBe('not_signed_in');
    const unknown = await c.invoke('nope.nothing' as never, {} as never);
    expect(!unknown.ok && unknown.error.code).toBe('unknown_method');
    const bad = await c.invoke('berths.getApplication', { id: 'not-a-uuid' });
    expect(!bad.ok && bad.error.code).toBe('bad_request');
    const status = await c.invoke('sync.status', {});
    expect(status.ok && status.value.signedIn).toBe(false);
  });

  it('cannot sign in while the central is down', async () => {
    const c = await core();
    const r = await c.invoke('session.login', { username: 'aino', password: 'demo' });
    expect(!r.ok && r.error.code).toBe('central_unreachable');
  });

  it('reports wrong credentials with their own code', async () => {
    server = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'invalid_credentials', message: 'no' } }));
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const c = await core(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const r = await c.invoke('session.login', { username: 'aino', password: 'wrong' });
    expect(!r.ok && r.error.code).toBe('invalid_credentials');
  });
});

describe('core after a restart with no network', () => {
  it('resumes the remembered user on their own cache and works offline', async () => {
    await rememberUser(AINO);
    const c = await core();
    const events: CoreEvent[] = [];
    c.onEvent((e) => events.push(e));
    const session = await c.invoke('session.get', {});
    expect(session.ok && session.value.user?.id).toBe('user-aino');
    expect(existsSync(cacheFileFor(dir, 'user-aino'))).toBe(true);
    expect(cacheFileFor(dir, 'user-aino')).toBe(path.join(dir, 'cache', 'user-aino.sqlite'));

    const list = await c.invoke('berths.listApplications', {});
    expect(list.ok && list.value.total).toBe(0);
    const status = await c.invoke('sync.now', {});
    expect(status.ok && [status.value.connection, status.value.lastError?.code, status.value.signedIn]).toEqual(['offline', 'central_unreachable', true]);
    expect(events.some((e) => e.type === 'sync.status' && e.status.connection === 'offline')).toBe(true);
  });

  it('refuses locally what the role may not do', async () => {
    await rememberUser(OLLI);
    const c = await core();
    const r = await c.invoke('berths.offerBerth', {
      applicationId: '0b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11',
      berthId: '1b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11',
    });
    expect(!r.ok && r.error.code).toBe('forbidden');
  });

  it('signs out offline: forgets the token and, with nothing unsent, the cache and its key', async () => {
    await rememberUser(AINO);
    const c = await core();
    expect(existsSync(cacheFileFor(dir, 'user-aino'))).toBe(true);
    const out = await c.invoke('session.logout', {});
    expect(out.ok && [out.value.user, out.value.localData]).toEqual([null, { removed: true, unsentCommands: 0 }]);
    const profile = await readProfile(dir);
    expect([profile?.user, profile?.token]).toEqual([null, null]);
    expect(statSync(path.join(dir, 'profile.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(dir, 'cache'))).toEqual([]);
    const list = await c.invoke('berths.listApplications', {});
    expect(!list.ok && list.error.code).toBe('not_signed_in');
  });

  it('does not resume a token that belongs to another central', async () => {
    await rememberUser(AINO, 'http://127.0.0.1:10');
    const c = await core();
    const session = await c.invoke('session.get', {});
    expect(session.ok && session.value.user).toBe(null);
  });

  it('treats an unreadable token as expired: local work goes on, sync waits for a sign-in', async () => {
    await writeProfile(dir, { version: 1, centralUrl: DOWN, user: AINO, token: { store: 'x', data: 'garbage' }, expiresAt: null });
    const c = await core();
    const status = await c.invoke('sync.status', {});
    expect(status.ok && [status.value.signedIn, status.value.authExpired]).toEqual([true, true]);
    const text = await readFile(path.join(dir, 'profile.json'), 'utf8');
    expect(text).toContain('garbage');
  });
});
