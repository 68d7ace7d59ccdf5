import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationEvent, Lease } from '../../domain/berths/entities.ts';
import type { CommandEnvelope, CommandResult, PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { ENTITY_NAMES } from '../../domain/workspaces.ts';
import { launchCentral } from '../server.ts';
import { PUSH_CHUNK } from './push.ts';
import type { Db } from '../db/db.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { offerableCases, pendingApplications } from '../testing/berth-fixtures.ts';

/**
 * The defects of issue 5, section 1, each reproduced against a real central: ids the client
 * chooses must never overwrite a row, the audit trail is append-only, versions only go up, one
 * unstorable value never turns into a 500, and a command id belongs to the one who sent it.
 */
let central: Awaited<ReturnType<typeof launchCentral>>;
let db: Db;
let aino: string;
let eero: string;
const clientId = randomUUID();
const due = addDays(helsinkiDate(new Date()), 14);
let offerable: { application: { id: string; customerId: string }; version: number; berthId: string }[] = [];

type Answer = PushResponse & { error?: { code: string; message: string } };

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 200, seed: 17 } });
  db = central.db;
  aino = await signIn(central.url, 'aino');
  eero = await signIn(central.url, 'eero');
  // Cases with a berth of their own each, handed out one by one so the tests never share one.
  const seen = new Set<string>();
  offerable = (await offerableCases(db, 60)).filter((c) => !seen.has(c.berthId) && seen.add(c.berthId));
});
afterAll(() => central.close());

function takeCase() {
  const c = offerable.shift();
  if (!c) throw new Error('the seed ran out of offerable cases');
  return c;
}

const pushAs = (token: string, commands: CommandEnvelope[], client: string = clientId) =>
  api<Answer>(central.url, 'POST', '/sync/push', { token, body: { clientId: client, commands } });
const offer = (c: { application: { id: string }; version: number; berthId: string }, leaseId: string, seq = 1, baseVersion = c.version) =>
  envelope('berths.offerBerth', { applicationId: c.application.id, berthId: c.berthId, leaseId, orderId: randomUUID(), dueDate: due, acceptShorter: true }, seq, baseVersion);
const row = async <T>(table: string, id: string) =>
  (await db.query<{ version: number; data: T }>(`SELECT version, data FROM ${table} WHERE id = $1`, [id])).rows[0];
const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: number }>(sql, params)).rows[0]?.n);

describe('a refusal in the middle of a push', () => {
  it('undoes only the refused command: the ones before and after it in the same chunk are applied', async () => {
    // The chunk runs without savepoints first; the write rule's refusal makes it run again with them.
    const paid = (await db.query<{ id: string }>(`SELECT id FROM lease WHERE status = 'paid' ORDER BY id DESC LIMIT 1`)).rows[0]!;
    const [before, refused, after] = [takeCase(), takeCase(), takeCase()];
    const leaseBefore = randomUUID();
    const leaseAfter = randomUUID();
    const res = await pushAs(aino, [offer(before, leaseBefore, 1), offer(refused, paid.id, 2), offer(after, leaseAfter, 3)]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: CommandResult) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect((await row<Lease>('lease', leaseBefore))?.data.applicationId).toBe(before.application.id);
    expect((await row<Lease>('lease', leaseAfter))?.data.applicationId).toBe(after.application.id);
    expect((await row('application', refused.application.id))?.version).toBe(refused.version);
  });
});

describe('creating never overwrites', () => {
  it('refuses an offer whose lease id is another customer’s paid lease, and leaves that lease alone', async () => {
    const paid = (await db.query<{ id: string; version: number; data: Lease }>(`SELECT id, version, data FROM lease WHERE status = 'paid' ORDER BY id LIMIT 1`)).rows[0];
    if (!paid) throw new Error('the seed has no paid lease');
    const c = takeCase();
    expect(paid.data.customerId).not.toBe(c.application.customerId);
    const command = offer(c, paid.id);
    const res = await pushAs(aino, [command]);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ id: command.id, status: 'rejected', code: 'id_taken', message: expect.any(String) }]);
    expect(await row('lease', paid.id)).toEqual({ version: paid.version, data: paid.data });
    expect((await row('application', c.application.id))?.version).toBe(c.version);
    expect(await count('SELECT count(*)::int AS n FROM application_event WHERE id = $1', [command.id])).toBe(0);
    // The berth of the paid lease is still held: nothing freed it for another offer.
    expect(await count(`SELECT count(*)::int AS n FROM lease WHERE berth_id = $1 AND status = 'paid'`, [paid.data.berthId])).toBeGreaterThan(0);
  });

  it('refuses a second offer that reuses the first offer’s lease id; the first application keeps its lease', async () => {
    const [first, second] = [takeCase(), takeCase()];
    const leaseId = randomUUID();
    const a = await pushAs(aino, [offer(first, leaseId)]);
    expect(a.body.results[0]).toMatchObject({ status: 'applied' });
    const taken = await row<Lease>('lease', leaseId);
    const b = offer(second, leaseId);
    const res = await pushAs(eero, [b]);
    expect(res.body.results).toEqual([{ id: b.id, status: 'rejected', code: 'id_taken', message: expect.any(String) }]);
    expect(await row('lease', leaseId)).toEqual(taken);
    expect(taken?.data.applicationId).toBe(first.application.id);
    expect((await row('application', second.application.id))?.version).toBe(second.version);
  });

  it('never moves a version down: re-offering onto a withdrawn lease id is refused', async () => {
    const c = takeCase();
    const leaseId = randomUUID();
    const made = offer(c, leaseId, 1);
    const withdrawn = envelope('berths.withdrawOffer', { applicationId: c.application.id, leaseId, reason: '' }, 2, c.version + 1);
    const first = await pushAs(aino, [made, withdrawn]);
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await row('lease', leaseId))?.version).toBe(2);
    const again = offer(c, leaseId, 3, c.version + 2);
    const res = await pushAs(aino, [again]);
    expect(res.body.results).toEqual([{ id: again.id, status: 'rejected', code: 'id_taken', message: expect.any(String) }]);
    expect(await row<Lease>('lease', leaseId)).toMatchObject({ version: 2, data: { status: 'cancelled' } });
    expect((await row('application', c.application.id))?.version).toBe(c.version + 2);
  });

  it('refuses a note whose command id is an existing event’s id; the event stays as it was', async () => {
    // An event a pushed command made carries that command's id, which the push answers as a command
    // seen before (command_id_taken): the event here must be one no command of this file made.
    const existing = (await db.query<{ id: string; version: number; data: ApplicationEvent }>(`SELECT id, version, data FROM application_event e WHERE NOT EXISTS (SELECT 1 FROM commands c WHERE c.id = e.id) ORDER BY id LIMIT 1`)).rows[0];
    if (!existing) throw new Error('no events');
    const [other] = (await pendingApplications(db, 50)).filter((a) => a.application.id !== existing.data.applicationId);
    if (!other) throw new Error('no other application');
    const note = envelope('berths.addNote', { applicationId: other.application.id, note: 'overwrite?' }, 1, null, existing.id);
    const res = await pushAs(aino, [note]);
    expect(res.body.results).toEqual([{ id: existing.id, status: 'rejected', code: 'id_taken', message: expect.any(String) }]);
    expect(await row('application_event', existing.id)).toEqual({ version: existing.version, data: existing.data });
  });

  it('keeps the change feed in step: a refused command leaves no feed line behind', async () => {
    const c = takeCase();
    const paid = (await db.query<{ id: string }>(`SELECT id FROM lease WHERE status = 'paid' ORDER BY id DESC LIMIT 1`)).rows[0]!;
    const head = (await db.query<{ s: string }>('SELECT max(seq)::text AS s FROM sync_feed')).rows[0]?.s;
    await pushAs(aino, [offer(c, paid.id)]);
    expect((await db.query<{ s: string }>('SELECT max(seq)::text AS s FROM sync_feed')).rows[0]?.s).toBe(head);
    const mismatched = await count(`SELECT count(*)::int AS n FROM sync_feed f JOIN lease l ON f.entity = 'lease' AND f.id = l.id::text WHERE f.version <> l.version OR f.data <> l.data`);
    expect(mismatched).toBe(0);
  });
});

const APPEND_ONLY: readonly string[] = ['application_event', 'reservation_event', 'berth_message', 'winter_event'];

describe('the schema backs the write rule', () => {
  it('keeps application events append-only', async () => {
    const e = (await db.query<{ id: string }>('SELECT id FROM application_event LIMIT 1')).rows[0]!;
    await expect(db.query(`UPDATE application_event SET version = version + 1, data = data || '{"note": "x"}' WHERE id = $1`, [e.id])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM application_event WHERE id = $1', [e.id])).rejects.toThrow(/append-only/);
  });

  it('refuses an update of any entity row that does not raise its version', async () => {
    // Every entity a workspace syncs, so a table added later without the guard fails here.
    for (const table of ENTITY_NAMES.filter((e) => !APPEND_ONLY.includes(e))) {
      const guard = await db.query('SELECT 1 FROM pg_trigger WHERE tgname = $1', [`${table}_version_up`]);
      expect(guard.rows.length, `${table} has no version guard`).toBe(1);
      const r = (await db.query<{ id: string }>(`SELECT id::text AS id FROM ${table} LIMIT 1`)).rows[0];
      if (!r) continue; // a workspace this fixture does not seed: its guard exists, checked above
      await expect(db.query(`UPDATE ${table} SET data = data WHERE id::text = $1`, [r.id]), table).rejects.toThrow(/version/);
      await expect(db.query(`UPDATE ${table} SET version = 1 WHERE id::text = $1 AND version >= 1`, [r.id]), table).rejects.toThrow(/version/);
      await db.query(`UPDATE ${table} SET version = version + 1 WHERE id::text = $1`, [r.id]);
    }
  });
});

describe('unstorable values', () => {
  it('refuses U+0000 and lone surrogates in a note, a NUL in a username and a base version past int with 400, never 500', async () => {
    const [a] = await pendingApplications(db, 1);
    if (!a) throw new Error('no pending application');
    for (const note of ['before\u0000after', 'half \ud800 a pair', 'other half \udc00']) {
      const res = await pushAs(aino, [envelope('berths.addNote', { applicationId: a.application.id, note }, 1)]);
      expect(res.status, JSON.stringify(note)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request' });
    }
    for (const baseVersion of [2 ** 31, 2 ** 53, -1]) {
      const res = await pushAs(aino, [envelope('berths.markNoSuitableBerth', { applicationId: a.application.id }, 1, baseVersion)]);
      expect(res.status, String(baseVersion)).toBe(400);
    }
    const login = await api(central.url, 'POST', '/auth/login', { body: { username: 'ai\u0000no', password: 'demo' } });
    expect(login).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect((await row('application', a.application.id))?.version).toBe(a.version);
  });

  // Notes on the seed's pending applications, some several times: more than a chunk, so the one
  // that fails sits in the second.
  const NOTES = PUSH_CHUNK + 50;
  const BAD = PUSH_CHUNK + 19;
  const notes = async (text: (i: number) => string) => {
    const apps = await pendingApplications(db, 150);
    return Array.from({ length: NOTES }, (_, i) => envelope('berths.addNote', { applicationId: apps[i % apps.length]!.application.id, note: text(i) }, i + 1));
  };

  it('applies nothing of a push of notes, more than a chunk, one of which cannot be stored, and answers 400', async () => {
    const before = await count('SELECT count(*)::int AS n FROM application_event');
    const commands = await notes((i) => (i === BAD ? 'nul\u0000' : `note ${i}`));
    const res = await pushAs(aino, commands);
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toContain(`commands[${BAD}]`);
    expect(await count('SELECT count(*)::int AS n FROM application_event')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM commands WHERE id = ANY($1::uuid[])', [commands.map((c) => c.id)])).toBe(0);
  });

  it('turns a database error on one command into a refusal of that command alone, whatever chunk it is in', async () => {
    // A real database error the contract cannot foresee: a trigger refuses one particular note.
    await db.exec(`CREATE FUNCTION test_refuse_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.data->>'note' = 'refuse me' THEN RAISE EXCEPTION 'no such note here' USING ERRCODE = '22023'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_note BEFORE INSERT ON application_event FOR EACH ROW EXECUTE FUNCTION test_refuse_note();`);
    try {
      const before = await count('SELECT count(*)::int AS n FROM application_event');
      const commands = await notes((i) => (i === BAD ? 'refuse me' : `ok ${i}`));
      const res = await pushAs(aino, commands);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r) => r.id)).toEqual(commands.map((c) => c.id));
      expect(res.body.results.filter((r) => r.status === 'applied')).toHaveLength(NOTES - 1);
      expect(res.body.results[BAD]).toMatchObject({ status: 'rejected', code: 'not_storable' });
      expect(await count('SELECT count(*)::int AS n FROM application_event')).toBe(before + NOTES - 1);
      // The refusal is stored like any other: sending the push again changes nothing.
      const again = await pushAs(aino, commands);
      expect(again.body.results).toEqual(res.body.results);
      expect(await count('SELECT count(*)::int AS n FROM application_event')).toBe(before + NOTES - 1);
    } finally {
      await db.exec('DROP TRIGGER test_refuse_note ON application_event; DROP FUNCTION test_refuse_note();');
    }
  });
});

describe('a command id belongs to its sender', () => {
  async function ainoConflict() {
    // A stale offer: its stored result carries the application as it stands, applicant and all.
    const c = takeCase();
    const command = offer(c, randomUUID(), 1, c.version + 3);
    const res = await pushAs(aino, [command]);
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', code: 'stale_version' });
    return { c, command, stored: res.body.results[0] as CommandResult };
  }

  it('refuses eero a command id aino used, with another payload, and tells him nothing of hers', async () => {
    const { command } = await ainoConflict();
    const [mine] = await pendingApplications(db, 1);
    const reuse = envelope('berths.addNote', { applicationId: mine!.application.id, note: 'mine' }, 1, null, command.id);
    const res = await pushAs(eero, [reuse]);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ id: command.id, status: 'rejected', code: 'command_id_taken', message: expect.any(String) }]);
    expect(JSON.stringify(res.body)).not.toContain('applicant');
    // Nothing of eero's note was written.
    expect(await count(`SELECT count(*)::int AS n FROM application_event WHERE data->>'note' = 'mine'`)).toBe(0);
  });

  it('refuses the same id from eero even with aino’s exact payload, and from aino on another client or with another payload', async () => {
    const { command } = await ainoConflict();
    const cases: [string, CommandEnvelope, string][] = [
      [eero, command, clientId],
      [aino, command, randomUUID()],
      [aino, { ...command, baseVersion: (command.baseVersion ?? 0) + 1 }, clientId],
      [aino, { ...command, payload: { ...(command.payload as object), acceptShorter: false } }, clientId],
    ];
    for (const [token, sent, client] of cases) {
      const res = await pushAs(token, [sent], client);
      expect(res.body.results).toEqual([{ id: command.id, status: 'rejected', code: 'command_id_taken', message: expect.any(String) }]);
    }
  });

  it('still answers aino’s own replay from her client with her stored result', async () => {
    const { command, stored } = await ainoConflict();
    const res = await pushAs(aino, [{ ...command, issuedAt: new Date().toISOString() }]);
    expect(res.body.results).toEqual([stored]);
  });
});

describe('work is stamped with the time the person acted', () => {
  it('writes the command’s issuedAt as the event time and keeps the receive time beside it', async () => {
    const c = takeCase();
    const issuedAt = new Date(Date.now() - 12 * 60_000);
    const leaseId = randomUUID();
    const command = { ...offer(c, leaseId), issuedAt: issuedAt.toISOString() };
    const before = Date.now();
    const res = await pushAs(aino, [command]);
    const after = Date.now();
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    const event = (await row<ApplicationEvent & { recordedAt: string }>('application_event', command.id))!.data;
    expect(Date.parse(event.at)).toBe(issuedAt.getTime());
    expect(Date.parse(event.recordedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(event.recordedAt)).toBeLessThanOrEqual(after + 1000);
    expect(Date.parse((await row<Lease>('lease', leaseId))!.data.offeredAt!)).toBe(issuedAt.getTime());
  });

  it('does not trust a clock from the future: such a time becomes the receive time', async () => {
    const [a] = await pendingApplications(db, 1);
    // Also offsets ISO 8601 allows and PostgreSQL does not (it takes ±15:59 at most).
    for (const issuedAt of ['2099-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999-23:59', `${new Date().toISOString().slice(0, 19)}-23:59`]) {
      const command = { ...envelope('berths.addNote', { applicationId: a!.application.id, note: 'from the future' }, 1), issuedAt };
      const res = await pushAs(aino, [command]);
      expect(res.body.results[0], issuedAt).toMatchObject({ status: 'applied' });
      const event = (await row<ApplicationEvent & { recordedAt: string }>('application_event', command.id))!.data;
      expect(event.at).toBe(event.recordedAt);
      expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('refuses a time before 2000 as the mark of a clock never set', async () => {
    const [a] = await pendingApplications(db, 1);
    const command = { ...envelope('berths.addNote', { applicationId: a!.application.id, note: '1970' }, 1), issuedAt: '1970-01-01T00:00:00Z' };
    expect(await pushAs(aino, [command])).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });
});
