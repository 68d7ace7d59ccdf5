import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/db.ts';
import { MIGRATED_TEMPLATE, migrate } from '../db/migrate.ts';
import { markAttemptPaid, matchAttempt, pendingAttempts, recordAttempt, settleAttempt } from './attempts.ts';
import { demoBankPayment, demoPaymentProvider, settleDemoBankPayment, signedCallback, signedReturn } from './demo-provider.ts';
import type { PaymentRequest } from './provider.ts';
import { paymentSettings } from './settings.ts';
import { sign } from './signature.ts';

const SECRET = 'a'.repeat(40);
let db: Db;

beforeAll(async () => {
  db = await openDb({ memoryStage: MIGRATED_TEMPLATE });
  await migrate(db);
});
afterAll(() => db.close());

const request: PaymentRequest = {
  orderId: '0b6f3a52-1111-4c0e-9b1a-000000000001',
  reference: 'VP27-ABC123',
  amountCents: 29000,
  currency: 'EUR',
  description: 'Berth 12, Pier A',
  language: 'sv',
  returnUrl: 'http://127.0.0.1:9/customer/offer/tok/paid',
  cancelUrl: 'http://127.0.0.1:9/customer/offer/tok/cancelled',
  callbackUrl: 'http://127.0.0.1:9/api/v1/payments/callback',
};

describe('demo payment provider', () => {
  it('creates a payment at its own bank page on the central and answers its status', async () => {
    const provider = demoPaymentProvider(db, SECRET);
    const created = await provider.createPayment(request);
    expect(created.redirectUrl).toBe(`http://127.0.0.1:9/demo-bank/payments/${created.providerPaymentId}`);
    expect(await provider.paymentStatus(created.providerPaymentId)).toBe('pending');
    await settleDemoBankPayment(db, created.providerPaymentId, 'paid', new Date());
    expect(await provider.paymentStatus(created.providerPaymentId)).toBe('paid');
    // The bank decides once: a later cancel does not undo a payment.
    expect((await settleDemoBankPayment(db, created.providerPaymentId, 'cancelled', new Date()))?.status).toBe('paid');
    expect(await provider.paymentStatus('0b6f3a52-1111-4c0e-9b1a-00000000ffff')).toBe('unknown');
  });

  it('takes only the central’s own callback, and calls it back with the answer the return carries, signed alike', async () => {
    const provider = demoPaymentProvider(db, SECRET);
    await expect(provider.createPayment({ ...request, callbackUrl: 'http://127.0.0.1:9/elsewhere' })).rejects.toThrow("calls back only the central's own /api/v1/payments/callback");
    const created = await provider.createPayment(request);
    const paid = (await settleDemoBankPayment(db, created.providerPaymentId, 'paid', new Date()))!;
    const at = new Date();
    const callback = signedCallback(SECRET, paid, at, 'http://[::1]:8787');
    expect(callback.origin + callback.pathname).toBe('http://[::1]:8787/api/v1/payments/callback');
    const back = signedReturn(SECRET, paid, at);
    const signed = (url: URL) => [...url.searchParams].filter(([k]) => k.startsWith('kuva-') || k === 'signature');
    expect(signed(callback)).toEqual(signed(back));
    expect(provider.verifyCallback(callback.searchParams)).toEqual(provider.verifyCallback(back.searchParams));
  });

  it('sends the customer back with a signature it verifies, and refuses anything altered or unsigned', async () => {
    const provider = demoPaymentProvider(db, SECRET);
    const created = await provider.createPayment(request);
    const paid = await settleDemoBankPayment(db, created.providerPaymentId, 'paid', new Date());
    const back = signedReturn(SECRET, paid!, new Date());
    expect(back.pathname).toBe('/customer/offer/tok/paid');
    expect(provider.verifyCallback(back.searchParams)).toEqual({
      ok: true,
      payment: { providerPaymentId: created.providerPaymentId, reference: 'VP27-ABC123', amountCents: 29000, currency: 'EUR', status: 'paid' },
    });

    const cheaper = new URLSearchParams(back.searchParams);
    cheaper.set('kuva-amount', '100');
    expect(provider.verifyCallback(cheaper)).toEqual({ ok: false, reason: 'bad_signature' });
    const unsigned = new URLSearchParams(back.searchParams);
    unsigned.delete('signature');
    expect(provider.verifyCallback(unsigned)).toEqual({ ok: false, reason: 'missing' });
    // Signed with another merchant's secret.
    expect(demoPaymentProvider(db, 'b'.repeat(40)).verifyCallback(back.searchParams)).toEqual({ ok: false, reason: 'bad_signature' });
    // Signed correctly but saying nothing usable.
    const odd = { 'kuva-payment-id': created.providerPaymentId, 'kuva-status': 'maybe' };
    expect(provider.verifyCallback(new URLSearchParams({ ...odd, signature: sign(SECRET, odd) }))).toEqual({ ok: false, reason: 'malformed' });
    // Parameters outside the provider's own prefix are neither signed nor read.
    const extra = new URLSearchParams(back.searchParams);
    extra.set('lang', 'en');
    expect(provider.verifyCallback(extra).ok).toBe(true);
  });

  it('a cancelled payment comes back to the cancel address, signed as cancelled', async () => {
    const provider = demoPaymentProvider(db, SECRET);
    const created = await provider.createPayment(request);
    const cancelled = await settleDemoBankPayment(db, created.providerPaymentId, 'cancelled', new Date());
    const back = signedReturn(SECRET, cancelled!, new Date());
    expect(back.pathname).toBe('/customer/offer/tok/cancelled');
    const check = provider.verifyCallback(back.searchParams);
    expect(check.ok && check.payment.status).toBe('cancelled');
    expect((await demoBankPayment(db, created.providerPaymentId))?.language).toBe('sv');
    expect(await demoBankPayment(db, 'not-a-uuid')).toBeNull();
  });
});

describe('payment attempts', () => {
  it('match an answer only with the amount and reference asked for, and settle once', async () => {
    const provider = demoPaymentProvider(db, SECRET);
    const created = await provider.createPayment(request);
    const attempt = await recordAttempt(db, { orderId: request.orderId, provider: 'demo', providerPaymentId: created.providerPaymentId, reference: request.reference, amountCents: 29000 }, new Date());
    const answer = { providerPaymentId: created.providerPaymentId, reference: request.reference, amountCents: 29000, currency: 'EUR', status: 'paid' as const };
    expect(await matchAttempt(db, 'demo', answer)).toEqual({ ok: true, attempt });
    expect(await matchAttempt(db, 'demo', { ...answer, amountCents: 100 })).toEqual({ ok: false, reason: 'mismatch' });
    expect(await matchAttempt(db, 'demo', { ...answer, reference: 'VP27-OTHER' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(await matchAttempt(db, 'demo', { ...answer, currency: 'SEK' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(await matchAttempt(db, 'other', answer)).toEqual({ ok: false, reason: 'unknown_payment' });
    await markAttemptPaid(db, attempt.id, new Date());
    await settleAttempt(db, attempt.id, 'cancelled', new Date());
    const again = await matchAttempt(db, 'demo', answer);
    expect(again.ok && again.attempt.status).toBe('paid');
  });

  it('list a provider’s pending attempts begun in a window, oldest first', async () => {
    const t = (minutes: number) => new Date(Date.UTC(2031, 0, 1, 12, minutes));
    const begun = async (minutes: number, provider = 'window-test') =>
      recordAttempt(db, { orderId: request.orderId, provider, providerPaymentId: `p-${provider}-${minutes}`, reference: request.reference, amountCents: 100 }, t(minutes));
    const early = await begun(0);
    const late = await begun(20);
    const settled = await begun(10);
    await begun(30);
    await begun(5, 'another');
    await settleAttempt(db, settled.id, 'cancelled', t(40));
    expect((await pendingAttempts(db, 'window-test', t(0), t(30), 10)).map((a) => a.id)).toEqual([early.id, late.id]);
    expect((await pendingAttempts(db, 'window-test', t(1), t(30), 10)).map((a) => a.id)).toEqual([late.id]);
    expect((await pendingAttempts(db, 'window-test', t(0), t(30), 1)).map((a) => a.id)).toEqual([early.id]);
  });
});

describe('payment settings', () => {
  it('pick the demo provider by default and refuse what they cannot use, naming the variable', () => {
    const demo = paymentSettings({});
    expect(demo.provider).toBe('demo');
    expect(demo.secret).toMatch(/^[0-9a-f]{64}$/);
    // Made once per process: the customer page, the callback and the bank all sign and check with it.
    expect(paymentSettings({}).secret).toBe(demo.secret);
    expect(paymentSettings({ KUVA_PAYMENT_SECRET: 's'.repeat(32), KUVA_PUBLIC_URL: 'https://venepaikat.example/' })).toEqual({
      provider: 'demo',
      secret: 's'.repeat(32),
      publicUrl: 'https://venepaikat.example',
    });
    expect(() => paymentSettings({ KUVA_PAYMENT_PROVIDER: 'paytrail' })).toThrow(/KUVA_PAYMENT_PROVIDER must be one of demo/);
    expect(() => paymentSettings({ KUVA_PAYMENT_SECRET: 'short' })).toThrow('KUVA_PAYMENT_SECRET must be at least 32 characters.');
    expect(() => paymentSettings({ KUVA_PUBLIC_URL: 'ftp://x' })).toThrow(/KUVA_PUBLIC_URL must start/);
  });
});
