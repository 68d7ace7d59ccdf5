import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../domain/sync/protocol.ts';
import { addDays, helsinkiDate } from '../domain/berths/seasons.ts';
import { launchCentral } from './server.ts';
import { PUSH_CHUNK } from './sync/push.ts';
import { pgAvailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { api, envelope, pullAll, signIn, streamAll } from './testing/api-client.ts';
import { pendingApplications } from './testing/berth-fixtures.ts';

const available = pgAvailable();
if (!available) console.warn('[skip] central/postgres.test.ts: PostgreSQL 15 binaries (/usr/lib/postgresql/15/bin) or the postgres user are missing.');

describe.skipIf(!available)('central on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Awaited<ReturnType<typeof launchCentral>>;
  const due = addDays(helsinkiDate(new Date()), 14);

  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 800, seed: 5 } });
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  it('seeds the reference data and reports postgres', async () => {
    expect((await api(central.url, 'GET', '/health')).body).toMatchObject({ status: 'ok', database: 'postgres' });
    const counts = await central.db.query<{ h: number; p: number; b: number; a: number; s: number }>(
      `SELECT (SELECT count(*)::int FROM harbour) AS h, (SELECT count(*)::int FROM pier) AS p, (SELECT count(*)::int FROM berth) AS b,
              (SELECT count(*)::int FROM application) AS a, (SELECT count(*)::int FROM switch_reason) AS s`,
    );
    expect(counts.rows[0]).toEqual({ h: 57, p: 82, b: 4068, a: 800, s: 12 });
  });

  it('lets exactly one of two concurrent offers of the same berth through; the other is berth_taken', async () => {
    // A free berth wanted by two pending applications whose boats fit it.
    const found = await central.db.query<{ berth_id: string; a1: string; v1: number; a2: string; v2: number }>(
      `WITH free AS (
         SELECT b.id, b.harbour_id, b.width, (b.data->>'length')::numeric AS length FROM berth b
         WHERE b.is_active AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id
           AND ((l.season = 2027 AND l.status IN ('drafted', 'offered', 'awaiting_payment', 'paid')) OR (l.season = 2026 AND l.status = 'paid')))),
       wants AS (
         SELECT f.id AS berth_id, a.id, a.version FROM free f JOIN application a
           ON a.status = 'pending' AND a.data->'harbourChoices' ? f.harbour_id::text
          AND (a.data->'boat'->>'width')::numeric <= f.width AND (a.data->'boat'->>'length')::numeric <= f.length)
       SELECT w1.berth_id, w1.id AS a1, w1.version AS v1, w2.id AS a2, w2.version AS v2
       FROM wants w1 JOIN wants w2 ON w1.berth_id = w2.berth_id AND w1.id < w2.id LIMIT 1`,
    );
    const race = found.rows[0];
    if (!race) throw new Error('the seed has no berth two applications could get');
    const [aino, eero] = await Promise.all([signIn(central.url, 'aino'), signIn(central.url, 'eero')]);
    const offer = (applicationId: string, version: number) =>
      envelope('berths.offerBerth', { applicationId, berthId: race.berth_id, leaseId: randomUUID(), orderId: randomUUID(), dueDate: due, acceptShorter: false }, 1, version);
    const c1 = offer(race.a1, race.v1);
    const c2 = offer(race.a2, race.v2);
    const [r1, r2] = await Promise.all([
      api<PushResponse>(central.url, 'POST', '/sync/push', { token: aino, body: { clientId: randomUUID(), commands: [c1] } }),
      api<PushResponse>(central.url, 'POST', '/sync/push', { token: eero, body: { clientId: randomUUID(), commands: [c2] } }),
    ]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    const results = [...r1.body.results, ...r2.body.results];
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'conflict']);
    const lost = results.find((r) => r.status === 'conflict');
    expect(lost).toMatchObject({ code: 'berth_taken' });
    expect((lost as { current: { occupancy: { free: boolean } } }).current.occupancy.free).toBe(false);
    const leases = await central.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM lease WHERE berth_id = $1 AND season = 2027 AND status IN ('drafted', 'offered', 'awaiting_payment', 'paid')`,
      [race.berth_id],
    );
    expect(leases.rows[0]?.n).toBe(1);
  });

  it('keeps the feed in commit order under concurrent pushes: pulls and streams agree and miss nothing', async () => {
    const token = await signIn(central.url, 'sanna');
    const before = await pullAll(central.url, token, null, 5000);
    const apps = await pendingApplications(central.db, 120);
    const pushes = [0, 1, 2, 3].map((k) =>
      api<PushResponse>(central.url, 'POST', '/sync/push', {
        token,
        body: {
          clientId: randomUUID(),
          commands: apps.filter((_, i) => i % 4 === k).map((a, i) => envelope('berths.addNote', { applicationId: a.application.id, note: `huomio ${k}` }, i + 1)),
        },
      }),
    );
    // Pull while the pushes commit: every note must arrive exactly once in the end.
    const during = await pullAll(central.url, token, before.cursor, 7);
    const answers = await Promise.all(pushes);
    expect(answers.every((a) => a.status === 200 && a.body.results.every((r) => r.status === 'applied'))).toBe(true);
    const after = await pullAll(central.url, token, during.cursor, 50);
    const notes = [...during.changes, ...after.changes].filter((c) => c.entity === 'application_event');
    expect(notes).toHaveLength(apps.length);
    expect(new Set(notes.map((n) => n.id)).size).toBe(apps.length);
    const streamed = await streamAll(central.url, token, before.cursor);
    expect(streamed.changes.filter((c) => c.entity === 'application_event')).toHaveLength(apps.length);
    const seqs = await central.db.query<{ nulls: number }>('SELECT count(*)::int AS nulls FROM sync_feed WHERE seq IS NULL');
    expect(seqs.rows[0]?.nulls).toBe(0);
  });

  it('never answers 5xx with work committed: a connection lost in the second chunk answers for the first', async () => {
    // The database connection dies while the push's second transaction runs: a trigger makes its
    // own backend go away on one particular note, as a failover or an operator would.
    await central.db.exec(`CREATE FUNCTION test_cut_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.data->>'note' = 'cut the link' THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_cut_link BEFORE INSERT ON application_event FOR EACH ROW EXECUTE FUNCTION test_cut_link();`);
    const token = await signIn(central.url, 'aino');
    const apps = await pendingApplications(central.db, 150);
    const notes = async () => Number((await central.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM application_event WHERE data->>'note' LIKE 'cut test %'`)).rows[0]?.n);
    // More than a chunk, some applications noted twice; the cut comes in the second chunk.
    const commands = Array.from({ length: PUSH_CHUNK + 50 }, (_, i) =>
      envelope('berths.addNote', { applicationId: apps[i % apps.length]!.application.id, note: i === PUSH_CHUNK + 19 ? 'cut the link' : `cut test ${i}` }, i + 1),
    );
    const clientId = randomUUID();
    try {
      const first = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands } });
      expect(first.status).toBe(200);
      // Answers for exactly what was committed; the rest stays with the client to send again.
      expect(first.body.results.map((r) => r.id)).toEqual(commands.slice(0, PUSH_CHUNK).map((c) => c.id));
      expect(first.body.results.every((r) => r.status === 'applied')).toBe(true);
      expect(await notes()).toBe(PUSH_CHUNK);

      // Lost in the first chunk: nothing was committed, so "try again later" is the honest answer.
      const early = commands.slice(PUSH_CHUNK);
      const second = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: early } });
      expect(second.status).toBe(503);
      expect(await notes()).toBe(PUSH_CHUNK);
    } finally {
      await central.db.exec('DROP TRIGGER test_cut_link ON application_event; DROP FUNCTION test_cut_link();');
    }
    const again = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands } });
    expect(again.status).toBe(200);
    expect(again.body.results.map((r) => r.id)).toEqual(commands.map((c) => c.id));
    expect(await notes()).toBe(PUSH_CHUNK + 49);
  });

  it('answers a 1,000-command push in order with one result each', async () => {
    const token = await signIn(central.url, 'aino');
    const apps = await pendingApplications(central.db, 500);
    expect(apps).toHaveLength(500);
    const commands = apps.flatMap((a, i) => [
      envelope('berths.addNote', { applicationId: a.application.id, note: 'Asiakas soitti' }, 2 * i + 1),
      envelope('berths.markNoSuitableBerth', { applicationId: a.application.id }, 2 * i + 2, a.version),
    ]);
    const clientId = randomUUID();
    const started = performance.now();
    const first = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: commands.slice(0, 500) } });
    const second = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: commands.slice(500) } });
    console.log(`[measure] push of ${commands.length} commands to PostgreSQL: ${Math.round(performance.now() - started)} ms`);
    const results = [...first.body.results, ...second.body.results];
    expect(results.map((r) => r.id)).toEqual(commands.map((c) => c.id));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(commands.length);
  });
});
