import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchCentral } from './server.ts';
import { pgAvailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { api, signIn } from './testing/api-client.ts';

const available = pgAvailable();
if (!available) console.warn('[skip] central/database-down.test.ts: PostgreSQL 15 binaries or the postgres user are missing.');

/** When PostgreSQL goes away the central says "try again later" (503), never 500, never a hang. */
describe.skipIf(!available)('central with its database gone', () => {
  let cluster: PgCluster;
  let central: Awaited<ReturnType<typeof launchCentral>>;
  let token = '';

  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 50, seed: 3 } });
    token = await signIn(central.url, 'aino');
    await cluster.stop();
  });
  afterAll(async () => {
    await central?.close();
  });

  it('answers 503 with the error body on every route that needs the database', async () => {
    const answers = [
      await api(central.url, 'GET', '/health'),
      await api(central.url, 'GET', '/sync/pull', { token }),
      await api(central.url, 'POST', '/auth/login', { body: { username: 'aino', password: 'demo' } }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(503);
      expect(a.body).toMatchObject({ error: { code: 'internal', message: expect.stringMatching(/unavailable/) } });
    }
  });
});
