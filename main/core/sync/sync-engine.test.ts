import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListApplicationsInput, type CoreEvent } from '../../../domain/contract.ts';
import type { CommandEnvelope, CommandResult, PushRequest } from '../../../domain/sync/protocol.ts';
import { HANDLER, tempCache, world } from '../berths/testing/index.ts';
import { createCentralClient } from './central-client.ts';
import { createSyncEngine, type SyncEngine } from './sync-engine.ts';

/**
 * The engine with a real cache against a scripted central on 127.0.0.1 that gives the answers the
 * real one gives only in trouble (400, 403 with ids, 401, 409, 503). The happy paths run against
 * the real central in e2e/integration.
 */
interface Seen {
  method: string;
  path: string;
  cursor: string | null;
  auth: string | undefined;
  push?: PushRequest;
}

type Reply = { status: number; body: unknown };
let seen: Seen[];
let onPush: (req: PushRequest, auth: string | undefined) => Reply;
let onPull: (cursor: string | null) => Reply;
/** The stream's body; one in two parts waits for `rest` after writing `first`. */
let streamBody: (cursor: string | null) => string | { first: string; rest: Promise<string> };
let server: Server;
let url: string;
let t: ReturnType<typeof tempCache>;
let engine: SyncEngine | null;
let events: CoreEvent[];
let inFlight = 0;
let maxInFlight = 0;
let eventStreams: ServerResponse[];
const poke = () => {
  for (const res of eventStreams) res.write('event: poke\ndata:\n\n');
};

const applied = (req: PushRequest): Reply => ({ status: 200, body: { results: req.commands.map((c): CommandResult => ({ id: c.id, status: 'applied' })) } });
const send = (res: ServerResponse, r: Reply) => {
  res.writeHead(r.status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(r.body));
};

function handle(req: IncomingMessage, res: ServerResponse, body: string) {
  const u = new URL(req.url ?? '/', 'http://x');
  const s: Seen = { method: req.method ?? '', path: u.pathname, cursor: u.searchParams.get('cursor'), auth: req.headers.authorization };
  seen.push(s);
  if (u.pathname === '/api/v1/sync/push') {
    s.push = JSON.parse(body) as PushRequest;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // A little latency so overlapping syncs would show.
    setTimeout(() => {
      inFlight--;
      send(res, onPush(s.push!, s.auth));
    }, 10);
    return;
  }
  if (u.pathname === '/api/v1/sync/pull') return send(res, onPull(s.cursor));
  if (u.pathname === '/api/v1/sync/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(': connected\n\n');
    eventStreams.push(res);
    return;
  }
  if (u.pathname === '/api/v1/sync/stream') {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const body = streamBody(s.cursor);
    if (typeof body === 'string') return res.end(body);
    res.write(body.first);
    void body.rest.then((rest) => res.end(rest));
    return;
  }
  send(res, { status: 404, body: { error: { code: 'not_found', message: 'no' } } });
}

beforeEach(async () => {
  seen = [];
  events = [];
  eventStreams = [];
  inFlight = 0;
  maxInFlight = 0;
  onPush = applied;
  onPull = (cursor) => ({ status: 200, body: { cursor: `${cursor}+`, hasMore: false, changes: [] } });
  streamBody = () => JSON.stringify({ end: true, cursor: 'from-stream', count: 0 }) + '\n';
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = tempCache();
  t.cache.applyChanges(world().changes, 'c1');
  engine = null;
});

afterEach(async () => {
  await engine?.stop();
  t.dispose();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function start(token: string | null = 'tok', timing = { initialBackoffMs: 20, maxBackoffMs: 40 }, listen = false, streamBatchSize?: number): SyncEngine {
  engine = createSyncEngine({
    cache: t.cache,
    client: createCentralClient({ baseUrl: url, timeoutMs: 2000, ...(streamBatchSize ? { streamBatchSize } : {}) }),
    token,
    listen,
    timing,
    now: () => new Date(),
    emit: (e) => events.push(e),
  });
  engine.start();
  return engine;
}

const NOW = new Date('2026-02-10T10:00:00+02:00');
function note(text: string): string {
  const app = world().apps['Mäkinen']!;
  const r = t.cache.handle('berths.addNote', { applicationId: app.id, note: text }, HANDLER, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.commandId;
}
const settled = () => events.flatMap((e) => (e.type === 'command.settled' ? [[e.commandId, e.status, e.code ?? null]] : []));
const pushes = () => seen.filter((s) => s.push).map((s) => s.push!.commands.map((c: CommandEnvelope) => c.id));

describe('sync engine', () => {
  it('sends the next batch once the central answered one, before settling that answer, never two at once', async () => {
    const ids = [note('one'), note('two'), note('three'), note('four'), note('five')];
    const client = createCentralClient({ baseUrl: url, timeoutMs: 2000 });
    // How many commands were settled when each push was started.
    const settledAtStart: number[] = [];
    engine = createSyncEngine({
      cache: t.cache,
      client: { ...client, push: (...args) => (settledAtStart.push(settled().length), client.push(...args)) },
      token: 'tok',
      listen: false,
      pushBatchSize: 2,
      timing: { initialBackoffMs: 20, maxBackoffMs: 40 },
      now: () => new Date(),
      emit: (e) => events.push(e),
    });
    engine.start();
    const status = await engine.syncNow();
    expect(pushes()).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    // Each batch went out while the answers to the one before were still to be settled ...
    expect(settledAtStart).toEqual([0, 0, 2]);
    // ... and only after the central had answered it: one push at the central at a time, in order.
    expect(maxInFlight).toBe(1);
    expect(settled()).toEqual(ids.map((id) => [id, 'applied', null]));
    expect(status.pendingCommands).toBe(0);
  });

  it('takes the results of a push bigger than a pull page by the stream at once, a small one by a page', async () => {
    const client = createCentralClient({ baseUrl: url, timeoutMs: 2000 });
    engine = createSyncEngine({ cache: t.cache, client, token: 'tok', listen: false, pullLimit: 2, timing: { initialBackoffMs: 20, maxBackoffMs: 40 }, now: () => new Date(), emit: (e) => events.push(e) });
    engine.start();
    await engine.syncNow();
    const sync = async () => {
      seen.length = 0;
      await engine!.syncNow();
      return seen.map((s) => s.path.replace('/api/v1/sync/', ''));
    };
    note('one');
    note('two');
    note('three');
    expect(await sync()).toEqual(['push', 'stream']);
    note('four');
    expect(await sync()).toEqual(['push', 'pull']);
  });

  it('isolates a malformed command: one at a time, only the bad one refused as bad_request', async () => {
    const ids = [note('one'), note('bad'), note('three')];
    onPush = (req) =>
      req.commands.some((c) => (c.payload as { note: string }).note === 'bad')
        ? { status: 400, body: { error: { code: 'bad_request', message: 'bad note' } } }
        : applied(req);
    const status = await start().syncNow();
    expect(pushes()).toEqual([ids, [ids[0]], [ids[1]], [ids[2]]]);
    expect(settled()).toEqual([
      [ids[0], 'applied', null],
      [ids[1], 'rejected', 'bad_request'],
      [ids[2], 'applied', null],
    ]);
    expect([status.pendingCommands, status.openConflicts, status.lastError]).toEqual([0, 1, null]);
    const conflicts = t.cache.handle('conflicts.list', {}, HANDLER, NOW);
    expect(conflicts.ok && conflicts.value.map((c) => [c.id, c.status, c.code])).toEqual([[ids[1], 'rejected', 'bad_request']]);
  });

  it('marks only the commands a 403 names as forbidden and pushes the rest again', async () => {
    const ids = [note('a'), note('b'), note('c')];
    onPush = (req) =>
      req.commands.some((c) => c.id === ids[1])
        ? { status: 403, body: { error: { code: 'forbidden', message: 'not yours', commandIds: [ids[1]] } } }
        : applied(req);
    await start().syncNow();
    expect(pushes()).toEqual([ids, [ids[0], ids[2]]]);
    expect(settled().sort()).toEqual([[ids[0], 'applied', null], [ids[1], 'rejected', 'forbidden'], [ids[2], 'applied', null]].sort());
  });

  it('pauses on an expired token with the outbox kept, and resumes with a new one', async () => {
    const id = note('waiting');
    onPush = (req, auth) => (auth === 'Bearer fresh' ? applied(req) : { status: 401, body: { error: { code: 'unauthorized', message: 'expired' } } });
    const e = start('stale');
    const paused = await e.syncNow();
    expect([paused.authExpired, paused.pendingCommands, paused.lastError?.code]).toEqual([true, 1, 'unauthorized']);
    // Nothing goes out while paused, on demand or not.
    const before = seen.length;
    await e.syncNow();
    expect(seen.length).toBe(before);

    e.resume('fresh');
    const resumed = await e.syncNow();
    expect([resumed.authExpired, resumed.pendingCommands, resumed.lastError]).toEqual([false, 0, null]);
    expect(settled()).toEqual([[id, 'applied', null]]);
  });

  it('starts paused without a token', async () => {
    const s = await start(null).syncNow();
    expect([s.authExpired, seen.length]).toEqual([true, 0]);
  });

  it('rebuilds the read model on resync_required, keeping the outbox', async () => {
    const id = note('kept');
    onPull = () => ({ status: 409, body: { error: { code: 'resync_required', message: 'roles changed' } } });
    const w = world();
    const lines = w.changes.map((c) => JSON.stringify(c)).join('\n');
    const total = w.changes.length;
    streamBody = () => `${JSON.stringify({ start: true, total })}\n${lines}\n${JSON.stringify({ end: true, cursor: 'fresh', count: total })}\n`;
    onPush = () => ({ status: 200, body: { results: [{ id, status: 'applied' }] } });
    const e = start();
    await e.syncNow();
    const status = e.status();
    // The download's progress: the total as announced, rows up to it, then the finishing.
    const progress = events.flatMap((ev) => (ev.type === 'sync.status' && ev.status.bootstrap ? [ev.status.bootstrap] : []));
    // (The pull answers 409 every time, so a second run downloads again: the first download's.)
    const known = progress.slice(0, progress.findIndex((p) => p.phase === 'finishing') + 1).filter((p) => p.total !== null);
    expect(known[0]).toMatchObject({ received: 0, total, phase: 'receiving' });
    expect(known.every((p) => p.total === total && p.received <= total)).toBe(true);
    expect(known.map((p) => p.received)).toEqual([...known.map((p) => p.received)].sort((a, b) => a - b));
    expect(known.at(-1)).toMatchObject({ received: total, total, phase: 'finishing', secondsLeft: null });
    expect(status.bootstrap).toBeNull();
    // The first run (started by start()); syncNow may add a second one after it.
    expect(seen.slice(0, 3).map((s) => [s.path.replace('/api/v1/sync/', ''), s.cursor])).toEqual([
      ['push', null],
      ['pull', 'c1'],
      ['stream', null],
    ]);
    expect([t.cache.getCursor(), status.lastError]).toEqual(['fresh', null]);
    const list = t.cache.handle('berths.listApplications', ListApplicationsInput.parse({}), HANDLER, NOW);
    expect(list.ok && list.value.total).toBe(6);
  });

  it('downloads again from the start after a first download that broke off', async () => {
    onPull = () => ({ status: 409, body: { error: { code: 'resync_required', message: 'roles changed' } } });
    const w = world();
    const lines = w.changes.map((c) => JSON.stringify(c)).join('\n');
    const total = w.changes.length;
    let streams = 0;
    // The first download breaks off halfway (no end line), the next one is whole.
    streamBody = () =>
      ++streams === 1
        ? `${JSON.stringify({ start: true, total })}\n${w.changes.slice(0, Math.floor(total / 2)).map((c) => JSON.stringify(c)).join('\n')}\n`
        : `${JSON.stringify({ start: true, total })}\n${lines}\n${JSON.stringify({ end: true, cursor: 'fresh', count: total })}\n`;
    // Batches of 2, so the broken download has written rows before it broke.
    const e = start('tok', undefined, false, 2);
    await expect.poll(() => t.cache.getCursor(), { timeout: 5000 }).toBe('fresh');
    expect(streams).toBeGreaterThanOrEqual(2);
    expect(e.status().lastError).toBeNull();
    const list = t.cache.handle('berths.listApplications', ListApplicationsInput.parse({}), HANDLER, NOW);
    expect(list.ok && list.value.total).toBe(6);
  });

  it('tells windows of a first download once, when its rows are all in and indexed', async () => {
    onPull = () => ({ status: 409, body: { error: { code: 'resync_required', message: 'roles changed' } } });
    const w = world();
    const total = w.changes.length;
    streamBody = () => `${JSON.stringify({ start: true, total })}\n${w.changes.map((c) => JSON.stringify(c)).join('\n')}\n${JSON.stringify({ end: true, cursor: 'fresh', count: total })}\n`;
    // Batches of 2: many batches, each of which used to tell the windows to ask again.
    start('tok', undefined, false, 2);
    await expect.poll(() => t.cache.getCursor(), { timeout: 5000 }).toBe('fresh');
    const changed = events.flatMap((e) => (e.type === 'changed' ? [e.entities] : []));
    expect(changed).toHaveLength(1);
    expect([...changed[0]!].sort()).toEqual([...new Set(w.changes.map((c) => c.entity))].sort());
  });

  it('says the central is reached while a first download runs, not only once it ends', async () => {
    onPull = () => ({ status: 409, body: { error: { code: 'resync_required', message: 'roles changed' } } });
    const w = world();
    const total = w.changes.length;
    const lines = w.changes.map((c) => JSON.stringify(c));
    const half = Math.floor(total / 2);
    let release!: (rest: string) => void;
    streamBody = () => ({
      first: `${JSON.stringify({ start: true, total })}\n${lines.slice(0, half).join('\n')}\n`,
      rest: new Promise<string>((r) => (release = r)),
    });
    const e = start('tok', undefined, false, 2);
    await expect.poll(() => e.status().bootstrap?.received ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
    expect([e.status().phase, e.status().connection]).toEqual(['bootstrapping', 'online']);
    release(`${lines.slice(half).join('\n')}\n${JSON.stringify({ end: true, cursor: 'fresh', count: total })}\n`);
    await expect.poll(() => t.cache.getCursor(), { timeout: 5000 }).toBe('fresh');
    expect(e.status().connection).toBe('online');
  });

  it('switches from paging to the stream when far behind', async () => {
    onPull = () => ({ status: 200, body: { cursor: 'page-2', hasMore: true, changes: [] } });
    await start().syncNow();
    expect(seen.slice(0, 2).map((s) => [s.path.replace('/api/v1/sync/', ''), s.cursor])).toEqual([
      ['pull', 'c1'],
      ['stream', 'page-2'],
    ]);
    expect(t.cache.getCursor()).toBe('from-stream');
  });

  it('goes offline when the central cannot be reached, backs off, and comes back by itself', async () => {
    const id = note('later');
    let failures = 2;
    onPush = (req) => (failures-- > 0 ? { status: 503, body: { error: { code: 'internal', message: 'db down' } } } : applied(req));
    onPull = (cursor) => (failures >= 0 ? { status: 503, body: { error: { code: 'internal', message: 'db down' } } } : { status: 200, body: { cursor: `${cursor}+`, hasMore: false, changes: [] } });
    const e = start();
    const first = await e.syncNow();
    expect([first.connection, first.lastError?.code, first.pendingCommands]).toEqual(['offline', 'central_unreachable', 1]);
    for (let i = 0; i < 100 && (e.status().pendingCommands > 0 || e.status().lastError); i++) await new Promise((r) => setTimeout(r, 20));
    const back = e.status();
    expect([back.connection, back.lastError, back.pendingCommands]).toEqual(['online', null, 0]);
    expect(settled()).toEqual([[id, 'applied', null]]);
  });

  it('keeps pulling while a push fails with a server error, and says the change waits', async () => {
    const id = note('stuck');
    let failing = true;
    onPush = (req) => (failing ? { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on the central.' } } } : applied(req));
    const e = start('tok', { initialBackoffMs: 60_000, maxBackoffMs: 60_000 }, true);
    const first = await e.syncNow();
    // Other people's changes still arrive: the pull ran after the failed push.
    const paths = () => seen.map((s) => s.path.replace('/api/v1/sync/', '')).filter((p) => p !== 'events');
    expect(paths().slice(0, 2)).toEqual(['push', 'pull']);
    expect([first.connection, first.lastError?.code, first.pendingCommands, first.openConflicts]).toEqual(['online', 'push_failed', 1, 0]);
    expect(t.cache.getCursor()).toMatch(/^c1\+/);
    await expect.poll(() => eventStreams.length).toBe(1);

    // A poke while the push backs off: the pull runs, the failing push waits for its turn.
    const pushesBefore = pushes().length;
    const pullsBefore = paths().filter((p) => p === 'pull').length;
    poke();
    await expect.poll(() => paths().filter((p) => p === 'pull').length).toBeGreaterThan(pullsBefore);
    await expect.poll(() => e.status().phase).toBe('idle');
    expect(pushes().length).toBe(pushesBefore);
    expect(e.status()).toMatchObject({ connection: 'online', pendingCommands: 1, lastError: { code: 'push_failed' } });

    // "Sync now" skips the wait.
    failing = false;
    const done = await e.syncNow();
    expect([done.pendingCommands, done.lastError]).toEqual([0, null]);
    expect(settled()).toEqual([[id, 'applied', null]]);
  });

  it('never runs two syncs at once', async () => {
    for (let i = 0; i < 5; i++) note(`n${i}`);
    const e = start();
    await Promise.all([e.syncNow(), e.syncNow(), e.syncNow(), e.syncNow(), e.syncNow()]);
    e.nudge();
    await e.syncNow();
    expect(maxInFlight).toBe(1);
    expect(e.status().pendingCommands).toBe(0);
  });
});
