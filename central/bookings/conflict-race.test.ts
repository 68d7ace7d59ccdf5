import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchCentral } from '../server.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { at, pushOne, quietDay, reservationFixture, reservationRow, reservationUnitId, storeFixtures } from '../testing/booking-fixtures.ts';
import { raceForTheHall } from '../testing/booking-race.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { RunChunkAgain } from '../sync/handler.ts';
import { lockSlotRows, SLOT_LOCK_KEY, slotLocksOf } from './slot-locks.ts';
import type { SlotRow } from './slots.ts';

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

  describe('slot locks held by another transaction', () => {
    const slot = (key: string, day: string): SlotRow => ({ reservationId: 'r', key, from: at(day, '10:00'), to: at(day, '11:00'), slane: 'own', tlane: 'core' });
    const [a, b] = [slot('space:a', '2031-03-03'), slot('space:b', '2031-03-04')];

    /** Another session holding the lock of `name` until `release` commits it. */
    async function holder(name: string) {
      const client = new pg.Client({ connectionString: cluster.databaseUrl, application_name: 'kuva-slot-holder' });
      await client.connect();
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [SLOT_LOCK_KEY, name]);
      return { release: async () => void (await client.query('COMMIT'), await client.end()) };
    }

    it('start the chunk again when its second booking meets one taken; the next attempt takes both at once, then waits for one still taken', async () => {
      const first = await holder('space:b|2031-03-04');
      const met = await central.db.transaction(async (tx) => {
        const locks = slotLocksOf(new Map());
        expect(await lockSlotRows(tx, [a], locks)).toBe(true);
        return lockSlotRows(tx, [b], locks).catch((error: unknown) => error);
      });
      await first.release();
      expect(met).toBeInstanceOf(RunChunkAgain);
      const carried = new Map((met as RunChunkAgain).carry);
      expect([...(slotLocksOf(new Map(carried)).ahead ?? [])].sort()).toEqual(['space:a|2031-03-03', 'space:b|2031-03-04']);

      // The next attempt: a third booking now meets a lock another session took meanwhile.
      const second = await holder('space:c|2031-03-05');
      const attempt = central.db.transaction(async (tx) => {
        const locks = slotLocksOf(new Map(carried));
        expect(await lockSlotRows(tx, [a], locks)).toBe(true);
        const mine = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND pid = pg_backend_pid()", [SLOT_LOCK_KEY]);
        expect(mine.rows[0]!.n, 'locks taken with the first booking').toBe(2);
        return lockSlotRows(tx, [slot('space:c', '2031-03-05')], locks);
      });
      await vi.waitFor(
        async () => {
          const res = await stats.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND NOT granted", [SLOT_LOCK_KEY]);
          expect(res.rows[0]!.n, 'slot locks waited for').toBe(1);
        },
        { timeout: 10_000, interval: 20 },
      );
      await second.release();
      expect(await attempt).toBe(true);
    });
  });

  /** Deadlocks counted before the central's first push below: the pushes must add none. */
  let beforePushes = 0;

  it('books every room of chunks that take two rooms on two days in opposite orders', async () => {
    beforePushes = await deadlocks(stats);
    const [ville, kaisa] = await Promise.all([signIn(central.url, 'ville'), signIn(central.url, 'kaisa')]);
    const rooms = ['toolo-ryhmatyotila', 'toolo-mika-waltari'].map(reservationUnitId);
    const book = (unit: string, day: string, from: string, to: string, seq: number) =>
      envelope(
        'bookings.createStaffReservation',
        { reservationId: randomUUID(), reservationUnitId: unit, beginsAt: at(day, from), endsAt: at(day, to), type: 'STAFF', name: 'Perehdytys', description: '', bufferBeforeMin: null, bufferAfterMin: null, reservee: null },
        seq,
        null,
      );
    // Each pair: one handler books room 1 on the first day, then room 2 on the second; the other the
    // reverse, at other hours. Nothing meets, so every booking must be applied, however they interleave.
    for (let round = 0; round < 6; round++) {
      const pairs = [0, 1, 2, 3].map((p) => [quietDay(310 + round * 8 + p * 2), quietDay(311 + round * 8 + p * 2)] as const);
      const answers = await Promise.all(
        pairs.flatMap(([first, second]) => [
          api<PushResponse>(central.url, 'POST', '/sync/push', { token: ville, body: { clientId: randomUUID(), commands: [book(rooms[0]!, first, '09:00', '10:00', 1), book(rooms[1]!, second, '09:00', '10:00', 2)] } }),
          api<PushResponse>(central.url, 'POST', '/sync/push', { token: kaisa, body: { clientId: randomUUID(), commands: [book(rooms[1]!, second, '14:00', '15:00', 1), book(rooms[0]!, first, '14:00', '15:00', 2)] } }),
        ]),
      );
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(a.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      }
    }
  });

  it('lets exactly one of twenty concurrent handlers take the hall’s time, the rest told it is taken', async () => {
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
  });

  it('met no deadlock in any push above', async () => {
    // The push retries a deadlock and answers right anyway: only the count shows one happened.
    await central.close();
    await backendsGone(stats, 'kuva-central');
    expect(await deadlocks(stats) - beforePushes, 'deadlocks in the pushes').toBe(0);
  });
});
