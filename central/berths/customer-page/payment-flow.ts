import type { Db } from '../../db/db.ts';
import { matchAttempt, recordAttempt, settleAttempt } from '../../payments/attempts.ts';
import type { PaymentProvider } from '../../payments/provider.ts';
import type { LoadedOffer } from './offer-store.ts';
import { recordPayment } from '../record-payment.ts';
import type { Notice } from './view.ts';

/** Asks the provider for a payment of the order's total and remembers what was asked. */
export async function beginPayment(db: Db, provider: PaymentProvider, offer: LoadedOffer, urls: { returnUrl: string; cancelUrl: string }, lang: 'fi' | 'sv' | 'en'): Promise<string> {
  const { view } = offer;
  const created = await provider.createPayment({
    orderId: view.orderId,
    reference: view.orderNumber,
    amountCents: view.totalCents,
    currency: 'EUR',
    description: `${view.harbour[lang]} ${view.pier} ${view.berthNumber}`.replace(/\s+/g, ' ').trim(),
    language: lang,
    ...urls,
  });
  await recordAttempt(db, { orderId: view.orderId, provider: provider.name, providerPaymentId: created.providerPaymentId, reference: view.orderNumber, amountCents: view.totalCents }, new Date());
  return created.redirectUrl;
}

/**
 * The provider's answer, as the customer's browser brings it back: believed only when its
 * signature holds and it matches a payment the central asked for, for this order and amount.
 * The payment is decided by the order's own rule (record-payment.ts) under its row locks, so an
 * answer replayed (a reload, a second callback) finds the order paid and pays nothing twice.
 */
export async function completePayment(db: Db, provider: PaymentProvider, orderId: string, query: URLSearchParams, now: Date = new Date()): Promise<Notice> {
  const check = provider.verifyCallback(query);
  if (!check.ok) return 'payment_refused';
  const match = await matchAttempt(db, provider.name, orderId, check.payment);
  if (!match.ok) return 'payment_refused';
  const { attempt } = match;
  if (check.payment.status === 'cancelled') {
    await settleAttempt(db, attempt.id, 'cancelled', new Date());
    return 'payment_cancelled';
  }
  // Replayed (a reload, a second callback): the payment was recorded once already.
  if (attempt.status === 'paid') return 'paid';
  const decision = await recordPayment(db, { orderId, amountCents: attempt.amountCents, providerReference: `${provider.name}:${attempt.providerPaymentId}` }, now);
  if (!decision.ok) {
    // The same answer twice at once, or again after a crash before the attempt was settled: the
    // order is paid already, by this very payment.
    const now = await db.query<{ status: string }>("SELECT data->>'status' AS status FROM berth_order WHERE id = $1", [orderId]);
    if (now.rows[0]?.status !== 'paid') return 'not_possible';
  }
  await settleAttempt(db, attempt.id, 'paid', new Date());
  return 'paid';
}
