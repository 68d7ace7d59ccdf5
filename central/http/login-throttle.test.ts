import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse } from '../../domain/sync/protocol.ts';
import { seedDemoUsers } from '../auth/users.ts';
import { launchCentral } from '../server.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { error?: { code: string; message: string; retryAfterSeconds?: number } } & Partial<LoginResponse>;
}

/** A sign-in from `address`: the central trusts X-Forwarded-For here, as behind a load balancer. */
async function attempt(central: Central, username: string, password: string, address: string): Promise<Answer> {
  const res = await fetch(`${central.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

const statuses = async (central: Central, username: string, address: string, times: number) => {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await attempt(central, username, 'wrong', address)).status);
  return out;
};

describe('sign-in throttling over HTTP', () => {
  let central: Central;
  // The throttle's clock, moved by the tests: lockouts end without waiting.
  let now = Date.parse('2027-03-01T08:00:00Z');

  beforeAll(async () => {
    central = await launchCentral({ seed: false, trustProxy: true, clock: () => new Date(now) });
    await seedDemoUsers(central.db);
  });
  afterAll(() => central.close());

  it('answers 429 with Retry-After after the free attempts, refuses even the right password, and lets it in after the window', async () => {
    expect(await statuses(central, 'aino', '203.0.113.1', 5)).toEqual([401, 401, 401, 401, 401]);
    const locked = await attempt(central, 'aino', 'wrong', '203.0.113.1');
    expect(locked).toMatchObject({ status: 429, retryAfter: '1', body: { error: { code: 'too_many_attempts', retryAfterSeconds: 1 } } });
    expect(locked.body.error?.message).toMatch(/try again in 1 s/);
    expect(await attempt(central, 'aino', 'demo', '203.0.113.1')).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } });
    // From another address too: the lock is on the user.
    expect((await attempt(central, 'aino', 'demo', '203.0.113.2')).status).toBe(429);

    now += 1000;
    const ok = await attempt(central, 'aino', 'demo', '203.0.113.1');
    expect(ok.status).toBe(200);
    expect(ok.body.user?.name).toBe('Aino Virtanen');
    // A success starts the user over.
    expect(await statuses(central, 'aino', '203.0.113.1', 5)).toEqual([401, 401, 401, 401, 401]);
  });

  it('doubles the lockout with every attempt after it', async () => {
    expect(await statuses(central, 'sanna', '203.0.113.3', 5)).toEqual([401, 401, 401, 401, 401]);
    const waits: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const locked = await attempt(central, 'sanna', 'wrong', '203.0.113.3');
      expect(locked.status).toBe(429);
      waits.push(locked.retryAfter);
      now += Number(locked.retryAfter) * 1000;
      expect((await attempt(central, 'sanna', 'wrong', '203.0.113.3')).status).toBe(401);
    }
    expect(waits).toEqual(['1', '2', '4', '8']);
  });

  it('throttles a parallel burst too: only the free attempts reach the password check', async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, () => attempt(central, 'eero', 'wrong', '203.0.113.4')));
    const counts = burst.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 401: 5, 429: 15 });
  });

  it('throttles known and unknown user names alike, with the same answers', async () => {
    const known = await statuses(central, 'olli', '203.0.113.5', 7);
    const unknown = await statuses(central, 'mallory', '203.0.113.6', 7);
    expect(known).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(unknown).toEqual(known);
    const a = await attempt(central, 'olli', 'wrong', '203.0.113.5');
    const b = await attempt(central, 'mallory', 'wrong', '203.0.113.6');
    expect(b).toEqual(a);
  });

  it('stops one address spraying over many user names, not the users elsewhere', async () => {
    const sprayed = [];
    for (let i = 0; i < 30; i++) sprayed.push((await attempt(central, `user${i}`, 'demo', '198.51.100.7')).status);
    expect(sprayed.every((s) => s === 401)).toBe(true);
    expect(await attempt(central, 'user-never-tried', 'demo', '198.51.100.7')).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } });
    expect((await attempt(central, 'harri', 'demo', '198.51.100.7')).status).toBe(429);
    expect((await attempt(central, 'harri', 'demo', '198.51.100.8')).status).toBe(200);
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] login-throttle.test.ts on PostgreSQL: PostgreSQL 15 binaries or the postgres user are missing.');

describe.skipIf(!available)('sign-in throttling across central processes on one PostgreSQL', () => {
  let cluster: PgCluster;
  let a: Central;
  let b: Central;
  // One clock for both processes, standing still: the lockout cannot end while the test runs.
  const clock = () => new Date('2027-03-01T08:00:00Z');

  beforeAll(async () => {
    cluster = await startPgCluster();
    a = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: false, trustProxy: true, clock });
    await seedDemoUsers(a.db);
    b = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: false, trustProxy: true, clock });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await cluster?.stop();
  });

  it('counts the attempts made on every process: a burst spread over two is throttled as one', async () => {
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => attempt(i % 2 ? a : b, 'eero', 'wrong', '203.0.113.9')));
    expect(answers.filter((x) => x.status === 401)).toHaveLength(5);
    expect(answers.filter((x) => x.status === 429)).toHaveLength(11);
    expect((await attempt(b, 'eero', 'demo', '203.0.113.9')).status).toBe(429);
    expect((await attempt(a, 'eero', 'demo', '203.0.113.9')).status).toBe(429);
  });
});
