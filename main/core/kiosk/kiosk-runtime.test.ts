import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent, SyncStatus } from '../../../domain/contract.ts';
import { Heartbeat } from '../../../domain/kiosk/heartbeat.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { createKioskRuntime, type KioskCoreOptions, type KioskRuntime } from './kiosk-runtime.ts';

/**
 * The kiosk runtime as the core drives it, against a small real HTTP server that stands in for
 * the central's heartbeat route: it checks each beat with the domain's schema and answers a
 * pending restart until a beat names it as carried out (domain/kiosk/decide.ts applyHeartbeat).
 */
const TERMINAL: StaffUser = { id: 'kiosk-oodi-1', name: 'Oodi kiosk 1', roles: ['kiosk'], grants: [{ role: 'kiosk', servicePointId: 'sp-oodi' }] as StaffUser['grants'] };
const STAFF: StaffUser = { id: 'maija', name: 'Maija', roles: ['booking_viewer'], grants: [] };
const SYNC: SyncStatus = { connection: 'online', phase: 'idle', signedIn: true, authExpired: false, pendingCommands: 0, openConflicts: 0, lastSyncAt: null, lastError: null, bootstrap: null };

let server: Server;
let url: string;
let beats: Heartbeat[];
/** The restart request as the central holds it: answered until a beat's restartedFor matches. */
let requestedAt: string | null;

beforeEach(async () => {
  beats = [];
  requestedAt = null;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const beat = Heartbeat.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      beats.push(beat);
      if (requestedAt !== null && beat.restartedFor !== undefined && Date.parse(beat.restartedFor) === Date.parse(requestedAt)) requestedAt = null;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ restartRequested: requestedAt !== null, schedule: null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
let runtime: KioskRuntime | null = null;
afterEach(async () => {
  runtime?.stop();
  runtime = null;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function start(options: Partial<KioskCoreOptions> = {}, user: StaffUser | null = TERMINAL) {
  let nowMs = Date.parse('2026-12-03T08:00:00.000Z');
  const events: CoreEvent[] = [];
  const created = createKioskRuntime(
    { credential: { username: 'kiosk-oodi-1', password: 'demo' }, appVersion: '0.1.0', heartbeatIntervalMs: 3_600_000, ...options },
    {
      centralUrl: url,
      now: () => new Date(nowMs),
      signIn: () => Promise.resolve({ ok: true, value: null }),
      user: () => user,
      token: () => 'tok-1',
      syncStatus: () => SYNC,
      emit: (event) => events.push(event),
      restartRequestedAt: () => requestedAt,
    },
  );
  runtime = created;
  return { runtime: created, events, advance: (ms: number) => (nowMs += ms), at: () => new Date(nowMs).toISOString() };
}

describe("the terminal's maintenance PIN", () => {
  it('opens for the configured PIN only', async () => {
    const { runtime } = start({ adminPin: '2468' });
    expect(await runtime.checkAdminPin({ pin: '2468' })).toEqual({ ok: true, value: { ok: true, configured: true } });
    expect(await runtime.checkAdminPin({ pin: '2469' })).toEqual({ ok: true, value: { ok: false, configured: true } });
    expect(await runtime.checkAdminPin({ pin: '24680' })).toEqual({ ok: true, value: { ok: false, configured: true } });
  });

  it('says when none is configured: nothing unlocks the maintenance screen', async () => {
    const { runtime } = start();
    expect(await runtime.checkAdminPin({ pin: '2468' })).toEqual({ ok: true, value: { ok: false, configured: false } });
  });

  it('is refused to anyone but the signed-in terminal', async () => {
    for (const user of [STAFF, null]) {
      const r = await start({ adminPin: '2468' }, user).runtime.checkAdminPin({ pin: '2468' });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

/**
 * The start's own beat has been answered and its answer taken. The central having the beat is not
 * enough: a beat asked for before the answer arrives joins that request (one beat at a time) and
 * gets its answer, given before the test changed what the central holds.
 */
async function firstAnswerTaken(runtime: KioskRuntime): Promise<void> {
  await expect.poll(() => runtime.status().lastHeartbeatAt).not.toBeNull();
  expect(beats).toHaveLength(1);
}

describe("a staff member's restart request", () => {
  it('is passed on to the page, and acknowledged once the page reports it has restarted', async () => {
    const kiosk = start();
    await kiosk.runtime.start();
    await firstAnswerTaken(kiosk.runtime);

    // Staff ask after this start: the page is told, the beat claims nothing.
    requestedAt = new Date(Date.parse(kiosk.at()) + 1_000).toISOString();
    kiosk.advance(5_000);
    await kiosk.runtime.heartbeat()!.beat();
    expect(kiosk.events).toEqual([{ type: 'kiosk.restartRequested', userId: TERMINAL.id }]);
    expect(beats.at(-1)?.restartedFor).toBeUndefined();
    expect(kiosk.runtime.status().restartRequested).toBe(true);

    // Not restarted yet: asked again on every beat, still unclaimed.
    await kiosk.runtime.heartbeat()!.beat();
    expect(kiosk.events).toHaveLength(2);
    expect(beats.at(-1)?.restartedFor).toBeUndefined();

    // The reloaded page says it has started again; the next beat names the request, the central takes it.
    const asked = requestedAt;
    kiosk.advance(5_000);
    kiosk.runtime.report({ restarted: true, phase: 'attract', inUse: false, bypassAttempts: [] });
    await kiosk.runtime.heartbeat()!.beat();
    await expect.poll(() => beats.some((b) => b.restartedFor === asked)).toBe(true);
    await expect.poll(() => requestedAt).toBeNull();
    // That beat's answer taken (a beat asked for sooner would join it): the next one claims nothing.
    await expect.poll(() => kiosk.runtime.status().restartRequested).toBe(false);
    await kiosk.runtime.heartbeat()!.beat();
    expect(kiosk.runtime.status().restartRequested).toBe(false);
    expect(beats.at(-1)?.restartedFor).toBeUndefined();
    expect(kiosk.events).toHaveLength(2);
  });

  it('is not claimed by a page report without the restart mark', async () => {
    const kiosk = start();
    await kiosk.runtime.start();
    await firstAnswerTaken(kiosk.runtime);
    requestedAt = new Date(Date.parse(kiosk.at()) + 1_000).toISOString();
    kiosk.advance(5_000);
    kiosk.runtime.report({ phase: 'attract', inUse: false, bypassAttempts: [] });
    await kiosk.runtime.heartbeat()!.beat();
    await kiosk.runtime.heartbeat()!.beat();
    expect(beats.every((b) => b.restartedFor === undefined)).toBe(true);
    expect(requestedAt).not.toBeNull();
  });
});
