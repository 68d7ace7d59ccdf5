import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/wall-clock.ts';
import { expireUnpaidOffers } from '../berths/order-jobs.ts';
import { PAYMENT_PROVIDER_ACTOR } from '../berths/record-payment.ts';
import { sendOffers, statusesOf, type SentOffer } from '../berths/customer-page/offer.test-support.ts';
import { buttonsOf, pageClient, stateOf } from '../berths/customer-page/page-client.test-support.ts';
import type { Db } from '../db/db.ts';
import { launchCentral } from '../server.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { pullAll, signIn } from '../testing/api-client.ts';
import { decidedAtBankQuietly } from './demo-bank.test-support.ts';
import { paymentSettings } from './settings.ts';
import { sign } from './signature.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

/** The provider calling the central's callback: its status and text. */
async function callBack(url: string, method = 'GET'): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method, redirect: 'manual' });
  return { status: res.status, text: (await res.text()).trim() };
}

/** Everything a payment of an offer leaves on the record, to show it was recorded once (or not at all). */
async function recordOf(db: Db, offer: SentOffer) {
  const one = async <T>(sql: string, params: unknown[]) => (await db.query<T>(sql, params)).rows;
  const [versions] = await one<{ order: number; lease: number; application: number }>(
    `SELECT (SELECT version FROM berth_order WHERE id = $1) AS order, (SELECT version FROM lease WHERE id = $2) AS lease,
            (SELECT version FROM application WHERE id = $3) AS application`,
    [offer.orderId, offer.leaseId, offer.applicationId],
  );
  return {
    statuses: await statusesOf(db, offer),
    versions,
    paidEvents: await one<{ actor: string }>("SELECT data->>'actorName' AS actor FROM application_event WHERE data->>'applicationId' = $1 AND data->>'kind' = 'order_paid'", [offer.applicationId]),
    attempts: (await one<{ status: string }>('SELECT status FROM payment_attempt WHERE order_id = $1 ORDER BY created_at', [offer.orderId])).map((r) => r.status),
    messages: (await one<{ n: number }>('SELECT count(*)::int AS n FROM notification_outbox WHERE entity_id = $1', [offer.applicationId]))[0]!.n,
    // Unapplied payments of the order, by reason (decision 54).
    issues: (await one<{ reason: string }>("SELECT data->>'reason' AS reason FROM berth_payment_issue WHERE payable_id = $1 ORDER BY id", [offer.orderId])).map((r) => r.reason),
  };
}

/** The callback tests on one central: `offers` sent and waiting for their answers. */
function callbackSuite(start: () => Promise<{ central: Central; offers: SentOffer[] }>, stop: () => Promise<void>, only: 'all' | 'races') {
  let central: Central;
  let offers: SentOffer[];
  const client = pageClient(() => central.url);
  const accepted = async () => {
    const offer = offers.shift();
    if (!offer) throw new Error('too few offers sent');
    expect((await client.act(offer.path, 'accept')).location).toBe(`${offer.path}?lang=en&notice=accepted`);
    return offer;
  };

  beforeAll(async () => {
    ({ central, offers } = await start());
  }, 120_000);
  afterAll(stop);

  it('the return and the callback of one payment at once, three times over, and one after the other: recorded once, one set of records', async () => {
    for (let round = 0; round < 3; round++) {
      const offer = await accepted();
      const before = await recordOf(central.db, offer);
      const { returnUrl, callbackUrl } = await decidedAtBankQuietly(central, offer.path);
      expect(await recordOf(central.db, offer)).toEqual({ ...before, attempts: ['pending'] });
      const [back, ...calls] = await Promise.all([client.get(returnUrl), callBack(callbackUrl), callBack(callbackUrl)]);
      expect(back.location).toBe(`${offer.path}?lang=en&notice=paid`);
      expect(calls).toEqual([
        { status: 200, text: 'paid' },
        { status: 200, text: 'paid' },
      ]);
      const after = await recordOf(central.db, offer);
      expect(after).toEqual({
        statuses: { order: 'paid', lease: 'paid', application: 'handled' },
        // One decision: each record written once, one event, no second message.
        versions: { order: before.versions!.order + 1, lease: before.versions!.lease + 1, application: before.versions!.application + 1 },
        paidEvents: [{ actor: PAYMENT_PROVIDER_ACTOR.name }],
        attempts: ['paid'],
        messages: before.messages,
        issues: [],
      });
      // Again, either way: nothing more.
      expect(await callBack(callbackUrl)).toEqual({ status: 200, text: 'paid' });
      expect((await client.get(returnUrl)).location).toBe(`${offer.path}?lang=en&notice=paid`);
      expect(await recordOf(central.db, offer)).toEqual(after);
    }
    if (only === 'races') return;

    // The customer's return first, the provider's callback after it.
    const offer = await accepted();
    const before = await recordOf(central.db, offer);
    const { returnUrl, callbackUrl } = await decidedAtBankQuietly(central, offer.path);
    expect((await client.get(returnUrl)).location).toBe(`${offer.path}?lang=en&notice=paid`);
    const paid = await recordOf(central.db, offer);
    expect(paid).toMatchObject({ statuses: { order: 'paid' }, paidEvents: [{ actor: PAYMENT_PROVIDER_ACTOR.name }], attempts: ['paid'], messages: before.messages });
    expect(await callBack(callbackUrl)).toEqual({ status: 200, text: 'paid' });
    expect(await recordOf(central.db, offer)).toEqual(paid);
  });

  if (only === 'races') return;

  it('paid at the bank by a customer who never comes back: the bank’s own callback pays the order and the lease, and the desks pull it', async () => {
    const offer = await accepted();
    const aino = await signIn(central.url, 'aino');
    const { cursor } = await pullAll(central.url, aino);
    const before = await recordOf(central.db, offer);
    // The bank's answer is where it sends the browser; the browser never goes there.
    const returnUrl = await client.pressAtBank(offer.path, 'pay');
    expect(new URL(returnUrl).pathname).toBe(`${offer.path}/payment/return`);
    const paid = await recordOf(central.db, offer);
    expect(paid).toEqual({
      statuses: { order: 'paid', lease: 'paid', application: 'handled' },
      versions: { order: before.versions!.order + 1, lease: before.versions!.lease + 1, application: before.versions!.application + 1 },
      paidEvents: [{ actor: PAYMENT_PROVIDER_ACTOR.name }],
      attempts: ['paid'],
      messages: before.messages,
      issues: [],
    });
    const order = await central.db.query<{ paidVia: string }>("SELECT data->>'paidVia' AS \"paidVia\" FROM berth_order WHERE id = $1", [offer.orderId]);
    expect(order.rows[0]?.paidVia).toBe('online');

    // A desk pulling the feed sees it, as after any command.
    const { changes } = await pullAll(central.url, aino, cursor);
    expect(changes.find((c) => c.entity === 'berth_order' && c.id === offer.orderId)).toMatchObject({ data: { status: 'paid', paidVia: 'online' } });
    expect(changes.find((c) => c.entity === 'lease' && c.id === offer.leaseId)).toMatchObject({ data: { status: 'paid' } });
    expect(changes.find((c) => c.entity === 'application' && c.id === offer.applicationId)).toMatchObject({ data: { status: 'handled' } });

    // The page says so, and the customer coming back after all changes nothing.
    const page = await client.get(`${offer.path}?lang=en`);
    expect(stateOf(page.html)).toBe('paid');
    expect(buttonsOf(page.html)).toEqual([]);
    expect((await client.get(returnUrl)).location).toBe(`${offer.path}?lang=en&notice=paid`);
    expect(await recordOf(central.db, offer)).toEqual(paid);
  });

  it('a cancel at the bank reaches the central by the callback too: the attempt cancelled, the offer still to be paid', async () => {
    const offer = await accepted();
    const { callbackUrl } = await decidedAtBankQuietly(central, offer.path, 'cancelled');
    expect(await callBack(callbackUrl)).toEqual({ status: 200, text: 'cancelled' });
    expect(await recordOf(central.db, offer)).toMatchObject({ statuses: { order: 'offered', lease: 'awaiting_payment' }, paidEvents: [], attempts: ['cancelled'] });
    expect(buttonsOf((await client.get(offer.path)).html)).toEqual(['pay']);
    // And through the bank's own call: pressed cancel, the tab closed.
    await client.pressAtBank(offer.path, 'cancel');
    expect(await recordOf(central.db, offer)).toMatchObject({ statuses: { order: 'offered' }, attempts: ['cancelled', 'cancelled'] });
  });

  it('an unsigned, altered, malformed or unknown callback is a 400 and changes nothing; the untouched one then pays', async () => {
    const offer = await accepted();
    const { callbackUrl, bankId } = await decidedAtBankQuietly(central, offer.path);
    const before = await recordOf(central.db, offer);
    const callback = `${central.url}/api/v1/payments/callback`;
    const { secret } = paymentSettings();
    const good = new URL(callbackUrl);
    const signedParams = Object.fromEntries([...good.searchParams].filter(([k]) => k.startsWith('kuva-')));
    const changed = (change: (q: URLSearchParams) => void) => {
      const url = new URL(good);
      change(url.searchParams);
      return url.toString();
    };
    const signedAs = (params: Record<string, string>) => `${callback}?${new URLSearchParams({ ...params, signature: sign(secret, params) })}`;
    const signature = good.searchParams.get('signature')!;

    const refusals: [string, string][] = [
      [callback, 'refused: missing'],
      [`${callback}?kuva-status=paid`, 'refused: missing'],
      [changed((q) => q.set('signature', signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0'))), 'refused: bad_signature'],
      [changed((q) => q.set('signature', 'zz')), 'refused: bad_signature'],
      [changed((q) => q.set('kuva-amount', '1')), 'refused: bad_signature'],
      [changed((q) => q.set('kuva-status', 'cancelled')), 'refused: bad_signature'],
      [changed((q) => q.delete('kuva-reference')), 'refused: bad_signature'],
      [`${callback}?kuva-amount=%E0%A4%A&signature=%zz`, 'refused: bad_signature'],
      // Signed with the right secret, yet not a payment the central asked for (this amount, this reference, this id).
      [signedAs({ ...signedParams, 'kuva-amount': '1' }), 'refused: not a payment asked for'],
      [signedAs({ ...signedParams, 'kuva-reference': 'VP-NOT-OURS' }), 'refused: not a payment asked for'],
      [signedAs({ ...signedParams, 'kuva-currency': 'SEK' }), 'refused: not a payment asked for'],
      [signedAs({ ...signedParams, 'kuva-payment-id': randomUUID() }), 'refused: not a payment asked for'],
      // Signed, saying nothing usable.
      [signedAs({ 'kuva-payment-id': bankId, 'kuva-amount': signedParams['kuva-amount']! }), 'refused: malformed'],
      [signedAs({ ...signedParams, 'kuva-amount': '-5' }), 'refused: malformed'],
      [signedAs({ ...signedParams, 'kuva-status': 'maybe' }), 'refused: malformed'],
    ];
    for (const [url, text] of refusals) expect(await callBack(url), url).toEqual({ status: 400, text });
    // Another way in than the provider's GET: no such route, never a fault.
    const posted = await callBack(callbackUrl, 'POST');
    expect(posted.status).toBe(404);
    expect(await recordOf(central.db, offer)).toEqual(before);

    expect(await callBack(callbackUrl)).toEqual({ status: 200, text: 'paid' });
    expect(await recordOf(central.db, offer)).toMatchObject({ statuses: { order: 'paid', lease: 'paid', application: 'handled' }, paidEvents: [{ actor: PAYMENT_PROVIDER_ACTOR.name }], attempts: ['paid'] });
  });

  it('a true payment the offer no longer takes (it expired meanwhile) is recorded as unapplied for staff to refund, once; the callback is a 200', async () => {
    const offer = await accepted();
    const { callbackUrl, returnUrl } = await decidedAtBankQuietly(central, offer.path);
    expect(await expireUnpaidOffers(central.db, addDays(offer.dueDate, 1))).toBeGreaterThan(0);
    const expired = await recordOf(central.db, offer);
    expect(expired.statuses.order).toBe('expired');
    expect(await callBack(callbackUrl)).toEqual({ status: 200, text: 'unapplied: recorded for refund' });
    const unapplied = await recordOf(central.db, offer);
    expect(unapplied).toEqual({ ...expired, attempts: ['unapplied'], issues: ['expired'] });
    const issue = await central.db.query<{ version: number; data: Record<string, unknown> }>('SELECT version, data FROM berth_payment_issue WHERE payable_id = $1', [offer.orderId]);
    expect(issue.rows[0]).toMatchObject({ version: 1, data: { payableKind: 'order', status: 'open', amountCents: expect.any(Number) as number, provider: 'demo' } });
    // Replays, either way and at once: nothing more recorded, the customer told the money comes back.
    const [back, again] = await Promise.all([client.get(returnUrl), callBack(callbackUrl)]);
    expect(back.location).toBe(`${offer.path}?lang=en&notice=payment_unapplied`);
    expect(again).toEqual({ status: 200, text: 'unapplied: recorded for refund' });
    expect((await client.get(back.location!)).html).toContain('Berth services will refund the payment to you.');
    expect(await recordOf(central.db, offer)).toEqual(unapplied);
    const reason = await central.db.query<{ unapplied_reason: string; settled: boolean }>('SELECT unapplied_reason, settled_at IS NOT NULL AS settled FROM payment_attempt WHERE order_id = $1', [offer.orderId]);
    expect(reason.rows).toEqual([{ unapplied_reason: 'expired', settled: true }]);
  });
}

describe('the payment provider’s callback (PGlite)', () => {
  let central: Central;
  callbackSuite(
    async () => {
      central = await launchCentral({ seed: { applications: 60, seed: 29 }, notifications: false });
      return { central, offers: await sendOffers(central, 9) };
    },
    async () => central?.close(),
    'all',
  );
});

const pg = pgAvailable();

describe.skipIf(!pg)('the payment provider’s callback on a real PostgreSQL: the return and callbacks race under real concurrency', () => {
  let cluster: PgCluster;
  let central: Central;
  callbackSuite(
    async () => {
      cluster = await startPgCluster();
      central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 30, bookings: 0, cultureKidsChildren: 0, seed: 31 }, notifications: false });
      return { central, offers: await sendOffers(central, 3) };
    },
    async () => {
      await central?.close();
      await cluster?.stop();
    },
    'races',
  );
});
