import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchCentral } from '../server.ts';
import { signIn, streamAll } from '../testing/api-client.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  central = await launchCentral({
    seed: { applications: 60, seed: 7 },
    // Small limits, so a few connections reach them; a short run-ahead, so a reader that does not
    // read is behind at once.
    streams: { streamsPerUser: 2, eventsPerUser: 2, maxStreams: 3, aheadBytes: 64 * 1024, stallMs: 5_000 },
  });
  for (const user of ['aino', 'eero', 'sanna', 'olli']) tokens[user] = await signIn(central.url, user);
});
afterAll(() => central.close());

/**
 * A raw HTTP request whose reader takes the status line and then nothing more. `rest()` starts
 * reading again and resolves with everything that arrives until the connection closes.
 */
async function stalledRequest(path: string, token: string): Promise<{ status: number; socket: net.Socket; rest: () => Promise<string> }> {
  const { port, hostname } = new URL(central.url);
  const socket = net.connect(Number(port), hostname);
  socket.write(`GET /api/v1${path} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
  let received = '';
  const first = await new Promise<string>((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      resolve(chunk.toString('latin1'));
    });
    socket.once('error', reject);
  });
  received = first;
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(first)?.[1] ?? 0);
  return {
    status,
    socket,
    rest: () =>
      new Promise<string>((resolve) => {
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('latin1');
        });
        socket.on('close', () => resolve(received));
        socket.on('error', () => undefined);
        socket.resume();
      }),
  };
}

async function openStream(user: string): Promise<Response> {
  return fetch(`${central.url}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${tokens[user]}` } });
}

describe('streamed downloads', () => {
  it('caps the downloads one user may hold, then the process, with 429 too_many_streams and Retry-After', async () => {
    const held = [await stalledRequest('/sync/stream', tokens.aino!), await stalledRequest('/sync/stream', tokens.aino!)];
    expect(held.map((h) => h.status)).toEqual([200, 200]);
    try {
      const third = await openStream('aino');
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('5');
      expect(await third.json()).toMatchObject({ error: { code: 'too_many_streams', message: expect.stringMatching(/one user/), retryAfterSeconds: 5 } });

      // Another user is not held up by aino's streams...
      const eero = await stalledRequest('/sync/stream', tokens.eero!);
      expect(eero.status).toBe(200);
      held.push(eero);
      // ...until the process has as many as it serves.
      const sanna = await openStream('sanna');
      expect(sanna.status).toBe(429);
      expect(await sanna.json()).toMatchObject({ error: { code: 'too_many_streams', message: expect.stringMatching(/central is serving/) } });
    } finally {
      for (const h of held) h.socket.destroy();
    }
    // Closed streams give their places back: the normal client downloads everything.
    await expect.poll(async () => (await openStream('aino').then((r) => r.body?.cancel().then(() => r.status))) ?? 0, { timeout: 30_000 }).toBe(200);
    const full = await streamAll(central.url, tokens.aino!);
    expect(full.end.count).toBe(full.changes.length);
  });

  it('cuts a reader that takes nothing for the stall timeout, and frees its place', async () => {
    const full = await streamAll(central.url, tokens.olli!);
    const fullBytes = full.changes.reduce((n, c) => n + JSON.stringify(c).length + 1, 0);
    const stalled = [await stalledRequest('/sync/stream', tokens.olli!), await stalledRequest('/sync/stream', tokens.olli!)];
    expect(stalled.map((s) => s.status)).toEqual([200, 200]);
    // Both places are taken until the central gives up on the readers by itself.
    expect((await openStream('olli')).status).toBe(429);
    // Wait until the central has given up on both readers, not just one: resuming a reader it has
    // not cut yet would let that download run to its end.
    const bothPlaces = async () => {
      const a = await openStream('olli');
      const b = await openStream('olli');
      await Promise.all([a.body?.cancel(), b.body?.cancel()]);
      return `${a.status},${b.status}`;
    };
    await expect.poll(bothPlaces, { timeout: 60_000, interval: 500 }).toBe('200,200');
    for (const s of stalled) {
      const got = await s.rest();
      // Cut off: what had reached the socket buffers, without the end line.
      expect(got).not.toContain('"end":true');
      expect(got.length, 'the dataset must be larger than the socket buffers for a reader to fall behind').toBeLessThan(fullBytes);
    }
  });
});

describe('events streams', () => {
  it('caps the events streams one user may hold; a closed one frees its place', async () => {
    const held = [await stalledRequest('/sync/events', tokens.eero!), await stalledRequest('/sync/events', tokens.eero!)];
    expect(held.map((h) => h.status)).toEqual([200, 200]);
    const third = await fetch(`${central.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${tokens.eero}` } });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('30');
    expect(await third.json()).toMatchObject({ error: { code: 'too_many_streams', retryAfterSeconds: 30 } });
    held[0]!.socket.destroy();
    await expect
      .poll(async () => {
        const controller = new AbortController();
        const res = await fetch(`${central.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${tokens.eero}` }, signal: controller.signal });
        controller.abort();
        return res.status;
      }, { timeout: 30_000 })
      .toBe(200);
    held[1]!.socket.destroy();
  });
});
