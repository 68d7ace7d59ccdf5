import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReadsResponse } from '../../domain/audit/read-api.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { createUser, seedDemoUsers } from '../auth/users.ts';
import type { Db } from '../db/db.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn, streamAll } from '../testing/api-client.ts';
import { recordCentralRead } from './record.ts';

const AINO = { id: '6a1f3c52-7d41-4c0e-9b1a-000000000001', name: 'Aino Virtanen' };
const AUDITOR = { id: '0b8f4a52-7d41-4c0e-9b1a-00000000a0d1', name: 'Auli Auditor' };
const COHORT = 'cohort-audit';

let central: Awaited<ReturnType<typeof launchCentral>>;
let db: Db;
let aino: string;
let eero: string;
let kiosk: string;
let auditor: string;
const clientId = randomUUID();

beforeAll(async () => {
  central = await launchCentral({ seed: false, notifications: false });
  db = central.db;
  await seedDemoUsers(db);
  await createUser(db, { id: randomUUID(), username: 'kiosk-audit', name: 'Kiosk', roles: ['kiosk'], password: 'demo' });
  await createUser(db, { ...AUDITOR, username: 'auli', roles: ['culture_kids_family_viewer'], grants: [{ role: 'culture_kids_family_viewer', cohortId: COHORT }], password: 'demo' });
  // The cohorts' table belongs to the Culture Kids workspace; the scopes of a Culture Kids role are read through it.
  await db.exec('CREATE TABLE IF NOT EXISTS ck_cohort (id text PRIMARY KEY)');
  aino = await signIn(central.url, 'aino');
  eero = await signIn(central.url, 'eero');
  kiosk = await signIn(central.url, 'kiosk-audit');
  auditor = await signIn(central.url, 'auli');
});
afterAll(() => central.close());

const entry = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  readAt: new Date(Date.now() - 60_000).toISOString(),
  subjectKind: 'child',
  subjectIds: ['child-1'],
  workspace: 'culture-kids',
  partition: COHORT,
  purpose: 'family_request',
  purposeText: null,
  detail: null,
  ...over,
});
const push = (token: string, entries: unknown[], id?: string) =>
  api<PushResponse & { error?: { code: string } }>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: [envelope('audit.recordReads', { entries }, 1, null, id)] } });
const rowsOf = async (ids: string[]) =>
  (
    await db.query<{ id: string; actor_id: string; actor_name: string; read_at: Date; recorded_at: Date; source: string; subject_ids: string[]; purpose: string }>(
      `SELECT id::text AS id, actor_id::text AS actor_id, actor_name, read_at, recorded_at, source, subject_ids, purpose FROM audit_read WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    )
  ).rows;
const reads = (token: string, query: string) => api<AuditReadsResponse & { error?: { code: string } }>(central.url, 'GET', `/audit/reads?${query}`, { token });

describe('audit.recordReads on the central', () => {
  it('stores each entry with the signed-in user as the reader and the central’s receive time beside the desk’s', async () => {
    const a = entry();
    const b = entry({ subjectKind: 'guardian_list', subjectIds: ['g-1', 'g-2'], purpose: 'other', purposeText: 'Phone call from the school', detail: { query: 'Virtanen', rows: 2 } });
    const before = Date.now();
    const res = await push(aino, [a, b]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied']);
    const rows = await rowsOf([a.id, b.id]);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect([r.actor_id, r.actor_name, r.source]).toEqual([AINO.id, AINO.name, 'desk']);
      // Each entry's own time: the two were made a moment apart, which may be a millisecond.
      expect(new Date(r.read_at).getTime()).toBe(Date.parse((r.id === a.id ? a : b).readAt));
      expect(new Date(r.recorded_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('never takes a reader the desk names, and never dates a read after the central received it', async () => {
    const claimed = await push(aino, [{ ...entry(), actor: { id: AUDITOR.id, name: AUDITOR.name } }]);
    expect(claimed.status).toBe(400);
    const future = entry({ readAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect((await push(aino, [future])).status).toBe(200);
    const [row] = await rowsOf([future.id]);
    expect(new Date(row!.read_at).getTime()).toBe(new Date(row!.recorded_at).getTime());
  });

  it('makes no second row on replay, nor for a known entry sent again by its reader; refuses it from another person', async () => {
    const e = entry();
    const commandId = randomUUID();
    const first = await push(aino, [e], commandId);
    const replay = await push(aino, [e], commandId);
    expect(replay.body).toEqual(first.body);
    const again = await push(aino, [e]);
    expect(again.body.results[0]!.status).toBe('applied');
    expect(await rowsOf([e.id])).toHaveLength(1);
    const stolen = await push(eero, [e]);
    expect(stolen.body.results[0]).toMatchObject({ status: 'rejected', code: 'audit_entry_id_taken' });
    expect((await rowsOf([e.id]))[0]!.actor_id).toBe(AINO.id);
  });

  it('answers bad input with a clear 400, never 5xx, and writes nothing', async () => {
    const bad = [
      [],
      [entry({ purpose: 'other' })],
      [entry({ subjectKind: 'boat' })],
      [entry({ readAt: '1999-12-31T23:59:59Z' })],
      [entry({ subjectIds: Array.from({ length: 201 }, (_, i) => `c${i}`) })],
      Array.from({ length: 201 }, () => entry()),
      [entry({ detail: { rows: 'many' } })],
      [entry({ purposeText: 'a\u0000' })],
    ];
    for (const entries of bad) {
      const res = await push(aino, entries);
      expect(res.status, JSON.stringify(entries).slice(0, 120)).toBe(400);
      expect(res.body.error?.code).toBe('bad_request');
    }
    const total = Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_read')).rows[0]!.n);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(10);
  });

  it('is refused to the kiosk role', async () => {
    const res = await push(kiosk, [entry()]);
    expect(res.status).toBe(403);
  });

  it('keeps the table append-only: updates, deletes and truncation are refused by the schema', async () => {
    const e = entry();
    await push(aino, [e]);
    await expect(db.query("UPDATE audit_read SET actor_name = 'Someone' WHERE id = $1", [e.id])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_read WHERE id = $1', [e.id])).rejects.toThrow(/append-only/);
    await expect(db.exec('TRUNCATE audit_read')).rejects.toThrow(/append-only/);
    expect(await rowsOf([e.id])).toHaveLength(1);
  });
});

describe('reads the central makes itself', () => {
  it('records a GDPR export with the central’s time', async () => {
    const id = await recordCentralRead(db, { actor: AUDITOR, subjectKind: 'gdpr_export', subjectIds: ['g-9', 'child-9'], workspace: 'culture-kids', partition: COHORT, purpose: 'gdpr_request', purposeText: null, detail: null });
    const [row] = await rowsOf([id]);
    expect([row!.actor_id, row!.source, row!.subject_ids, row!.purpose]).toEqual([AUDITOR.id, 'central', ['g-9', 'child-9'], 'gdpr_request']);
    await expect(recordCentralRead(db, { actor: AUDITOR, subjectKind: 'gdpr_export', subjectIds: [], workspace: 'culture-kids', partition: COHORT, purpose: 'other', purposeText: null, detail: null })).rejects.toThrow();
  });

  it('records one row per pull and partition that delivered personal data, and none when nothing was delivered', async () => {
    const pullRows = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_read WHERE subject_kind = 'sync_pull' AND actor_id = $1`, [AUDITOR.id])).rows[0]!.n;
    const first = await pullAll(central.url, auditor);
    expect(await pullRows()).toBe(0);
    const feed = (id: string, scope: string) =>
      db.query("INSERT INTO sync_feed (entity, id, seq, scope, op, version, data) VALUES ('ck_guardian_contact', $1, nextval('sync_feed_seq'), $2, 'put', 1, '{}'::jsonb)", [id, scope]);
    await feed(randomUUID(), `culture-kids.registry:${COHORT}`);
    await feed(randomUUID(), `culture-kids.registry:${COHORT}`);
    await feed(randomUUID(), 'culture-kids.registry:other-cohort');
    const second = await pullAll(central.url, auditor, first.cursor);
    expect(second.changes).toHaveLength(2);
    const rows = await db.query<{ partition: string; detail: unknown; purpose: string; source: string }>(
      `SELECT partition, detail, purpose, source FROM audit_read WHERE subject_kind = 'sync_pull' AND actor_id = $1`,
      [AUDITOR.id],
    );
    expect(rows.rows).toEqual([{ partition: COHORT, detail: { rows: 2 }, purpose: 'other', source: 'central' }]);
    await pullAll(central.url, auditor, second.cursor);
    expect(await pullRows()).toBe(1);
    const streamed = await streamAll(central.url, auditor);
    expect(streamed.changes).toHaveLength(2);
    expect(await pullRows()).toBe(2);
    // Someone without the registry scope delivers nothing of it and reads nothing.
    await pullAll(central.url, aino);
    expect(Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_read WHERE subject_kind = 'sync_pull' AND actor_id = $1`, [AINO.id])).rows[0]!.n)).toBe(0);
  });
});

describe('GET /audit/reads', () => {
  it('answers the auditor who read a subject, in the cohorts the grant covers, newest first', async () => {
    const mine = entry({ subjectIds: ['child-42'], readAt: new Date(Date.now() - 5000).toISOString() });
    const later = entry({ subjectIds: ['child-42', 'child-43'], purpose: 'check_in', readAt: new Date(Date.now() - 1000).toISOString() });
    const elsewhere = entry({ subjectIds: ['child-42'], partition: 'other-cohort' });
    await push(aino, [mine, later, elsewhere]);
    const res = await reads(auditor, 'subjectId=child-42');
    expect(res.status).toBe(200);
    expect(res.body.reads.map((r) => [r.id, r.actor.name, r.purpose])).toEqual([
      [later.id, AINO.name, 'check_in'],
      [mine.id, AINO.name, 'family_request'],
    ]);
    const withPartition = await reads(auditor, `subjectId=child-42&partition=${COHORT}`);
    expect(withPartition.body.reads.some((r) => r.subjectKind === 'sync_pull')).toBe(true);
    const byActor = await reads(auditor, `actorId=${AINO.id}&limit=2`);
    expect(byActor.body.reads).toHaveLength(2);
    expect(byActor.body.reads.every((r) => r.actor.id === AINO.id && r.partition === COHORT)).toBe(true);
  });

  it('is refused without audit.read, and answers a bad query with 400', async () => {
    expect((await reads(aino, 'subjectId=child-42')).status).toBe(403);
    for (const q of ['', 'subjectId=', 'actorId=aino', 'subjectId=c&limit=0', 'subjectId=c&before=yesterday', `subjectId=${encodeURIComponent('a\u0000')}`]) {
      const res = await reads(auditor, q);
      expect(res.status, q).toBe(400);
      expect(res.body.error?.code).toBe('bad_request');
    }
  });
});
