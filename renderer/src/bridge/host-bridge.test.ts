import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../domain/contract.ts';
import { createHostBridge } from './host-bridge.ts';

/**
 * A real HTTP server speaking the host protocol that a test can stop, start again on the same
 * port, silence or make hang, so the bridge is tested over real sockets.
 */
class FakeHost {
  readonly calls: { method: string; caller: unknown; key: string | undefined }[] = [];
  readonly streams = new Set<ServerResponse>();
  readonly sockets = new Set<Socket>();
  /** Accept event streams but never answer them (a hung host). */
  hang = false;
  key = 'good';
  port = 0;
  private server: Server | null = null;

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Like a killed process: every connection is cut and nothing listens any more. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.streams.clear();
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  send(event: CoreEvent): void {
    for (const s of this.streams) s.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const key = req.headers['x-kuva-key'] as string | undefined;
    if (key !== this.key) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'Wrong host key.' } }));
      return;
    }
    if (req.url === '/rpc') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const { method, caller } = JSON.parse(body) as { method: string; caller?: unknown };
        this.calls.push({ method, caller, key });
        if (method === 'broken') {
          res.writeHead(500);
          res.end('oops');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, value: { echo: method } }));
      });
      return;
    }
    if (req.url === '/events') {
      if (this.hang) return;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': connected\n\n');
      this.streams.add(res);
      res.on('close', () => this.streams.delete(res));
      return;
    }
    res.writeHead(404);
    res.end();
  }
}

let host: FakeHost;
const stops: (() => void)[] = [];

beforeEach(async () => {
  host = new FakeHost();
  await host.start();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await host.stop();
});

function listen(api: ReturnType<typeof createHostBridge>): CoreEvent[] {
  const events: CoreEvent[] = [];
  stops.push(api.onEvent((e) => events.push(e)));
  return events;
}

const links = (events: CoreEvent[]) => events.filter((e) => e.type === 'host.connection');

describe('createHostBridge calls', () => {
  it('posts the call with the key and the user the window shows, and returns the Result', async () => {
    const api = createHostBridge('good', host.base);
    expect(await api.invoke('sync.status', {}, { userId: 'user-aino' })).toEqual({ ok: true, value: { echo: 'sync.status' } });
    expect(host.calls.at(-1)).toEqual({ method: 'sync.status', caller: { userId: 'user-aino' }, key: 'good' });
  });

  it('says the host no longer knows this window when its key is refused', async () => {
    const result = await createHostBridge('stale', host.base).invoke('sync.status', {}, { userId: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'host_key_rejected' } });
  });

  it('turns a non-JSON answer into an internal error', async () => {
    const result = await createHostBridge('good', host.base).invoke('broken' as 'sync.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns an unreachable host into a translated code, not an exception, and reports it lost', async () => {
    await host.stop();
    const api = createHostBridge('good', host.base);
    const result = await api.invoke('sync.status', {}, { userId: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'host_unreachable' } });
    const events = listen(api);
    await expect.poll(() => links(events)).toEqual([{ type: 'host.connection', state: 'lost', reason: 'unreachable' }]);
  });
});

describe('createHostBridge events', () => {
  it('streams events and reconnects after the stream drops, saying events may have been missed', async () => {
    const api = createHostBridge('good', host.base);
    const events = listen(api);
    await expect.poll(() => host.streams.size).toBe(1);
    host.send({ type: 'changed', entities: ['application'] });
    await expect.poll(() => events.some((e) => e.type === 'changed')).toBe(true);
    for (const s of host.streams) s.end();
    await expect.poll(() => links(events).length, { timeout: 5000 }).toBe(2);
    expect(links(events)).toEqual([
      { type: 'host.connection', state: 'connected', resumed: false },
      { type: 'host.connection', state: 'connected', resumed: true },
    ]);
  });

  it('reports a killed host as lost once, and recovers when it comes back on the same port', async () => {
    const api = createHostBridge('good', host.base);
    const events = listen(api);
    await expect.poll(() => host.streams.size).toBe(1);
    await host.stop();
    await expect.poll(() => links(events).at(-1)).toEqual({ type: 'host.connection', state: 'lost', reason: 'unreachable' });
    expect(await api.invoke('session.get', {})).toMatchObject({ ok: false, error: { code: 'host_unreachable' } });
    await host.start();
    await expect.poll(() => links(events).at(-1), { timeout: 10_000 }).toEqual({ type: 'host.connection', state: 'connected', resumed: true });
    expect(links(events).filter((e) => e.state === 'lost')).toHaveLength(1);
    host.send({ type: 'changed', entities: ['berth'] });
    await expect.poll(() => events.some((e) => e.type === 'changed' && e.entities[0] === 'berth')).toBe(true);
  });

  it('takes a host that stays silent beyond the limit as lost', async () => {
    host.hang = true;
    const api = createHostBridge('good', host.base, undefined, { silenceLimitMs: 200 });
    const events = listen(api);
    await expect.poll(() => links(events)).toEqual([{ type: 'host.connection', state: 'lost', reason: 'unreachable' }]);
    host.hang = false;
    await expect.poll(() => links(events).at(-1), { timeout: 10_000 }).toMatchObject({ state: 'connected' });
  });

  it('keeps a stream that hears heartbeats', async () => {
    const api = createHostBridge('good', host.base, undefined, { silenceLimitMs: 300 });
    const events = listen(api);
    await expect.poll(() => host.streams.size).toBe(1);
    let beats = 0;
    const beat = setInterval(() => {
      for (const s of host.streams) s.write(': heartbeat\n\n');
      beats++;
    }, 50);
    stops.push(() => clearInterval(beat));
    // Beats spanning several silence limits: the one stream stays, the host is never lost.
    await expect.poll(() => beats, { timeout: 10_000 }).toBeGreaterThanOrEqual(30);
    expect(links(events)).toEqual([{ type: 'host.connection', state: 'connected', resumed: false }]);
    host.send({ type: 'changed', entities: ['pier'] });
    await expect.poll(() => events.some((e) => e.type === 'changed')).toBe(true);
  });

  it('keeps its stream through a stall past the limit when the host spoke meanwhile: what arrived is read before silence counts', async () => {
    const api = createHostBridge('good', host.base, undefined, { silenceLimitMs: 300 });
    const events = listen(api);
    await expect.poll(() => links(events)).toEqual([{ type: 'host.connection', state: 'connected', resumed: false }]);
    // The host's heartbeat falls due while the thread is busy past the limit (a long task, a loaded
    // machine), so it goes out in the same turn as the watchdog's time is up, before it is read.
    setTimeout(() => {
      for (const s of host.streams) s.write(': heartbeat\n\n');
    }, 10);
    const busyUntil = performance.now() + 3 * 300;
    while (performance.now() < busyUntil) {
      // the thread stalls
    }
    // An event after that turn comes down the same stream: it was never taken for lost.
    setTimeout(() => host.send({ type: 'changed', entities: ['pier'] }), 0);
    await expect.poll(() => events.some((e) => e.type === 'changed')).toBe(true);
    expect(links(events)).toEqual([{ type: 'host.connection', state: 'connected', resumed: false }]);
  });

  it('tells a refused key apart from a host that is gone', async () => {
    const api = createHostBridge('stale', host.base);
    const events = listen(api);
    await expect.poll(() => links(events)).toEqual([{ type: 'host.connection', state: 'lost', reason: 'key_rejected' }]);
  });
});
