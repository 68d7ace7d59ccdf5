import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harbour } from '../../domain/berths/entities.ts';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { lockFeed, numberChanges, putStatementName, writePuts, type EntityPut } from './feed.ts';

/** The shared write path on its own, on an empty database: the rule every command gets for free. */
let db: Db;
beforeAll(async () => {
  db = await openDb({});
  await migrate(db);
});
afterAll(() => db.close());

const harbour = (id: string, name: string): Harbour => ({
  id, servicemapId: '1', name: { fi: name, sv: name, en: name }, streetAddress: '', zipCode: '00100', region: 'east', location: null, wwwUrl: '',
});
const put = (id: string, version: number, name = `H${version}`): EntityPut => ({ entity: 'harbour', id, version, data: harbour(id, name) });

/** Runs puts in a transaction that is rolled back when they are refused, as a push does. */
async function write(puts: EntityPut[]) {
  return db.transaction(async (tx) => {
    await tx.exec('SAVEPOINT command');
    const refused = await writePuts(tx, puts);
    if (refused) await tx.exec('ROLLBACK TO SAVEPOINT command');
    else await numberChanges(tx);
    return refused;
  });
}
const state = async (id: string) => ({
  row: (await db.query<{ version: number; name: string }>(`SELECT version, data->'name'->>'fi' AS name FROM harbour WHERE id = $1`, [id])).rows[0] ?? null,
  feed: (await db.query<{ version: number; name: string }>(`SELECT version, data->'name'->>'fi' AS name FROM sync_feed WHERE entity = 'harbour' AND id = $1`, [id])).rows[0] ?? null,
});

describe('the write rule', () => {
  it('creates at version 1 and updates only from the version before', async () => {
    const id = randomUUID();
    expect(await write([put(id, 1)])).toBeNull();
    expect(await write([put(id, 2)])).toBeNull();
    expect(await state(id)).toEqual({ row: { version: 2, name: 'H2' }, feed: { version: 2, name: 'H2' } });
  });

  it('refuses to create over an existing row, to skip a version, to stay or to go back; nothing changes', async () => {
    const id = randomUUID();
    await write([put(id, 1, 'first')]);
    const cases: [EntityPut, string][] = [
      [put(id, 1, 'again'), 'id_taken'],
      [put(id, 3, 'skipped'), 'version_mismatch'],
      [put(id, 0, 'zero'), 'version_mismatch'],
      [put(randomUUID(), 2, 'nothing to update'), 'version_mismatch'],
    ];
    for (const [p, code] of cases) expect(await write([p]), p.data ? JSON.stringify((p.data as Harbour).name.fi) : '').toMatchObject({ code, entity: 'harbour', id: p.id });
    expect(await state(id)).toEqual({ row: { version: 1, name: 'first' }, feed: { version: 1, name: 'first' } });
  });

  it('takes a set of puts whole or not at all, and names the one that did not fit', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await write([put(a, 1, 'a')]);
    const refused = await write([put(b, 1, 'b'), put(a, 1, 'a again')]);
    expect(refused).toMatchObject({ code: 'id_taken', id: a });
    expect(await state(b)).toEqual({ row: null, feed: null });
    // Two puts of one row in one set: only one could be written, so neither is.
    expect(await write([put(b, 1, 'one'), put(b, 1, 'two')])).toMatchObject({ code: 'id_taken', id: b });
    expect(await state(b)).toEqual({ row: null, feed: null });
  });

  it('compares ids as the database does: capitals do not make a new row', async () => {
    const id = randomUUID();
    await write([put(id, 1, 'lower')]);
    expect(await write([{ ...put(id.toUpperCase(), 1, 'upper') }])).toMatchObject({ code: 'id_taken' });
    expect(await state(id)).toEqual({ row: { version: 1, name: 'lower' }, feed: { version: 1, name: 'lower' } });
  });
});

describe('the put statement names', () => {
  it('fit PostgreSQL’s 63 bytes and stay apart when long sets share a prefix', () => {
    const long = ['ck_child', 'ck_child_notes', 'ck_guardian', 'ck_guardian_contact'];
    const other = [...long, 'ck_enrolment'];
    expect(putStatementName(['application', 'lease'])).toBe('feed_put_application_lease');
    for (const set of [long, other]) expect(putStatementName(set).length).toBeLessThanOrEqual(63);
    expect(putStatementName(long)).not.toBe(putStatementName(other));
    expect(putStatementName(long)).toBe(putStatementName([...long]));
  });
});

describe('numbered puts (a bulk load under the feed lock)', () => {
  it('number their lines as they are written, in the order of the calls, and the same rule holds', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const seqs = await db.transaction(async (tx) => {
      await lockFeed(tx);
      expect(await writePuts(tx, [put(a, 1, 'a')], { numbered: true })).toBeNull();
      expect(await writePuts(tx, [put(b, 1, 'b'), put(c, 1, 'c')], { numbered: true })).toBeNull();
      expect(await writePuts(tx, [put(a, 1, 'a again')], { numbered: true })).toMatchObject({ code: 'id_taken', id: a });
      const { rows } = await tx.query<{ id: string; seq: string | null }>(`SELECT id::text AS id, seq::text AS seq FROM sync_feed WHERE id IN ($1, $2, $3)`, [a, b, c]);
      await numberChanges(tx);
      return new Map(rows.map((r) => [r.id, r.seq === null ? null : Number(r.seq)]));
    });
    expect([...seqs.values()].every((s) => s !== null)).toBe(true);
    expect(seqs.get(a)!).toBeLessThan(Math.min(seqs.get(b)!, seqs.get(c)!));
    // An update of a numbered line takes a new number after every line before it.
    const later = await db.transaction(async (tx) => {
      await lockFeed(tx);
      expect(await writePuts(tx, [put(a, 2, 'a2')], { numbered: true })).toBeNull();
      return Number((await tx.query<{ seq: string }>(`SELECT seq::text AS seq FROM sync_feed WHERE id = $1`, [a])).rows[0]!.seq);
    });
    expect(later).toBeGreaterThan(Math.max(...[...seqs.values()].map(Number)));
    expect(await state(a)).toEqual({ row: { version: 2, name: 'a2' }, feed: { version: 2, name: 'a2' } });
  });
});
