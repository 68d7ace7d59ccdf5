import { afterAll, beforeAll, describe, it } from 'vitest';
import { pgAvailable, startPgCluster, type PgCluster } from '../../central/testing/pg-cluster.ts';
import { SETUP_MS, TestCentral } from './support/central.ts';
import { openClient, signIn, tempRoot } from './support/harness.ts';
import { raceForOneBerth } from './support/race.ts';

type Client = Awaited<ReturnType<typeof openClient>>;

/** The race again on a real PostgreSQL server (row locks and constraints under real concurrency). */
describe.skipIf(!pgAvailable())('on a real PostgreSQL', () => {
  let root: Awaited<ReturnType<typeof tempRoot>>;
  let pg: PgCluster;
  let central: TestCentral;
  let a: Client;
  let b: Client;

  beforeAll(async () => {
    root = await tempRoot('pg-race');
    const t = performance.now();
    pg = await startPgCluster();
    console.log(`[measure] throwaway PostgreSQL started in ${Math.round(performance.now() - t)} ms`);
    central = await TestCentral.start(root.dir, pg.databaseUrl);
    a = await openClient(root.dir, 'a', central.url);
    b = await openClient(root.dir, 'b', central.url);
    const s = performance.now();
    await signIn(a, 'aino');
    const rows = Math.max(0, ...a.events.map((e) => (e.type === 'sync.status' && e.status.bootstrap ? e.status.bootstrap.received : 0)));
    const ms = performance.now() - s;
    console.log(`[measure] bootstrap from PostgreSQL: ${rows} rows in ${Math.round(ms)} ms = ${Math.round(rows / (ms / 1000))} rows/s`);
    await signIn(b, 'eero');
  }, SETUP_MS);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await central?.stop();
    await pg?.stop();
    await root?.remove();
  });

  it('two handlers race for one berth, three times over: one winner each time', async () => {
    for (let round = 0; round < 3; round++) await raceForOneBerth(a, b);
  });
});
