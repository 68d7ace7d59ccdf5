import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../central/auth/users.ts';
import { launchCentral } from '../../central/server.ts';
import { HOST_USER_HEADER, type KuvaApi } from '../../domain/contract.ts';
import { HOST_KEY_HEADER } from '../../domain/host-protocol.ts';
import { KIOSK_HOST_WIPE_PATH, type KioskHostWipe } from '../../domain/kiosk/contract.ts';
import { createCore, type Core } from '../../main/core/core.ts';
import { startHost, type Host } from '../../main/host/server.ts';
import { numberChanges, writePuts } from '../../central/sync/feed.ts';
import type { KioskTerminal } from '../../domain/kiosk/entities.ts';
import type { KioskFleet, KioskHome, KioskStatus } from '../../domain/kiosk/contract.ts';
import type { CoreEvent } from '../../domain/contract.ts';
import { SETUP_MS } from './support/central.ts';

/**
 * A kiosk terminal's core and browser host against a real central: it signs itself in with the
 * terminal's credential, signs in again when its token is lost, keeps customers from signing in
 * or out, and the host's wipe clears the site's data while the terminal stays signed in.
 */
const TERMINAL_ID = '7b2e4d63-8e52-4d1f-8c2b-00000000c105';
const CREDENTIAL = { username: 'kiosk-test-1', password: 'kiosk-secret-1' };
const SUPERVISOR = { id: '7b2e4d63-8e52-4d1f-8c2b-00000000c106', username: 'test-supervisor', password: 'supervisor-secret' };
const ALWAYS_OPEN = { weekly: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, { opens: '00:00', closes: '24:00' }])), exceptions: {} };
const TERMINAL: KioskTerminal = { id: TERMINAL_ID, name: 'Test kiosk', servicePointId: 'sp-oodi', schedule: ALWAYS_OPEN, lastHeartbeat: null, restartRequestedAt: null, restartRequestedBy: null, restartAcknowledgedAt: null };
const events: CoreEvent[] = [];
let staff: Core;

let central: Awaited<ReturnType<typeof launchCentral>>;
let dir: string;
let core: Core;
let host: Host;

async function value<T>(api: KuvaApi, method: Parameters<KuvaApi['invoke']>[0], input: object = {}): Promise<T> {
  const r = await api.invoke(method, input as never, { userId: TERMINAL_ID });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  central = await launchCentral({ seed: false, notifications: false });
  await createUser(central.db, { id: TERMINAL_ID, username: CREDENTIAL.username, name: 'Test kiosk', roles: ['kiosk'], grants: [{ role: 'kiosk', servicePointId: 'sp-oodi' }], password: CREDENTIAL.password });
  // The Assistance central's table of service points (branch as-central) is what an assist role's
  // feed scopes read; until that branch is in, a stand-in with just the ids (a no-op after it).
  await central.db.query('CREATE TABLE IF NOT EXISTS as_service_point (id text PRIMARY KEY)');
  // Granted at the service point: an unscoped grant reads the service points, which the Assistance central holds.
  await createUser(central.db, { id: SUPERVISOR.id, username: SUPERVISOR.username, name: 'Test supervisor', roles: ['assist_supervisor'], grants: [{ role: 'assist_supervisor', servicePointId: 'sp-oodi' }], password: SUPERVISOR.password });
  // The terminal's row, as the central's setup writes it: through the shared write path.
  await central.db.transaction(async (tx) => {
    const refused = await writePuts(tx, [{ entity: 'kiosk_terminal', id: TERMINAL_ID, version: 1, data: TERMINAL }]);
    if (refused) throw new Error(refused.message);
    await numberChanges(tx);
  });
  dir = await mkdtemp(join(tmpdir(), 'kuva-kiosk-int-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  core = await createCore({ dataDir: join(dir, 'desk'), centralUrl: central.url, mode: 'browser', sync: { intervalMs: 60_000 }, kiosk: { credential: CREDENTIAL, appVersion: '0.0.0-test', heartbeatIntervalMs: 7_000, retryMs: 200 } });
  core.onEvent((event) => events.push(event));
  host = await startHost({ core, rendererDir, kiosk: true });
}, SETUP_MS);

afterAll(async () => {
  await staff?.close();
  await host?.close();
  await core?.close();
  await central?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a kiosk terminal', () => {
  it('signs itself in with its own credential; nobody signs in or out from its window', async () => {
    const signedIn = async () => {
      const r = await core.invoke('session.get', {});
      return r.ok ? (r.value.user?.id ?? null) : null;
    };
    await expect.poll(signedIn, { timeout: 30_000 }).toBe(TERMINAL_ID);
    const login = await core.invoke('session.login', { username: 'aino', password: 'demo' }, { userId: TERMINAL_ID });
    expect(login.ok ? 'ok' : login.error.code).toBe('forbidden');
    const logout = await core.invoke('session.logout', {}, { userId: TERMINAL_ID });
    expect(logout.ok ? 'ok' : logout.error.code).toBe('forbidden');
    const home = await value<{ servicePoint: { id: string } | null; terminal: { id: string } }>(core, 'kiosk.home', { days: 1 });
    expect(home.terminal.id).toBe(TERMINAL_ID);
    expect(home.servicePoint?.id).toBe('sp-oodi');
  }, SETUP_MS);

  it('signs in again when the central drops its token', async () => {
    const before = await central.db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM sessions');
    await central.db.query('DELETE FROM sessions');
    // The next sync meets a refused token; the terminal signs in again on its own.
    await core.invoke('sync.now', {}, { userId: TERMINAL_ID });
    await expect.poll(async () => (await central.db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM sessions')).rows[0]!.n, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await value<{ authExpired: boolean }>(core, 'sync.status')).authExpired, { timeout: 30_000 }).toBe(false);
    expect(before.rows[0]!.n).toBeGreaterThan(0);
  }, SETUP_MS);

  it("answers the host's wipe with Clear-Site-Data and the way back in, and stays signed in", async () => {
    const res = await fetch(`${host.origin}${KIOSK_HOST_WIPE_PATH}`, { method: 'POST', headers: { [HOST_KEY_HEADER]: host.secret, [HOST_USER_HEADER]: TERMINAL_ID } });
    expect(res.status).toBe(200);
    expect(res.headers.get('clear-site-data')).toBe('"cache", "cookies", "storage"');
    const body = (await res.json()) as { ok: true; value: KioskHostWipe };
    expect(body.value).toMatchObject({ nonPublicRows: 0, reloadUrl: `/?k=${encodeURIComponent(host.secret)}` });
    expect(body.value.cleared).toEqual(expect.arrayContaining(['cookies', 'local_storage', 'indexed_db', 'http_cache']));
    // The terminal's session is untouched: the reloaded page carries on as the terminal.
    const after = await fetch(`${host.origin}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HOST_KEY_HEADER]: host.secret },
      body: JSON.stringify({ method: 'session.get', input: {}, caller: { userId: TERMINAL_ID } }),
    });
    expect(((await after.json()) as { value: { user: { id: string } } }).value.user.id).toBe(TERMINAL_ID);
  }, SETUP_MS);

  it('refuses a wipe without the host key, from a window showing someone else, and by GET', async () => {
    const noKey = await fetch(`${host.origin}${KIOSK_HOST_WIPE_PATH}`, { method: 'POST', headers: { [HOST_USER_HEADER]: TERMINAL_ID } });
    expect([noKey.status, noKey.headers.get('clear-site-data')]).toEqual([401, null]);
    const other = await fetch(`${host.origin}${KIOSK_HOST_WIPE_PATH}`, { method: 'POST', headers: { [HOST_KEY_HEADER]: host.secret, [HOST_USER_HEADER]: 'someone-else' } });
    expect([other.status, other.headers.get('clear-site-data')]).toEqual([403, null]);
    const get = await fetch(`${host.origin}${KIOSK_HOST_WIPE_PATH}`, { headers: { [HOST_KEY_HEADER]: host.secret } });
    expect(get.status).toBe(405);
  }, SETUP_MS);
});

describe('a kiosk terminal and the staff fleet view, through the central', () => {
  it('reports by heartbeat, gets its own terminal row by the projected feed, and shows in the fleet view', async () => {
    await value(core, 'kiosk.report', { phase: 'attract', inUse: false });
    const beat = async () => (await central.db.query<{ data: KioskTerminal }>('SELECT data FROM kiosk_terminal WHERE id = $1', [TERMINAL_ID])).rows[0]?.data.lastHeartbeat?.appVersion ?? null;
    await expect.poll(beat, { timeout: 30_000 }).toBe('0.0.0-test');
    await expect
      .poll(async () => {
        await core.invoke('sync.now', {}, { userId: TERMINAL_ID });
        return (await value<KioskHome>(core, 'kiosk.home', { days: 1 })).terminal.name;
      }, { timeout: 30_000 })
      .toBe('Test kiosk');
    expect((await value<KioskStatus>(core, 'kiosk.status')).connection).toBe('online');

    staff = await createCore({ dataDir: join(dir, 'staff'), centralUrl: central.url, mode: 'browser', sync: { intervalMs: 60_000 } });
    const signIn = await staff.invoke('session.login', { username: SUPERVISOR.username, password: SUPERVISOR.password }, { userId: null });
    expect(signIn.ok).toBe(true);
    const fleet = async () => {
      await staff.invoke('sync.now', {}, { userId: SUPERVISOR.id });
      const r = await staff.invoke('kiosk.fleet', {}, { userId: SUPERVISOR.id });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as KioskFleet).rows.map((row) => [row.terminalId, row.connection, row.version]);
    };
    await expect.poll(fleet, { timeout: 30_000 }).toEqual([[TERMINAL_ID, 'online', '0.0.0-test']]);
  }, SETUP_MS);

  it("carries out a staff member's restart request when idle, and its heartbeat acknowledges it", async () => {
    const asked = await staff.invoke('kiosk.requestRestart', { terminalId: TERMINAL_ID }, { userId: SUPERVISOR.id });
    expect(asked.ok).toBe(true);
    await staff.invoke('sync.now', {}, { userId: SUPERVISOR.id });
    // The kiosk pulls the request (its row carries restartRequestedAt) and its heartbeat hears of it.
    await expect
      .poll(async () => {
        await core.invoke('sync.now', {}, { userId: TERMINAL_ID });
        return events.some((e) => e.type === 'kiosk.restartRequested');
      }, { timeout: 60_000 })
      .toBe(true);
    // The page starts again (the browser host's restart) and says so; the next beat acknowledges.
    await value(core, 'kiosk.report', { phase: 'attract', inUse: false, restarted: true });
    const acknowledged = async () => (await central.db.query<{ data: KioskTerminal }>('SELECT data FROM kiosk_terminal WHERE id = $1', [TERMINAL_ID])).rows[0]?.data.restartAcknowledgedAt ?? null;
    await expect.poll(acknowledged, { timeout: 60_000 }).not.toBeNull();
  }, SETUP_MS);
});
