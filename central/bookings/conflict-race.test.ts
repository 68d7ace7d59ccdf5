import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchCentral } from '../server.ts';
import { signIn } from '../testing/api-client.ts';
import { at, pushOne, quietDay, reservationFixture, reservationRow, reservationUnitId, storeFixtures } from '../testing/booking-fixtures.ts';
import { raceForTheHall } from '../testing/booking-race.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

describe('bookings conflicts on the central (PGlite)', () => {
  let central: Central;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 400, seed: 3 }, notifications: false });
  });
  afterAll(() => central?.close());

  it('seeds units, spaces, reservation units and a season whose blocking bookings all hold slot rows', async () => {
    const counts = (await central.db.query<{ units: number; rus: number; reservations: number; blocking: number; holding: number; queue: number }>(
      `SELECT (SELECT count(*)::int FROM booking_unit) AS units, (SELECT count(*)::int FROM reservation_unit) AS rus,
              (SELECT count(*)::int FROM reservation) AS reservations,
              (SELECT count(*)::int FROM reservation WHERE state IN ('CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED')) AS blocking,
              (SELECT count(DISTINCT reservation_id)::int FROM reservation_slot) AS holding,
              (SELECT count(*)::int FROM reservation WHERE state = 'REQUIRES_HANDLING' AND begins_at::timestamptz >= now()) AS queue`,
    )).rows[0]!;
    expect(counts).toMatchObject({ units: 12, reservations: 400 });
    expect(counts.rus).toBeGreaterThan(30);
    expect(counts.holding).toBe(counts.blocking);
    expect(counts.queue).toBeGreaterThan(0);
  });

  it('lets exactly one of twenty handlers book overlapping time on a hall and its parts; the rest are told time taken', async () => {
    const { results, holding } = await raceForTheHall(central, 'createStaffReservation', 20, 298);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 'applied')) expect(r).toMatchObject({ status: 'conflict', code: 'reservation_time_taken', current: { free: false, blockers: [{ reservationId: holding[0] }] } });
    expect(holding).toHaveLength(1);
  });

  it('lets exactly one of twenty handlers take overlapping time on a hall and its parts; the rest are told slot taken', async () => {
    const { results, holding } = await raceForTheHall(central, 'returnToHandling');
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 'applied');
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r).toMatchObject({ status: 'conflict', code: 'reservation_slot_taken' });
    expect(holding).toHaveLength(1);
    // The refusal names the booking in the way.
    const first = refused[0]!;
    if (first.status !== 'conflict') throw new Error('unreachable');
    expect(first.current).toMatchObject({ free: false, blockers: [{ reservationId: holding[0] }] });
  });

  it('keeps the invariant when the code’s own check misses a booking: the schema refuses, the answer names it', async () => {
    const day = quietDay(299);
    const [hall, part] = await Promise.all([
      reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('toolo-mika-waltari'), beginsAt: at(day, '10:00'), endsAt: at(day, '12:00'), state: 'DENIED' }),
      reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('toolo-mika-waltari-1'), beginsAt: at(day, '11:00'), endsAt: at(day, '13:00'), state: 'CONFIRMED' }),
    ]);
    await storeFixtures(central.db, [hall, part]);
    // The part's row now claims it holds no time, but its slot rows still hold it.
    await central.db.query(`UPDATE reservation SET version = 2, data = jsonb_set(data, '{state}', '"CANCELLED"') WHERE id = $1`, [part.id]);
    const res = await pushOne(central, await signIn(central.url, 'paula'), 'bookings.returnToHandling', { reservationId: hall.id });
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', code: 'reservation_slot_taken', current: { free: false, blockers: [{ reservationId: part.id, relation: 'space', cause: { kind: 'time' } }] } });
    expect(await reservationRow(central.db, hall.id)).toMatchObject({ version: 1, state: 'DENIED', slots: 0 });
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] central/bookings/conflict-race.test.ts: PostgreSQL 15 is missing; the race runs on PGlite only.');

/** The database's deadlock count: a backend adds those it met when it flushes its statistics, at the latest as it exits. */
async function deadlocks(stats: pg.Client): Promise<number> {
  await stats.query('SELECT pg_stat_clear_snapshot()');
  const res = await stats.query<{ deadlocks: string }>('SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()');
  return Number(res.rows[0]!.deadlocks);
}

/**
 * Until no backend of the application is left: PostgreSQL 15 flushes an exiting backend's
 * statistics before it leaves pg_stat_activity (its before_shmem_exit hook runs first).
 */
async function backendsGone(stats: pg.Client, applicationName: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const res = await stats.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
      expect(res.rows[0]!.n, `backends of ${applicationName}`).toBe(0);
    },
    { timeout: 10_000, interval: 20 },
  );
}

describe.skipIf(!available)('bookings race on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Central;
  let stats: pg.Client;
  beforeAll(async () => {
    cluster = await startPgCluster();
    stats = new pg.Client({ connectionString: cluster.databaseUrl, application_name: 'kuva-race-stats' });
    await stats.connect();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 200, seed: 4 }, notifications: false });
  });
  afterAll(async () => {
    await central?.close();
    await stats?.end();
    await cluster?.stop();
  });

  it('counts a deadlock once the backend that met it is gone (so a zero below means none)', async () => {
    const before = await deadlocks(stats);
    const clients = [0, 1].map(() => new pg.Client({ connectionString: cluster.databaseUrl, application_name: 'kuva-deadlock-probe' }));
    for (const c of clients) {
      await c.connect();
      await c.query("SET deadlock_timeout = '50ms'");
      await c.query('BEGIN');
    }
    await clients[0]!.query('SELECT pg_advisory_xact_lock(1)');
    await clients[1]!.query('SELECT pg_advisory_xact_lock(2)');
    const crossed = await Promise.allSettled([clients[0]!.query('SELECT pg_advisory_xact_lock(2)'), clients[1]!.query('SELECT pg_advisory_xact_lock(1)')]);
    expect(crossed.filter((o) => o.status === 'rejected').map((o) => (o.reason as { code?: string }).code)).toEqual(['40P01']);
    for (const c of clients) await c.end();
    await backendsGone(stats, 'kuva-deadlock-probe');
    expect(await deadlocks(stats) - before, 'deadlocks counted').toBe(1);
  });

  it('lets exactly one of twenty concurrent handlers take the hall’s time, the rest told it is taken, without a deadlock', async () => {
    const before = await deadlocks(stats);
    const rounds = [
      ['createStaffReservation', 300, 'reservation_time_taken'],
      ['returnToHandling', 301, 'reservation_slot_taken'],
      ['createStaffReservation', 302, 'reservation_time_taken'],
      ['returnToHandling', 303, 'reservation_slot_taken'],
    ] as const;
    for (const [how, daysAhead, code] of rounds) {
      const { results, holding } = await raceForTheHall(central, how, 20, daysAhead);
      expect(results.filter((r) => r.status === 'applied'), `${how}, day +${daysAhead}`).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 'applied')) expect(r).toMatchObject({ status: 'conflict', code, current: { free: false, blockers: [{ reservationId: holding[0] }] } });
      expect(holding).toHaveLength(1);
    }
    // The push retries a deadlock and answers right anyway: only the count shows one happened.
    await central.close();
    await backendsGone(stats, 'kuva-central');
    expect(await deadlocks(stats) - before, 'deadlocks in the race').toBe(0);
  });
});
