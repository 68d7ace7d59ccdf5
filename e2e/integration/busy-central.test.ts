import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentral } from '../../central/server.ts';
import { call, openClient, tempRoot, waitFor } from './support/harness.ts';

/**
 * The app against a central that says "not now" (429): a throttled sign-in and a download refused
 * for too many streams are told as what they are, never as "the central cannot be reached".
 */
type Client = Awaited<ReturnType<typeof openClient>>;

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: Awaited<ReturnType<typeof startCentral>>;
const clients: Client[] = [];

beforeAll(async () => {
  root = await tempRoot('busy');
  central = await startCentral({
    seed: { applications: 30, seed: 4 },
    // The throttle's clock stands still, so a lockout lasts while the test looks at it.
    clock: () => new Date('2027-03-01T08:00:00Z'),
    streams: { streamsPerUser: 1 },
  });
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await central?.close();
  await root?.remove();
});

async function client(name: string): Promise<Client> {
  const c = await openClient(root.dir, name, central.url);
  clients.push(c);
  return c;
}

/** A download whose reader takes the status line and then nothing: it keeps its place. */
async function holdStream(token: string): Promise<net.Socket> {
  const { port, hostname } = new URL(central.url);
  const socket = net.connect(Number(port), hostname);
  socket.write(`GET /api/v1/sync/stream HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${token}\r\n\r\n`);
  const status = await new Promise<string>((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      resolve(chunk.toString('latin1').slice(0, 12));
    });
    socket.once('error', reject);
  });
  expect(status).toBe('HTTP/1.1 200');
  return socket;
}

describe('a central that says "not now"', () => {
  it('a locked-out sign-in answers too_many_attempts with the wait, for the right password too', async () => {
    const c = await client('throttled');
    for (let i = 0; i < 5; i++) {
      const wrong = await c.invoke('session.login', { username: 'olli', password: 'wrong' });
      expect(!wrong.ok && wrong.error.code).toBe('invalid_credentials');
    }
    for (const password of ['wrong', 'demo']) {
      const locked = await c.invoke('session.login', { username: 'olli', password });
      expect(locked).toMatchObject({ ok: false, error: { code: 'too_many_attempts', details: { retryAfterSeconds: 1 } } });
    }
    expect((await call(c, 'session.get', {})).user).toBeNull();
  });

  it('a download refused for too many streams says so, stays online, and goes through once a place is free', async () => {
    const login = await fetch(`${central.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eero', password: 'demo' }),
    });
    const held = await holdStream(((await login.json()) as { token: string }).token);
    try {
      const c = await client('refused');
      await call(c, 'session.login', { username: 'eero', password: 'demo' });
      const refused = await call(c, 'sync.now', {});
      expect(refused.lastError?.code).toBe('too_many_streams');
      expect(refused.connection).not.toBe('offline');
      held.destroy();
      const synced = await waitFor('the download after the place was freed', async () => {
        const s = await call(c, 'sync.now', {});
        return s.lastError === null && s.lastSyncAt !== null && s;
      }, 60_000);
      expect(synced.connection).toBe('online');
      expect((await call(c, 'berths.listApplications', { filter: {}, limit: 5 })).rows.length).toBeGreaterThan(0);
    } finally {
      held.destroy();
    }
  });
});
