import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName } from '../../domain/workspaces.ts';
import type { Change, CommandEnvelope } from '../../domain/sync/protocol.ts';
import { openCache } from '../../main/core/cache/open-cache.ts';
import { keyFileFor, readCacheKey } from '../../main/core/session/cache-key.ts';
import { cacheFileFor, readProfile } from '../../main/core/session/profile-store.ts';
import { plainSecretStore } from '../../main/core/session/secret-store.ts';
import { createCentralClient, type CentralClient } from '../../main/core/sync/central-client.ts';
import { SETUP_MS, TestCentral } from './support/central.ts';
import { call, dueDate, findOffer, openClient, signIn, tempRoot, waitFor } from './support/harness.ts';
import { raceForOneBerth } from './support/race.ts';

type Client = Awaited<ReturnType<typeof openClient>>;

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: TestCentral;
let a: Client;
let b: Client;
let api: CentralClient;

async function token(username: string): Promise<string> {
  const r = await api.login({ username, password: 'demo' });
  if (!r.ok) throw new Error(r.failure.message);
  return r.value.token;
}

async function everything(tok: string): Promise<Change[]> {
  const all: Change[] = [];
  const r = await api.stream(tok, null, (changes) => {
    all.push(...changes);
  });
  if (!r.ok) throw new Error(r.failure.message);
  return all;
}

beforeAll(async () => {
  root = await tempRoot('sync');
  central = await TestCentral.start(root.dir);
  api = createCentralClient({ baseUrl: central.url });
  a = await openClient(root.dir, 'a', central.url);
  b = await openClient(root.dir, 'b', central.url);
  const t = performance.now();
  await signIn(a, 'aino');
  const ms = performance.now() - t;
  const rows = Math.max(0, ...a.events.map((e) => (e.type === 'sync.status' && e.status.bootstrap ? e.status.bootstrap.received : 0)));
  console.log(`[measure] bootstrap (login + streamed pull) of ${rows} rows in ${Math.round(ms)} ms = ${Math.round(rows / (ms / 1000))} rows/s`);
  await signIn(b, 'eero');
  await measureTransfer();
}, SETUP_MS);

/** Only printed: the wire alone (no cache), streamed NDJSON against the paged JSON pull. */
async function measureTransfer() {
  const tok = await token('aino');
  let t = performance.now();
  let streamed = 0;
  await api.stream(tok, null, (changes) => {
    streamed += changes.length;
  });
  const streamMs = performance.now() - t;
  t = performance.now();
  let paged = 0;
  let cursor: string | null = null;
  for (;;) {
    const r = await api.pull(tok, cursor, 5000);
    if (!r.ok) break;
    paged += r.value.changes.length;
    cursor = r.value.cursor;
    if (!r.value.hasMore) break;
  }
  const pagedMs = performance.now() - t;
  console.log(
    `[measure] wire only: stream ${streamed} rows in ${Math.round(streamMs)} ms (${Math.round(streamed / (streamMs / 1000))} rows/s); ` +
      `paged pull (5000/page) ${paged} rows in ${Math.round(pagedMs)} ms (${Math.round(paged / (pagedMs / 1000))} rows/s)`,
  );
}

afterAll(async () => {
  await a?.close();
  await b?.close();
  await central?.stop();
  await root?.remove();
});

describe('two handlers, one berth', () => {
  it('offer the same free berth at the same time: one applied, the other a berth_taken conflict', async () => {
    await raceForOneBerth(a, b);
  });
});

describe('push', () => {
  it('sent twice has one effect', async () => {
    const tok = await token('aino');
    const { applicationId } = await findOffer(a);
    const clientId = randomUUID();
    const note: CommandEnvelope = {
      id: randomUUID(),
      seq: 1,
      type: 'berths.addNote',
      payload: { applicationId, note: 'sent twice' },
      baseVersion: null,
      issuedAt: new Date().toISOString(),
    };
    const first = await api.push(tok, { clientId, commands: [note] });
    const other: CommandEnvelope = { ...note, id: randomUUID(), seq: 2, payload: { applicationId, note: 'sent once' } };
    const second = await api.push(tok, { clientId, commands: [note, other] });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.results[0]?.status).toBe('applied');
    expect(second.value.results.find((r) => r.id === note.id)).toEqual(first.value.results[0]);

    const rows = (await everything(tok)).filter((c) => c.entity === 'application_event' && (c.data as { commandId?: string })?.commandId === note.id);
    expect(rows).toHaveLength(1);
    await call(a, 'sync.now', {});
    const detail = await call(a, 'berths.getApplication', { id: applicationId });
    expect(detail.history.filter((h) => h.commandId === note.id)).toHaveLength(1);
    expect(detail.history.filter((h) => h.commandId === other.id)).toHaveLength(1);
  });
});

describe('pokes', () => {
  it("one handler's change reaches the other without waiting for the timer", async () => {
    const { applicationId } = await findOffer(a);
    const noted = await call(a, 'berths.addNote', { applicationId, note: 'for eero to see' });
    // b's timer is a minute away and b never asks: only the central's poke can bring this.
    await waitFor('the note to reach the other cache', async () => {
      const detail = await call(b, 'berths.getApplication', { id: applicationId });
      return detail.history.some((h) => h.commandId === noted.commandId);
    });
    expect(b.events.some((e) => e.type === 'changed' && e.entities.includes('application_event'))).toBe(true);
  });
});

describe('roles', () => {
  it('a supervisor cannot offer: refused locally, and a hand-made push gets 403', async () => {
    const olli = await openClient(root.dir, 'olli', central.url);
    try {
      await signIn(olli, 'olli');
      const { applicationId, berth } = await findOffer(olli);
      const local = await olli.invoke('berths.offerBerth', { applicationId, berthId: berth.berthId, dueDate: dueDate() });
      expect(!local.ok && local.error.code).toBe('forbidden');
      expect((await call(olli, 'sync.status', {})).pendingCommands).toBe(0);

      const id = randomUUID();
      const pushed = await api.push(await token('olli'), {
        clientId: randomUUID(),
        commands: [{ id, seq: 1, type: 'berths.offerBerth', payload: { applicationId, berthId: berth.berthId, leaseId: randomUUID(), orderId: randomUUID(), dueDate: dueDate(), acceptShorter: false }, issuedAt: new Date().toISOString() }],
      });
      expect(pushed.ok).toBe(false);
      if (!pushed.ok) expect([pushed.failure.status, pushed.failure.kind, pushed.failure.code]).toEqual([403, 'forbidden', 'forbidden']);
    } finally {
      await olli.close();
    }
  });

  it('harbour services pull resources only: no customers, boats, applications, leases or events', async () => {
    const changes = await everything(await token('harri'));
    const entities = new Set<EntityName>(changes.map((c) => c.entity));
    expect(changes.length).toBeGreaterThan(0);
    for (const e of entities) expect(ENTITIES[e].scope).toBe('berths.resources');
    for (const e of ['customer', 'boat', 'application', 'lease', 'application_event'] as const) expect(entities.has(e)).toBe(false);

    const paged = await api.pull(await token('harri'), null, 5000);
    expect(paged.ok && paged.value.changes.every((c) => ENTITIES[c.entity].scope === 'berths.resources')).toBe(true);
  });
});

describe('session', () => {
  it('expired token pauses sync with the outbox kept; another user gets their own cache; a resync keeps the outbox', async () => {
    const dataDir = path.join(root.dir, 's');
    let s = await openClient(root.dir, 's', central.url);
    try {
      await signIn(s, 'aino');
      const aino = (await call(s, 'session.get', {})).user!;
      const { applicationId } = await findOffer(s);

      // The central forgets the token (as when it expires).
      const profile = await readProfile(dataDir);
      await api.logout(await plainSecretStore.decrypt(profile!.token!.data));
      const queued = await call(s, 'berths.addNote', { applicationId, note: 'written while the token had expired' });
      const paused = await call(s, 'sync.now', {});
      expect([paused.authExpired, paused.pendingCommands, paused.lastError?.code]).toEqual([true, 1, 'unauthorized']);
      // Local work goes on.
      expect((await call(s, 'berths.getApplication', { id: applicationId })).pendingCommands).toHaveLength(1);

      await call(s, 'session.login', { username: 'eero', password: 'demo' });
      const eero = (await call(s, 'session.get', {})).user!;
      expect(eero.id).not.toBe(aino.id);
      expect((await call(s, 'sync.status', {})).pendingCommands).toBe(0);
      expect(existsSync(cacheFileFor(dataDir, aino.id)) && existsSync(cacheFileFor(dataDir, eero.id))).toBe(true);
      await s.close();

      // What aino may read "changed": their cache holds a cursor of another scope (harbour services).
      const harri = await api.pull(await token('harri'), null, 1);
      if (!harri.ok) throw new Error(harri.failure.message);
      const stored = await readCacheKey(keyFileFor(cacheFileFor(dataDir, aino.id)), plainSecretStore);
      if (stored.kind !== 'ok') throw new Error(`aino's cache key: ${stored.kind}`);
      const cache = openCache({ file: cacheFileFor(dataDir, aino.id), userId: aino.id, key: stored.key });
      expect(cache.counts().pendingCommands).toBe(1);
      cache.applyChanges([], harri.value.cursor);
      cache.close();

      s = await openClient(root.dir, 's', central.url);
      expect((await call(s, 'session.get', {})).user?.id).toBe(eero.id);
      await call(s, 'session.login', { username: 'aino', password: 'demo' });
      let status = await call(s, 'sync.now', {});
      if (status.pendingCommands > 0 || status.lastError) status = await call(s, 'sync.now', {});
      expect([status.authExpired, status.pendingCommands, status.lastError]).toEqual([false, 0, null]);
      // The 409 made it download everything again.
      expect(s.events.some((e) => e.type === 'sync.status' && e.status.phase === 'bootstrapping')).toBe(true);
      const detail = await call(s, 'berths.getApplication', { id: applicationId });
      expect(detail.history.filter((h) => h.commandId === queued.commandId)).toHaveLength(1);
      expect(s.events.some((e) => e.type === 'command.settled' && e.commandId === queued.commandId && e.status === 'applied')).toBe(true);
    } finally {
      await s.close();
    }
  });
});
