import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendOffers, statusesOf, type SentOffer } from '../berths/customer-page/offer.test-support.ts';
import { pageClient } from '../berths/customer-page/page-client.test-support.ts';
import { DAILY_JOBS } from '../jobs/daily-jobs.ts';
import { launchCentral } from '../server.ts';
import { decidedAtBankQuietly } from './demo-bank.test-support.ts';
import { settleDemoBankPayment } from './demo-provider.ts';
import type { PaymentProvider } from './provider.ts';
import { ASK_AFTER_MS, ASK_FOR_MS, reconcilePendingPayments } from './reconcile-job.ts';
import { paymentProvider, paymentSettings } from './settings.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
let offers: SentOffer[];
const client = pageClient(() => central.url);

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 37 }, notifications: false });
  offers = await sendOffers(central, 7);
});
afterAll(() => central.close());

async function accepted(): Promise<SentOffer> {
  const offer = offers.shift();
  if (!offer) throw new Error('too few offers sent');
  expect((await client.act(offer.path, 'accept')).location).toBe(`${offer.path}?lang=en&notice=accepted`);
  return offer;
}

const attemptOf = async (offer: SentOffer) => (await central.db.query<{ id: string; status: string }>('SELECT id, status FROM payment_attempt WHERE order_id = $1', [offer.orderId])).rows[0]!;
const paidEvents = async (offer: SentOffer) =>
  (await central.db.query("SELECT 1 FROM application_event WHERE data->>'applicationId' = $1 AND data->>'kind' = 'order_paid'", [offer.applicationId])).rows.length;
const after = (ms: number) => new Date(Date.now() + ms);
const nothing = { paid: [], cancelled: [], pending: [], unapplied: [], notRecorded: [] };

describe('the status check of payments nobody came back from', () => {
  it('runs every hour among the central’s jobs', () => {
    expect(DAILY_JOBS.find((j) => j.name === 'status check of payments nobody came back from')?.hourly).toBe(true);
  });

  it('runs once more in the daily round, before the expiry, asking about every pending payment however fresh', async () => {
    const names = DAILY_JOBS.map((j) => j.name);
    const check = names.indexOf('status check of pending payments before expiry');
    expect(check).toBeGreaterThanOrEqual(0);
    expect(DAILY_JOBS[check]!.hourly).toBeFalsy();
    expect(check).toBeLessThan(names.indexOf('berth offer reminders and expiry'));
    expect(check).toBeLessThan(names.indexOf('winter storage invoice reminders and expiry'));
    // Paid a minute ago at the bank, and neither answer came: the daily check records it.
    const late = await accepted();
    await decidedAtBankQuietly(central, late.path, 'paid');
    const attempt = await attemptOf(late);
    const now = after(60_000);
    expect(await DAILY_JOBS[check]!.run(central.db, now.toISOString().slice(0, 10), now)).toEqual({ ...nothing, paid: [attempt.id] });
    expect(await statusesOf(central.db, late)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
  });

  it('asks the provider after 30 minutes: pays the paid one, marks the cancelled one, leaves the pending one, each once', async () => {
    const paid = await accepted();
    const pending = await accepted();
    const cancelled = await accepted();
    // Decided at the bank, and neither the callback nor the customer came back.
    await decidedAtBankQuietly(central, paid.path, 'paid');
    const pendingBank = await decidedAtBankQuietly(central, pending.path, null);
    await decidedAtBankQuietly(central, cancelled.path, 'cancelled');
    const [paidAttempt, pendingAttempt, cancelledAttempt] = [await attemptOf(paid), await attemptOf(pending), await attemptOf(cancelled)];
    for (const a of [paidAttempt, pendingAttempt, cancelledAttempt]) expect(a.status).toBe('pending');

    // Before the return and the callback have had their time, nobody is asked.
    expect(await reconcilePendingPayments(central.db, after(ASK_AFTER_MS - 60_000))).toEqual(nothing);
    expect((await statusesOf(central.db, paid)).order).toBe('offered');

    // The job's hour: the central's clock.
    const first = await reconcilePendingPayments(central.db, after(ASK_AFTER_MS + 60_000));
    expect(first).toEqual({ ...nothing, paid: [paidAttempt.id], cancelled: [cancelledAttempt.id], pending: [pendingAttempt.id] });
    expect(await statusesOf(central.db, paid)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
    expect(await paidEvents(paid)).toBe(1);
    expect((await attemptOf(paid)).status).toBe('paid');
    expect(await statusesOf(central.db, pending)).toEqual({ order: 'offered', lease: 'awaiting_payment', application: 'awaiting_payment' });
    expect((await attemptOf(pending)).status).toBe('pending');
    expect(await statusesOf(central.db, cancelled)).toEqual({ order: 'offered', lease: 'awaiting_payment', application: 'awaiting_payment' });
    expect((await attemptOf(cancelled)).status).toBe('cancelled');

    // The next hour: only the pending one is asked again, nothing is recorded twice.
    expect(await reconcilePendingPayments(central.db, after(ASK_AFTER_MS + 3_600_000))).toEqual({ ...nothing, pending: [pendingAttempt.id] });
    expect(await paidEvents(paid)).toBe(1);
    // A week on, an attempt left at the bank page is no longer asked about.
    expect(await reconcilePendingPayments(central.db, after(ASK_FOR_MS + 60_000))).toEqual(nothing);

    // Paid at the bank at last (its callback lost again): the next hour's check records it.
    await settleDemoBankPayment(central.db, pendingBank.bankId, 'paid', new Date());
    expect(await reconcilePendingPayments(central.db, after(ASK_AFTER_MS + 7_200_000))).toEqual({ ...nothing, paid: [pendingAttempt.id] });
    expect(await statusesOf(central.db, pending)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
    expect(await paidEvents(pending)).toBe(1);
  });

  it('the check and the callback of one payment at once record it once', async () => {
    const offer = await accepted();
    const { callbackUrl } = await decidedAtBankQuietly(central, offer.path, 'paid');
    const [checked, called] = await Promise.all([reconcilePendingPayments(central.db, after(ASK_AFTER_MS + 60_000)), fetch(callbackUrl)]);
    expect(called.status).toBe(200);
    const attempt = await attemptOf(offer);
    // Whichever came first recorded it; the other found it paid (the check then says paid too, or no longer saw it pending).
    expect(checked.notRecorded).toEqual([]);
    expect(checked.unapplied).toEqual([]);
    expect(attempt.status).toBe('paid');
    expect(await paidEvents(offer)).toBe(1);
    expect(await statusesOf(central.db, offer)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
  });

  it('a provider that cannot answer about one payment: the others are settled, the run then fails for the job log', async () => {
    const unanswered = await accepted();
    const paid = await accepted();
    await decidedAtBankQuietly(central, unanswered.path, 'paid');
    const { bankId } = await decidedAtBankQuietly(central, paid.path, 'paid');
    const real = paymentProvider(central.db, paymentSettings());
    const flaky: PaymentProvider = { ...real, paymentStatus: (id) => (id === bankId ? real.paymentStatus(id) : Promise.reject(new Error('provider unreachable'))) };
    await expect(reconcilePendingPayments(central.db, after(ASK_AFTER_MS + 60_000), flaky)).rejects.toThrow('1 of 2 pending payments could not be checked');
    expect(await statusesOf(central.db, paid)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
    expect((await attemptOf(unanswered)).status).toBe('pending');
    // The next run, the provider answering again.
    expect(await reconcilePendingPayments(central.db, after(ASK_AFTER_MS + 3_660_000))).toEqual({ ...nothing, paid: [(await attemptOf(unanswered)).id] });
    expect(await statusesOf(central.db, unanswered)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
  });
});
