import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSlot, isBlockingState, type ProposedSlot } from '../../domain/bookings/conflicts.ts';
import { buildRelationIndex } from '../../domain/space-holds/related-units.ts';
import { SPACES, UNITS, booking, randomWorkload, unit } from '../../domain/bookings/structure.test-support.ts';
import type { ReservationTiming, ReservationUnitLinks, SpaceNode } from '../../domain/bookings/vocabulary.ts';
import { openDb, pgErrorInfo, type Db, type Queryable } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { nameUuid } from '../stable-ids.ts';
import { insertSlotRows, slotHolders, slotRows } from './slots.ts';

/**
 * The exclusion constraint of migration 101 against the domain rule: reservations are offered one
 * by one, the domain says whether each is free among those accepted so far, and the database
 * (real PGlite, real schema) must accept exactly those and refuse the rest.
 */
let db: Db;
beforeAll(async () => {
  db = await openDb({});
  await migrate(db);
});
afterAll(() => db.close());

const uuid = (id: string) => nameUuid(`slots-test:${id}`);

function ancestors(spaces: readonly SpaceNode[]) {
  const parentOf = new Map(spaces.map((s) => [s.id, s.parentId]));
  return (spaceId: string): string[] => {
    const out: string[] = [];
    for (let p = parentOf.get(spaceId) ?? null; p !== null && !out.includes(p); p = parentOf.get(p) ?? null) out.push(p);
    return out;
  };
}

const asSlot = (r: ReservationTiming): ProposedSlot => ({ ...r, id: null });

/** Offers each reservation to the database in its own savepoint: true when its rows were stored. */
async function offer(tx: Queryable, r: ReservationTiming, units: ReadonlyMap<string, ReservationUnitLinks>, up: (s: string) => string[], run: number): Promise<boolean> {
  const id = uuid(`${run}:${r.id}`);
  const data = { ...r, id, unitId: uuid('unit'), reservationUnitId: uuid(r.reservationUnitId) };
  await tx.query('INSERT INTO reservation (id, version, data) VALUES ($1, 1, $2)', [id, JSON.stringify(data)]);
  await tx.exec('SAVEPOINT slot');
  try {
    await insertSlotRows(tx, slotRows({ ...r, id }, units.get(r.reservationUnitId)!, up));
    await tx.exec('RELEASE SAVEPOINT slot');
    return true;
  } catch (error) {
    if (pgErrorInfo(error).code !== '23P01') throw error;
    await tx.exec('ROLLBACK TO SAVEPOINT slot');
    return false;
  }
}

/** Runs a workload in a transaction that is rolled back: each run starts on an empty table. */
async function compare(run: number, spaces: SpaceNode[], unitList: ReservationUnitLinks[], reservations: ReservationTiming[]) {
  const relations = buildRelationIndex(spaces, unitList);
  const units = new Map(unitList.map((u) => [u.id, u]));
  const up = ancestors(spaces);
  const accepted: ReservationTiming[] = [];
  const verdicts: { id: string; domain: boolean; db: boolean }[] = [];
  await db
    .transaction(async (tx) => {
      for (const r of reservations) {
        // A reservation that holds no time is stored whatever lies there.
        const domain = !isBlockingState(r.state) || checkSlot(asSlot(r), accepted, relations).free;
        const stored = await offer(tx, r, units, up, run);
        verdicts.push({ id: r.id, domain, db: stored });
        if (stored) accepted.push(r);
      }
      throw new Error('rollback');
    })
    .catch((e: unknown) => {
      if (!(e instanceof Error && e.message === 'rollback')) throw e;
    });
  return verdicts;
}

const NOON = '2027-06-14';

describe('the reservation_slot exclusion constraint', () => {
  it('agrees with the domain rule on every part of it', async () => {
    const units = [
      ...UNITS,
      unit('u-house', ['house']),
      unit('u-cleaned', ['studioB'], { bufferBeforeMin: 30, bufferAfterMin: 60 }),
      unit('u-wholeday', ['studios'], { blockWholeDay: true }),
    ];
    const cases: [string, ReservationTiming[], boolean[]][] = [
      ['parent then child', [booking('u-hall', NOON, '10:00', '12:00'), booking('u-part1', NOON, '11:00', '13:00')], [true, false]],
      ['child then grandparent (any depth)', [booking('u-corner1', NOON, '10:00', '12:00'), booking('u-house', NOON, '11:00', '13:00')], [true, false]],
      ['siblings and their children', [booking('u-part1', NOON, '10:00', '12:00'), booking('u-part2', NOON, '10:00', '12:00'), booking('u-corner1', NOON, '10:00', '12:00')], [true, true, false]],
      ['siblings’ children', [booking('u-corner1', NOON, '10:00', '12:00'), booking('u-part3', NOON, '10:00', '12:00')], [true, true]],
      ['a unit over two spaces', [booking('u-parts12', NOON, '10:00', '12:00'), booking('u-part2', NOON, '11:00', '12:00'), booking('u-part3', NOON, '11:00', '12:00')], [true, false, true]],
      ['a shared resource, not transitive', [booking('u-part3', NOON, '10:00', '12:00'), booking('u-studioA', NOON, '11:00', '12:00'), booking('u-studioB', NOON, '11:00', '12:00')], [true, false, true]],
      ['adjacent without buffers', [booking('u-hall', NOON, '10:00', '12:00'), booking('u-hall', NOON, '12:00', '13:00'), booking('u-hall', NOON, '09:00', '10:00')], [true, true, true]],
      ['the existing booking’s buffer after', [booking('u-cleaned', NOON, '10:00', '12:00'), booking('u-studioB', NOON, '12:30', '13:00'), booking('u-studioB', NOON, '13:00', '14:00')], [true, false, true]],
      ['the proposed booking’s buffer before', [booking('u-studioB', NOON, '10:00', '12:00'), booking('u-cleaned', NOON, '12:15', '13:00'), booking('u-cleaned', NOON, '12:30', '13:00')], [true, false, true]],
      ['buffers may touch buffers', [booking('u-cleaned', NOON, '10:00', '11:00'), booking('u-cleaned', NOON, '11:30', '12:00')], [true, false]],
      ['per-booking buffers of different lengths', [booking('u-cleaned', NOON, '10:00', '11:00', { bufferAfterMin: 0 }), booking('u-cleaned', NOON, '11:00', '12:00', { bufferBeforeMin: 0 })], [true, true]],
      ['BLOCKED ignores buffers both ways', [booking('u-cleaned', NOON, '10:00', '12:00'), booking('u-studioB', NOON, '12:00', '13:00', { type: 'BLOCKED' }), booking('u-cleaned', NOON, '14:00', '15:00'), booking('u-studioB', NOON, '13:30', '14:00', { type: 'BLOCKED' })], [true, true, true, true]],
      ['BLOCKED against time', [booking('u-studioB', NOON, '10:00', '12:00', { type: 'BLOCKED' }), booking('u-studioB', NOON, '11:00', '13:00', { type: 'BLOCKED' }), booking('u-cleaned', NOON, '11:59', '13:00')], [true, false, false]],
      ['whole day: one booking a day', [booking('u-wholeday', NOON, '10:00', '11:00'), booking('u-wholeday', NOON, '18:00', '19:00'), booking('u-studioA', NOON, '20:00', '21:00'), booking('u-wholeday', '2027-06-15', '08:00', '09:00')], [true, false, false, true]],
      ['states that do not block', [booking('u-hall', NOON, '10:00', '12:00', { state: 'DENIED' }), booking('u-hall', NOON, '10:00', '12:00', { state: 'CANCELLED' }), booking('u-hall', NOON, '10:00', '12:00', { state: 'REQUIRES_HANDLING' }), booking('u-hall', NOON, '10:00', '12:00')], [true, true, true, false]],
    ];
    let run = 0;
    for (const [name, reservations, expected] of cases) {
      const verdicts = await compare(++run, SPACES, units, reservations);
      expect(verdicts.map((v) => v.domain), `${name}: the domain`).toEqual(expected);
      expect(verdicts.map((v) => v.db), `${name}: the database`).toEqual(expected);
    }
  });

  it('accepts exactly what the domain rule calls free on random workloads (12 seeds)', async () => {
    let refused = 0;
    let stored = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const w = randomWorkload(seed, { spaces: 12, units: 9, reservations: 140, days: 3, firstDay: '2027-10-29' });
      const verdicts = await compare(100 + seed, w.spaces, w.units, w.reservations);
      const disagreements = verdicts.filter((v) => v.domain !== v.db);
      expect(disagreements, `seed ${seed}`).toEqual([]);
      refused += verdicts.filter((v) => !v.db).length;
      stored += verdicts.filter((v) => v.db).length;
    }
    // Both answers are common, or the comparison proves little.
    expect(refused).toBeGreaterThan(200);
    expect(stored).toBeGreaterThan(200);
  });

  it('names who holds the time', async () => {
    const units = new Map(UNITS.map((u) => [u.id, u]));
    const up = ancestors(SPACES);
    const hall = booking('u-hall', NOON, '10:00', '12:00');
    const part = booking('u-part1', NOON, '11:00', '13:00');
    await db
      .transaction(async (tx) => {
        expect(await offer(tx, hall, units, up, 999)).toBe(true);
        expect(await slotHolders(tx, slotRows({ ...part, id: uuid('999:probe') }, units.get('u-part1')!, up))).toEqual([uuid(`999:${hall.id}`)]);
        expect(await slotHolders(tx, slotRows({ ...part, id: uuid('999:probe'), beginsAt: hall.endsAt }, units.get('u-part1')!, up))).toEqual([]);
        throw new Error('rollback');
      })
      .catch((e: unknown) => {
        if (!(e instanceof Error && e.message === 'rollback')) throw e;
      });
  });
});
