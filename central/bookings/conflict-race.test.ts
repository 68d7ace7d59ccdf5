import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe.skipIf(!available)('bookings race on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 200, seed: 4 }, notifications: false });
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  it('lets exactly one of twenty concurrent handlers take the hall’s time; the rest are told it is taken', async () => {
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
});
