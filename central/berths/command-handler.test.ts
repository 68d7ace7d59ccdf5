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
});
