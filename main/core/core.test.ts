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
const OLLI: StaffUser = { id: 'user-olli', name: 'Olli Ohjaaja', roles: ['berth_supervisor'], grants: [] };
const AINO: StaffUser = { id: 'user-aino', name: 'Aino Käsittelijä', roles: ['berth_handler'], grants: [] };

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
    expect(await c.invoke('session.get', {})).toEqual({ ok: true, value: { user: null, username: null, mode: 'browser', centralUrl: DOWN, cacheNotice: null, screenLocked: false, idleLockMs: null } });
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

  it('queues many commands in one call, each input checked and refused alone', async () => {
    await rememberUser(AINO);
    const c = await core();
    const wellFormed = { applicationId: '0b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11', berthId: '1b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11' };
    const r = await c.invoke('commands.queueMany', { method: 'berths.offerBerth', inputs: [wellFormed, { applicationId: 'not-an-id' }] });
    // Nothing is cached offline yet: the well-formed offer finds no application, the other is malformed.
    expect(r.ok && r.value.results.map((x) => !x.ok && x.error.code)).toEqual(['not_found', 'bad_request']);
    for (const method of ['berths.listHarbours', 'session.logout', 'no.such']) {
      const refused = await c.invoke('commands.queueMany', { method, inputs: [{}] });
      expect(!refused.ok && refused.error.code).toBe('unknown_method');
    }
    const tooMany = await c.invoke('commands.queueMany', { method: 'berths.offerBerth', inputs: Array.from({ length: 26 }, () => wellFormed) });
    expect(!tooMany.ok && tooMany.error.code).toBe('bad_request');
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

/**
 * A central that knows two users and nothing else: enough to sign in and out. Sync calls answer
 * 503, so the sync loop just waits; what is tested here is who may act.
 */
function fakeCentral(): Promise<{ url: string; logins: string[]; logouts: string[] }> {
  const users: Record<string, StaffUser> = {
    aino: { id: 'user-aino', name: 'Aino Virtanen', roles: ['berth_handler'], grants: [] },
    eero: { id: 'user-eero', name: 'Eero Lindqvist', roles: ['berth_handler'], grants: [] },
  };
  const logins: string[] = [];
  const logouts: string[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url === '/api/v1/auth/login') {
        const { username, password } = JSON.parse(body) as { username: string; password: string };
        logins.push(username);
        const user = password === 'demo' ? users[username.toLowerCase()] : undefined;
        res.writeHead(user ? 200 : 401, { 'content-type': 'application/json' });
        res.end(JSON.stringify(user ? { token: `tok-${user.id}`, user, expiresAt: '2099-01-01T00:00:00.000Z' } : { error: { code: 'invalid_credentials', message: 'no' } }));
        return;
      }
      if (req.url === '/api/v1/auth/logout') {
        logouts.push(String(req.headers.authorization));
        res.writeHead(204);
        res.end();
        return;
      }
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'not here' } }));
    });
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, logins, logouts })));
}

const AINO_WINDOW = { userId: 'user-aino' };
const EERO_WINDOW = { userId: 'user-eero' };
const NOTE = { applicationId: '0b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11', note: 'Soitti.' };

describe('one user, many windows', () => {
  it('refuses a window that shows someone else, naming who is signed in now, and tells every window', async () => {
    const central = await fakeCentral();
    const c = await core(central.url);
    const events: CoreEvent[] = [];
    c.onEvent((e) => events.push(e));
    expect(await c.invoke('session.login', { username: 'aino', password: 'demo' }, { userId: null })).toMatchObject({ ok: true });
    expect(events.filter((e) => e.type === 'session.changed')).toEqual([{ type: 'session.changed', user: expect.objectContaining({ id: 'user-aino' }) }]);

    // A second window signs Aino out and Eero in.
    expect(await c.invoke('session.logout', {}, AINO_WINDOW)).toMatchObject({ ok: true });
    expect(await c.invoke('session.login', { username: 'eero', password: 'demo' }, { userId: null })).toMatchObject({ ok: true });
    expect(events.filter((e) => e.type === 'session.changed').map((e) => (e.type === 'session.changed' ? (e.user?.id ?? null) : ''))).toEqual([
      'user-aino',
      null,
      'user-eero',
    ]);

    // Aino's window still acts as Aino: every call is refused, nothing lands in Eero's outbox.
    for (const [method, input] of [
      ['berths.addNote', NOTE],
      ['berths.listApplications', {}],
      ['sync.status', {}],
      ['sync.now', {}],
      ['session.logout', {}],
    ] as const) {
      const r = await c.invoke(method, input as never, AINO_WINDOW);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'session_changed', details: { user: { id: 'user-eero', name: 'Eero Lindqvist' } } } });
    }
    const eeros = await c.invoke('sync.status', {}, EERO_WINDOW);
    expect(eeros.ok && [eeros.value.userId, eeros.value.pendingCommands]).toEqual(['user-eero', 0]);
    expect((await c.invoke('session.get', {}, AINO_WINDOW)).ok).toBe(true);
  });

  it('never lets a sign-in page push a signed-in user aside', async () => {
    const central = await fakeCentral();
    const c = await core(central.url);
    await c.invoke('session.login', { username: 'aino', password: 'demo' }, { userId: null });
    const r = await c.invoke('session.login', { username: 'eero', password: 'demo' }, { userId: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'session_changed', details: { user: { id: 'user-aino' } } } });
    expect(central.logins).toEqual(['aino']);
    const session = await c.invoke('session.get', {});
    expect(session.ok && session.value.user?.id).toBe('user-aino');
  });

  it('signs in again only as the same user: another name is refused before it reaches the central', async () => {
    const central = await fakeCentral();
    const c = await core(central.url);
    await c.invoke('session.login', { username: 'aino', password: 'demo' }, { userId: null });
    const session = await c.invoke('session.get', {}, AINO_WINDOW);
    expect(session.ok && session.value.username).toBe('aino');
    const other = await c.invoke('session.login', { username: 'eero', password: 'demo' }, AINO_WINDOW);
    expect(other).toMatchObject({ ok: false, error: { code: 'reauth_other_user' } });
    expect(central.logins).toEqual(['aino']);
    expect(await c.invoke('session.login', { username: ' AINO ', password: 'demo' }, AINO_WINDOW)).toMatchObject({ ok: true, value: { user: { id: 'user-aino' } } });
  });

  it('refuses a sign-in again that the central answers for someone else, and signs that token out', async () => {
    // A profile from before user names were kept: the core can only check the central's answer.
    const central = await fakeCentral();
    await rememberUser({ id: 'user-aino', name: 'Aino Virtanen', roles: ['berth_handler'], grants: [] }, central.url);
    const c = await core(central.url);
    const r = await c.invoke('session.login', { username: 'eero', password: 'demo' }, AINO_WINDOW);
    expect(r).toMatchObject({ ok: false, error: { code: 'reauth_other_user' } });
    const session = await c.invoke('session.get', {});
    expect(session.ok && session.value.user?.id).toBe('user-aino');
    await expect.poll(() => central.logouts).toEqual(['Bearer tok-user-eero']);
  });

  it('numbers every status it hands out and marks whose it is', async () => {
    await rememberUser(AINO);
    const c = await core();
    const events: CoreEvent[] = [];
    c.onEvent((e) => events.push(e));
    const first = await c.invoke('sync.status', {}, { userId: AINO.id });
    const second = await c.invoke('sync.now', {}, { userId: AINO.id });
    if (!first.ok || !second.ok) throw new Error('status failed');
    expect(first.value.userId).toBe(AINO.id);
    expect(second.value.revision!).toBeGreaterThan(first.value.revision!);
    const statuses = events.flatMap((e) => (e.type === 'sync.status' ? [e.status] : []));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s.userId === AINO.id && typeof s.revision === 'number')).toBe(true);
  });
});

describe('the screen lock', () => {
  /** A core whose clock stands still until the test moves it, locking after a second of it. */
  async function coreWithClock(centralUrl: string, idleLockMs: number | null = 1_000) {
    let t = Date.parse('2027-03-01T08:00:00.000Z');
    const c = await createCore({ dataDir: dir, centralUrl, mode: 'browser', sync: FAST, idleLockMs, now: () => new Date(t) });
    cores.push(c);
    const events: CoreEvent[] = [];
    c.onEvent((e) => events.push(e));
    const locked = async () => {
      const s = await c.invoke('session.get', {}, AINO_WINDOW);
      return s.ok && s.value.screenLocked;
    };
    return { c, events, locked, pass: (ms: number) => void (t += ms) };
  }

  it('locks once nobody has been at a window for its time, answers only the way back in, and opens with the password checked here', async () => {
    const central = await fakeCentral();
    const { c, events, locked, pass } = await coreWithClock(central.url);
    await c.invoke('session.login', { username: 'aino', password: 'demo' }, { userId: null });
    expect(await c.invoke('session.get', {}, AINO_WINDOW)).toMatchObject({ ok: true, value: { screenLocked: false, idleLockMs: 1_000 } });
    pass(900);
    expect(await c.invoke('session.activity', {}, AINO_WINDOW)).toEqual({ ok: true, value: { screenLocked: false } });
    pass(1_000);
    await expect.poll(locked).toBe(true);
    expect(events.filter((e) => e.type === 'session.screenLock')).toEqual([{ type: 'session.screenLock', locked: true, userId: 'user-aino' }]);

    for (const [method, input] of [
      ['berths.listApplications', {}],
      ['berths.addNote', NOTE],
      ['session.login', { username: 'aino', password: 'demo' }],
      ['conflicts.list', {}],
    ] as const) {
      expect(await c.invoke(method, input as never, AINO_WINDOW), method).toMatchObject({ ok: false, error: { code: 'screen_locked' } });
    }
    expect((await c.invoke('sync.status', {}, AINO_WINDOW)).ok).toBe(true);
    // The public queue display on a wall screen is not frozen by a desk's lock (Aino has no right to it at all).
    expect(await c.invoke('assist.queueDisplay', { servicePointId: 'sp-oodi' }, AINO_WINDOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Being at a window does not open it; the password does, and a wrong one is counted.
    expect(await c.invoke('session.activity', {}, AINO_WINDOW)).toEqual({ ok: true, value: { screenLocked: true } });
    expect(await c.invoke('session.unlockScreen', { password: 'Demo' }, AINO_WINDOW)).toMatchObject({ ok: false, error: { code: 'invalid_credentials', details: { attemptsLeft: 4 } } });
    expect(await c.invoke('session.unlockScreen', { password: 'demo' }, AINO_WINDOW)).toMatchObject({ ok: true, value: { screenLocked: false } });
    expect((await c.invoke('berths.listApplications', {}, AINO_WINDOW)).ok).toBe(true);
    expect(events.filter((e) => e.type === 'session.screenLock').map((e) => e.type === 'session.screenLock' && e.locked)).toEqual([true, false]);
    // Checked against the verifier kept at sign-in: the central heard of one sign-in only.
    expect(central.logins).toEqual(['aino']);
    // The profile keeps the verifier sealed, never the password.
    const profile = await readFile(path.join(dir, 'profile.json'), 'utf8');
    expect(profile).toContain('"unlock"');
    expect(profile).not.toContain('demo');
  });

  it('signs the user out after five wrong passwords, as a sign-out would; whoever signs in next starts with an open screen', async () => {
    const central = await fakeCentral();
    const { c } = await coreWithClock(central.url);
    await c.invoke('session.login', { username: 'aino', password: 'demo' }, { userId: null });
    expect(await c.invoke('session.lockScreen', {}, AINO_WINDOW)).toMatchObject({ ok: true, value: { screenLocked: true } });
    for (let i = 4; i >= 1; i--) expect(await c.invoke('session.unlockScreen', { password: `x${i}` }, AINO_WINDOW)).toMatchObject({ ok: false, error: { details: { attemptsLeft: i } } });
    expect(await c.invoke('session.unlockScreen', { password: 'x0' }, AINO_WINDOW)).toMatchObject({ ok: false, error: { code: 'too_many_attempts', details: { signedOut: true } } });
    expect(await c.invoke('session.get', {})).toMatchObject({ ok: true, value: { user: null, screenLocked: false } });
    await c.invoke('session.login', { username: 'eero', password: 'demo' }, { userId: null });
    expect((await c.invoke('berths.listApplications', {}, EERO_WINDOW)).ok).toBe(true);
  });

  it('asks the central when an older profile kept no verifier, and without an idle time locks only when asked', async () => {
    const central = await fakeCentral();
    await writeProfile(dir, { version: 1, centralUrl: central.url, user: { id: 'user-aino', name: 'Aino Virtanen', roles: ['berth_handler'], grants: [] }, username: 'aino', token: { store: plainSecretStore.kind, data: await plainSecretStore.encrypt('tok-1') }, expiresAt: null });
    const { c } = await coreWithClock(central.url);
    await c.invoke('session.lockScreen', {}, AINO_WINDOW);
    expect(await c.invoke('session.unlockScreen', { password: 'wrong' }, AINO_WINDOW)).toMatchObject({ ok: false, error: { code: 'invalid_credentials' } });
    expect(await c.invoke('session.unlockScreen', { password: 'demo' }, AINO_WINDOW)).toMatchObject({ ok: true, value: { screenLocked: false } });
    expect(central.logins).toEqual(['aino', 'aino']);
    await c.close();

    // Without an idle time the screen never locks by itself, yet locks when asked.
    const off = await coreWithClock(central.url, null);
    off.pass(86_400_000);
    expect((await off.c.invoke('berths.listApplications', {}, AINO_WINDOW)).ok).toBe(true);
    expect(await off.c.invoke('session.lockScreen', {}, AINO_WINDOW)).toMatchObject({ ok: true, value: { screenLocked: true, idleLockMs: null } });
  });
});
