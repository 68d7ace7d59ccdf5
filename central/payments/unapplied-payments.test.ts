import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BerthPaymentIssue } from '../../domain/berths/payment-issue-entity.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { sendOffers, statusesOf, type SentOffer } from '../berths/customer-page/offer.test-support.ts';
import { pageClient } from '../berths/customer-page/page-client.test-support.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { decidedAtBankQuietly } from './demo-bank.test-support.ts';
import { ASK_AFTER_MS, reconcilePendingPayments } from './reconcile-job.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
let offers: SentOffer[];
const client = pageClient(() => central.url);

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 41 }, notifications: false });
  offers = await sendOffers(central, 3);
}, 120_000);
afterAll(() => central?.close());

async function accepted(): Promise<SentOffer> {
  const offer = offers.shift();
  if (!offer) throw new Error('too few offers sent');
  expect((await client.act(offer.path, 'accept')).location).toBe(`${offer.path}?lang=en&notice=accepted`);
  return offer;
}

const callBack = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, text: (await res.text()).trim() };
};
const attemptsOf = async (offer: SentOffer) =>
  (await central.db.query<{ id: string; status: string }>('SELECT id::text AS id, status FROM payment_attempt WHERE order_id = $1 ORDER BY created_at, id', [offer.orderId])).rows;
const issuesOf = async (offer: SentOffer) =>
  (await central.db.query<{ version: number; data: BerthPaymentIssue }>('SELECT version, data FROM berth_payment_issue WHERE payable_id = $1 ORDER BY id', [offer.orderId])).rows;
const paidEvents = async (offer: SentOffer) =>
  (await central.db.query("SELECT 1 FROM application_event WHERE data->>'applicationId' = $1 AND data->>'kind' = 'order_paid'", [offer.applicationId])).rows.length;

let seq = 0;
const push = (token: string, issueId: string) =>
  api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('berths.markPaymentRefunded', { issueId }, ++seq)] } });

describe('a second payment of one order (two tabs, both paid at the bank)', () => {
  let issueId = '';

  it('the first pays the order; the second is an unapplied payment, paid already, that the case desks pull and harbour services do not', async () => {
    const offer = await accepted();
    const aino = await signIn(central.url, 'aino');
    const harri = await signIn(central.url, 'harri');
    const ainoAt = (await pullAll(central.url, aino)).cursor;
    const harriAt = (await pullAll(central.url, harri)).cursor;
    // Two tabs: both pressed pay while the offer waited, both paid at the bank, no answer in yet.
    const first = await decidedAtBankQuietly(central, offer.path);
    const second = await decidedAtBankQuietly(central, offer.path);
    const [firstAttempt, secondAttempt] = await attemptsOf(offer);

    expect(await callBack(first.callbackUrl)).toEqual({ status: 200, text: 'paid' });
    expect(await callBack(second.callbackUrl)).toEqual({ status: 200, text: 'unapplied: recorded for refund' });
    expect((await client.get(second.returnUrl)).location).toBe(`${offer.path}?lang=en&notice=payment_unapplied`);
    // The first one's return says paid, as it is.
    expect((await client.get(first.returnUrl)).location).toBe(`${offer.path}?lang=en&notice=paid`);

    expect(await statusesOf(central.db, offer)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
    expect(await paidEvents(offer)).toBe(1);
    expect(await attemptsOf(offer)).toEqual([
      { id: firstAttempt!.id, status: 'paid' },
      { id: secondAttempt!.id, status: 'unapplied' },
    ]);
    const [issue] = await issuesOf(offer);
    expect(issue).toMatchObject({ version: 1, data: { id: secondAttempt!.id, payableKind: 'order', payableId: offer.orderId, reason: 'paid_already', status: 'open', provider: 'demo', providerPaymentId: second.bankId } });
    issueId = issue!.data.id;

    const ainoGot = (await pullAll(central.url, aino, ainoAt)).changes.filter((c) => c.entity === 'berth_payment_issue');
    expect(ainoGot).toMatchObject([{ id: issueId, version: 1, data: { reason: 'paid_already', status: 'open' } }]);
    const harriGot = (await pullAll(central.url, harri, harriAt)).changes;
    expect(harriGot.filter((c) => c.entity === 'berth_payment_issue' || c.entity === 'berth_order')).toEqual([]);
  });

  it('a handler marks it refunded; a second mark is refused; a supervisor may not', async () => {
    const olli = await signIn(central.url, 'olli');
    const refused = await push(olli, issueId);
    expect(refused.status).toBe(403);
    expect((await central.db.query<{ data: BerthPaymentIssue }>('SELECT data FROM berth_payment_issue WHERE id = $1', [issueId])).rows[0]?.data.status).toBe('open');

    const eero = await signIn(central.url, 'eero');
    expect((await push(eero, issueId)).body.results[0]).toMatchObject({ status: 'applied' });
    const row = (await central.db.query<{ version: number; data: BerthPaymentIssue }>('SELECT version, data FROM berth_payment_issue WHERE id = $1', [issueId])).rows[0];
    expect(row).toMatchObject({ version: 2, data: { status: 'refunded', refundedById: expect.any(String) as string, refundedByName: 'Eero Lindqvist' } });
    expect(row!.data.refundedAt).not.toBeNull();

    const aino = await signIn(central.url, 'aino');
    expect((await push(aino, issueId)).body.results[0]).toMatchObject({ status: 'rejected', code: 'payment_issue_already_refunded' });
    expect((await central.db.query<{ version: number }>('SELECT version FROM berth_payment_issue WHERE id = $1', [issueId])).rows[0]?.version).toBe(2);
  });
});

describe('the status check and unapplied payments', () => {
  it('records a second payment it finds paid at the provider as unapplied, and never asks about it again', async () => {
    const offer = await accepted();
    const first = await decidedAtBankQuietly(central, offer.path);
    await decidedAtBankQuietly(central, offer.path);
    const [firstAttempt, secondAttempt] = await attemptsOf(offer);
    expect(await callBack(first.callbackUrl)).toEqual({ status: 200, text: 'paid' });
    const checked = await reconcilePendingPayments(central.db, new Date(Date.now() + ASK_AFTER_MS + 60_000));
    expect(checked).toMatchObject({ paid: [], unapplied: [secondAttempt!.id], notRecorded: [] });
    expect(await attemptsOf(offer)).toEqual([
      { id: firstAttempt!.id, status: 'paid' },
      { id: secondAttempt!.id, status: 'unapplied' },
    ]);
    expect((await issuesOf(offer)).map((i) => [i.data.id, i.data.reason])).toEqual([[secondAttempt!.id, 'paid_already']]);
    const again = await reconcilePendingPayments(central.db, new Date(Date.now() + ASK_AFTER_MS + 3_660_000));
    expect(again.unapplied).toEqual([]);
    expect(again.pending).not.toContain(secondAttempt!.id);
    expect(await issuesOf(offer)).toHaveLength(1);
  });
});
