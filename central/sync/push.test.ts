import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { launchCentral } from '../server.ts';
import type { Db } from '../db/db.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { offerableCases, pendingApplications } from '../testing/berth-fixtures.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let db: Db;
let aino: string;
let olli: string;
const clientId = randomUUID();
const due = addDays(helsinkiDate(new Date()), 14);

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 80, seed: 7 } });
  db = central.db;
  aino = await signIn(central.url, 'aino');
  olli = await signIn(central.url, 'olli');
});
afterAll(() => central.close());

const pushAs = (token: string, body: unknown) => api<PushResponse & { error?: { code: string; message: string; commandIds?: string[] } }>(central.url, 'POST', '/sync/push', { token, body });
const count = async (table: string) => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n);
const versionOf = async (id: string) => (await db.query<{ version: number }>('SELECT version FROM application WHERE id = $1', [id])).rows[0]?.version;

describe('push', () => {
  it('applies an offer once, however often the same push arrives', async () => {
    const [target] = await offerableCases(db, 1);
    if (!target) throw new Error('the seed has no offerable case');
    const leaseId = randomUUID();
    const command = envelope('berths.offerBerth', { applicationId: target.application.id, berthId: target.berthId, leaseId, orderId: randomUUID(), dueDate: due, acceptShorter: false }, 1, target.version);
    const body = { clientId, commands: [command] };
    const first = await pushAs(aino, body);
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([{ id: command.id, status: 'applied', version: target.version + 1 }]);
    const events = await count('application_event');
    const feedHead = (await db.query<{ s: string }>('SELECT max(seq)::text AS s FROM sync_feed')).rows[0]?.s;

    const again = await pushAs(aino, body);
    expect(again.body.results).toEqual(first.body.results);
    expect(await count('application_event')).toBe(events);
    expect(await versionOf(target.application.id)).toBe(target.version + 1);
    expect((await db.query<{ s: string }>('SELECT max(seq)::text AS s FROM sync_feed')).rows[0]?.s).toBe(feedHead);
    const lease = await db.query<{ status: string; version: number }>('SELECT status, version FROM lease WHERE id = $1', [leaseId]);
    expect(lease.rows).toEqual([{ status: 'offered', version: 1 }]);
    const audit = await db.query<{ status: string; user_id: string }>('SELECT status, user_id FROM commands WHERE id = $1', [command.id]);
    expect(audit.rows).toEqual([{ status: 'applied', user_id: '6a1f3c52-7d41-4c0e-9b1a-000000000001' }]);
  });

  it('runs commands in seq order and counts versions up by one per applied command', async () => {
    const [{ application, version } = { application: null, version: 0 }] = await pendingApplications(db, 1).then((l) => l.slice(0, 1));
    if (!application) throw new Error('no pending application');
    const id = application.id;
    // Sent out of order: extend (needs no_suitable_berths) must run after mark.
    const mark = envelope('berths.markNoSuitableBerth', { applicationId: id }, 11, version);
    const extend = envelope('berths.extendApplication', { applicationId: id }, 12, version + 1);
    const note = envelope('berths.addNote', { applicationId: id, note: 'Soitettu asiakkaalle' }, 13);
    const res = await pushAs(aino, { clientId, commands: [note, extend, mark] });
    expect(res.status).toBe(200);
    const byId = new Map(res.body.results.map((r) => [r.id, r]));
    expect(byId.get(mark.id)).toMatchObject({ status: 'applied', version: version + 1 });
    expect(byId.get(extend.id)).toMatchObject({ status: 'applied', version: version + 2 });
    expect(byId.get(note.id)).toMatchObject({ status: 'applied' });
    const row = await db.query<{ version: number; data: { status: string; priority: number; season: number } }>('SELECT version, data FROM application WHERE id = $1', [id]);
    expect(row.rows[0]?.version).toBe(version + 2);
    expect(row.rows[0]?.data).toMatchObject({ status: 'pending', priority: 0, season: application.season + 1 });
    // The feed carries the application at its newest version.
    const feed = await db.query<{ version: number }>(`SELECT version FROM sync_feed WHERE entity = 'application' AND id = $1`, [id]);
    expect(feed.rows[0]?.version).toBe(version + 2);
  });

  it('answers stale versions with a conflict and never lets a refusal block later commands', async () => {
    const [a, b] = await pendingApplications(db, 2);
    if (!a || !b) throw new Error('need two pending applications');
    const stale = envelope('berths.markNoSuitableBerth', { applicationId: a.application.id }, 21, a.version + 5);
    const invalid = envelope('berths.withdrawOffer', { applicationId: b.application.id, leaseId: randomUUID(), reason: '' }, 22, b.version);
    const fine = envelope('berths.markNoSuitableBerth', { applicationId: b.application.id }, 23, b.version);
    const res = await pushAs(aino, { clientId, commands: [stale, invalid, fine] });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: stale.id, status: 'conflict', code: 'stale_version' });
    expect((res.body.results[0] as { current: { version: number } }).current.version).toBe(a.version);
    expect(res.body.results[1]).toMatchObject({ id: invalid.id, status: 'rejected', code: 'invalid_transition' });
    expect(res.body.results[2]).toMatchObject({ id: fine.id, status: 'applied', version: b.version + 1 });
    expect(await versionOf(a.application.id)).toBe(a.version);
    const audit = await db.query<{ status: string; code: string | null }>('SELECT status, code FROM commands WHERE id = ANY($1::uuid[]) ORDER BY seq', [[stale.id, invalid.id, fine.id]]);
    expect(audit.rows).toEqual([
      { status: 'conflict', code: 'stale_version' },
      { status: 'rejected', code: 'invalid_transition' },
      { status: 'applied', code: null },
    ]);
  });

  it('refuses a malformed batch or an unknown type with 400 and applies nothing of it', async () => {
    const [a] = await pendingApplications(db, 1);
    if (!a) throw new Error('no pending application');
    const good = envelope('berths.addNote', { applicationId: a.application.id, note: 'ok' }, 31);
    const before = await count('commands');
    const badPayload = envelope('berths.addNote', { applicationId: 'not-a-uuid', note: '' }, 32);
    const r1 = await pushAs(aino, { clientId, commands: [good, badPayload] });
    expect(r1.status).toBe(400);
    expect(r1.body.error).toMatchObject({ code: 'bad_request' });
    expect(r1.body.error?.message).toContain('commands[1]');
    const r2 = await pushAs(aino, { clientId, commands: [good, { ...good, id: randomUUID(), type: 'berths.sinkBoat' }] });
    expect(r2.status).toBe(400);
    const r3 = await pushAs(aino, { clientId: 'nope', commands: [] });
    expect(r3.status).toBe(400);
    expect(await count('commands')).toBe(before);
  });

  it('refuses a batch with a forbidden command with 403 naming it, and applies nothing', async () => {
    const [a] = await pendingApplications(db, 1);
    if (!a) throw new Error('no pending application');
    const before = await count('commands');
    const note = envelope('berths.addNote', { applicationId: a.application.id, note: 'supervisor note' }, 41);
    const res = await pushAs(olli, { clientId, commands: [note] });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', commandIds: [note.id] });
    expect(await count('commands')).toBe(before);
  });

  it('keeps one active lease per berth and season in the schema itself', async () => {
    const [target] = await offerableCases(db, 1);
    if (!target) throw new Error('no offerable case');
    const lease = (id: string) => ({
      id, berthId: target.berthId, customerId: target.application.customerId, boatId: null, applicationId: null,
      season: target.application.season, status: 'paid', startDate: '2027-06-10', endDate: '2027-09-14', dueDate: null,
      priceCents: 100, vatPercent: 25.5, offeredAt: null, offeredBy: null,
    });
    const first = randomUUID();
    await db.query('INSERT INTO lease (id, version, data) VALUES ($1, 1, $2::jsonb)', [first, JSON.stringify(lease(first))]);
    const second = randomUUID();
    await expect(db.query('INSERT INTO lease (id, version, data) VALUES ($1, 1, $2::jsonb)', [second, JSON.stringify(lease(second))])).rejects.toMatchObject({
      code: '23505',
      constraint: 'lease_one_active_per_berth_season',
    });
    // A refused lease does not hold the berth.
    await db.query('INSERT INTO lease (id, version, data) VALUES ($1, 1, $2::jsonb)', [second, JSON.stringify({ ...lease(second), status: 'refused' })]);
    await expect(db.query(`INSERT INTO lease (id, version, data) VALUES ($1, 1, $2::jsonb)`, [randomUUID(), JSON.stringify({ ...lease(first), status: 'lost' })])).rejects.toMatchObject({ code: '23514' });
  });
});
