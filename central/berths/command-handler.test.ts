import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { offerableCases } from '../testing/berth-fixtures.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
const clientId = randomUUID();
let seq = 0;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 80, seed: 11 } });
  aino = await signIn(central.url, 'aino');
});
afterAll(() => central.close());

async function push(type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null) {
  const command = envelope(type, payload, ++seq, baseVersion);
  const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token: aino, body: { clientId, commands: [command] } });
  expect(res.status).toBe(200);
  return res.body.results[0];
}
const row = async (table: 'application' | 'lease', id: string) =>
  (await central.db.query<{ status: string; version: number; data: Record<string, unknown> }>(`SELECT status, version, data FROM ${table} WHERE id = $1`, [id])).rows[0];

describe('berth commands on the central', () => {
  it('refuses an offer due today, too soon or after the season starts, and takes one inside the window', async () => {
    const [c] = await offerableCases(central.db, 1);
    if (!c) throw new Error('the seed has no offerable case');
    const today = helsinkiDate(new Date());
    const offer = (dueDate: string) => push('berths.offerBerth', { applicationId: c.application.id, berthId: c.berthId, leaseId: randomUUID(), orderId: randomUUID(), dueDate, acceptShorter: false }, c.version);
    for (const dueDate of [today, addDays(today, 6), `${c.application.season}-06-11`, '2099-01-01']) {
      expect(await offer(dueDate), dueDate).toMatchObject({ status: 'rejected', code: 'due_date_out_of_range' });
    }
    expect((await row('application', c.application.id))?.status).toBe('pending');
    expect(await offer(addDays(today, 7))).toMatchObject({ status: 'applied', version: c.version + 1 });
  });

  it('records an acceptance as awaiting payment; the berth stays held against another offer', async () => {
    const cases = await offerableCases(central.db, 40);
    const [a] = cases;
    if (!a) throw new Error('the seed has no offerable case');
    const leaseId = randomUUID();
    const due = addDays(helsinkiDate(new Date()), 14);
    await push('berths.offerBerth', { applicationId: a.application.id, berthId: a.berthId, leaseId, orderId: randomUUID(), dueDate: due, acceptShorter: false }, a.version);
    expect(await push('berths.recordOfferAnswer', { applicationId: a.application.id, leaseId, answer: 'accepted' }, a.version + 1)).toMatchObject({ status: 'applied' });
    expect(await row('lease', leaseId)).toMatchObject({ status: 'awaiting_payment', version: 2 });
    expect((await row('application', a.application.id))?.status).toBe('awaiting_payment');
    // Anyone else wanting the same berth for the season is told it is taken.
    const rival = (await central.db.query<{ id: string; version: number }>(
      `SELECT a.id, a.version FROM application a, berth b WHERE b.id = $1 AND a.status = 'pending' AND a.id <> $2
         AND a.data->'harbourChoices' ? b.harbour_id::text AND (a.data->'boat'->>'width')::numeric <= b.width LIMIT 1`,
      [a.berthId, a.application.id],
    )).rows[0];
    if (!rival) throw new Error('no other application could take that berth');
    const taken = await push('berths.offerBerth', { applicationId: rival.id, berthId: a.berthId, leaseId: randomUUID(), orderId: randomUUID(), dueDate: due, acceptShorter: true }, rival.version);
    expect(taken).toMatchObject({ status: 'conflict', code: 'berth_taken' });
  });

  it('records a refusal as the customer’s and returns the application to the queue on request', async () => {
    const [, b] = await offerableCases(central.db, 2);
    if (!b) throw new Error('the seed has too few offerable cases');
    const leaseId = randomUUID();
    await push('berths.offerBerth', { applicationId: b.application.id, berthId: b.berthId, leaseId, orderId: randomUUID(), dueDate: addDays(helsinkiDate(new Date()), 14), acceptShorter: false }, b.version);
    expect(await push('berths.recordOfferAnswer', { applicationId: b.application.id, leaseId, answer: 'declined' }, b.version + 1)).toMatchObject({ status: 'applied' });
    expect((await row('application', b.application.id))?.status).toBe('declined_by_customer');
    expect((await row('lease', leaseId))?.status).toBe('refused');
    expect(await push('berths.returnToQueue', { applicationId: b.application.id }, b.version + 2)).toMatchObject({ status: 'applied', version: b.version + 3 });
    const back = await row('application', b.application.id);
    expect(back).toMatchObject({ status: 'pending', data: { receivedAt: b.application.receivedAt, priority: b.application.priority } });
    expect(await push('berths.returnToQueue', { applicationId: b.application.id }, b.version + 3)).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
  });

  it('two bulk sends racing for the same berths, in opposite orders, each a chunk loaded at once: one offer per berth, the other told it is taken, both answered', async () => {
    // Applications that want the same first free berth: two of them per berth, one in each send.
    const byBerth = new Map<string, Awaited<ReturnType<typeof offerableCases>>>();
    for (const c of await offerableCases(central.db, 80)) byBerth.set(c.berthId, [...(byBerth.get(c.berthId) ?? []), c]);
    const pairs = [...byBerth.entries()].filter(([, list]) => list.length >= 2).map(([berthId, list]) => ({ berthId, a: list[0]!, b: list[1]! }));
    expect(pairs.length, 'the seed has berths two applications want').toBeGreaterThanOrEqual(2);
    const due = addDays(helsinkiDate(new Date()), 14);
    const offer = (c: (typeof pairs)[number]['a'], berthId: string, n: number) =>
      envelope('berths.offerBerth', { applicationId: c.application.id, berthId, leaseId: randomUUID(), orderId: randomUUID(), dueDate: due, acceptShorter: true }, n, c.version);
    const first = pairs.map((p, i) => offer(p.a, p.berthId, i + 1));
    const second = [...pairs].reverse().map((p, i) => offer(p.b, p.berthId, i + 1));
    const [ra, rb] = await Promise.all(
      [first, second].map((commands) => api<PushResponse>(central.url, 'POST', '/sync/push', { token: aino, body: { clientId: randomUUID(), commands } })),
    );
    expect(ra!.status).toBe(200);
    expect(rb!.status).toBe(200);
    const results = new Map([...ra!.body.results, ...rb!.body.results].map((r) => [r.id, r]));
    for (const [i, p] of pairs.entries()) {
      const mine = results.get(first[i]!.id)!;
      const theirs = results.get(second[pairs.length - 1 - i]!.id)!;
      const outcomes = [mine.status, theirs.status].sort();
      expect(outcomes, p.berthId).toEqual(['applied', 'conflict']);
      expect([mine, theirs].find((r) => r.status === 'conflict')).toMatchObject({ code: 'berth_taken' });
      const active = await central.db.query(`SELECT 1 FROM lease WHERE berth_id = $1 AND status IN ('offered', 'drafted') AND season = $2`, [p.berthId, p.a.application.season]);
      expect(active.rows, p.berthId).toHaveLength(1);
    }
    // Each applied offer's message is queued once.
    const applied = [...results.values()].filter((r) => r.status === 'applied').length;
    const mails = await central.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE template = 'berths.offer' AND channel = 'email' AND entity_id = ANY($1::text[])`,
      [pairs.flatMap((p) => [p.a.application.id, p.b.application.id])],
    );
    expect(mails.rows[0]!.n).toBeLessThanOrEqual(applied);
    expect(mails.rows[0]!.n).toBeGreaterThan(0);
  });

  it('a chunk loaded at once reads an application only notes name without its offers, and one a withdrawal also names with them', async () => {
    const [a, b, c] = await offerableCases(central.db, 3);
    if (!a || !b || !c) throw new Error('the seed has no three offerable cases');
    const leaseId = randomUUID();
    const due = addDays(helsinkiDate(new Date()), 14);
    expect(await push('berths.offerBerth', { applicationId: a.application.id, berthId: a.berthId, leaseId, orderId: randomUUID(), dueDate: due, acceptShorter: true }, a.version)).toMatchObject({ status: 'applied' });
    // The note on a comes first: the withdrawal after it must still find a's offer.
    const commands = [
      envelope('berths.addNote', { applicationId: a.application.id, note: 'Soitti, peruu' }, ++seq),
      envelope('berths.addNote', { applicationId: b.application.id, note: 'Kysyi jonosta' }, ++seq),
      envelope('berths.addNote', { applicationId: c.application.id, note: 'Kysyi hinnasta' }, ++seq),
      envelope('berths.withdrawOffer', { applicationId: a.application.id, leaseId, reason: 'Asiakas perui' }, ++seq, a.version + 1),
    ];
    const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token: aino, body: { clientId, commands } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(await row('lease', leaseId)).toMatchObject({ status: 'cancelled' });
    expect((await row('application', a.application.id))?.status).toBe('pending');
    const notes = await central.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM application_event WHERE kind = 'note' AND application_id = ANY($1::uuid[])`, [[a, b, c].map((x) => x.application.id)]);
    expect(notes.rows[0]!.n).toBe(3);
  });
});
