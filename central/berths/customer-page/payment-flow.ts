import type { Decision } from '../../../domain/berths/decision.ts';
import type { Db } from '../../db/db.ts';
import { matchAttempt, recordAttempt, settleAttempt } from '../../payments/attempts.ts';
import type { PaymentProvider } from '../../payments/provider.ts';
import type { ProviderPayment } from '../record-payment.ts';
import type { Notice } from './view.ts';

/** What a customer page asks the provider to be paid: an order, or a winter lease's invoice. */
export interface Payable {
  /** The order's or the winter lease's id: the attempt is kept under it. */
  id: string;
  /** The number the customer and the bank see. */
  reference: string;
  amountCents: number;
  /** One line for the provider's page. */
  description: string;
}

/**
 * How a page's payments are recorded: the decision on the payable (its own rule under its own
 * locks), and whether it is paid by such a payment now (a refusal because it already is).
 */
export interface PaymentRecorder {
  record(db: Db, payment: ProviderPayment, now: Date): Promise<Decision>;
  paidOnline(db: Db, id: string): Promise<boolean>;
}

/** Asks the provider for a payment of the total and remembers what was asked. */
export async function beginPayment(db: Db, provider: PaymentProvider, payable: Payable, urls: { returnUrl: string; cancelUrl: string }, lang: 'fi' | 'sv' | 'en'): Promise<string> {
  const created = await provider.createPayment({
    orderId: payable.id,
    reference: payable.reference,
    amountCents: payable.amountCents,
    currency: 'EUR',
    description: payable.description.replace(/\s+/g, ' ').trim(),
    language: lang,
    ...urls,
  });
  await recordAttempt(db, { orderId: payable.id, provider: provider.name, providerPaymentId: created.providerPaymentId, reference: payable.reference, amountCents: payable.amountCents }, new Date());
  return created.redirectUrl;
}

/**
 * The provider's answer, as the customer's browser brings it back: believed only when its
 * signature holds and it matches a payment the central asked for, for this payable and amount.
 * The payment is decided by the payable's own rule (record-payment.ts) under its row locks, so an
 * answer replayed (a reload, a second callback) finds it paid and pays nothing twice.
 */
export async function completePayment(db: Db, provider: PaymentProvider, recorder: PaymentRecorder, id: string, query: URLSearchParams, now: Date = new Date()): Promise<Notice> {
  const check = provider.verifyCallback(query);
  if (!check.ok) return 'payment_refused';
  const match = await matchAttempt(db, provider.name, id, check.payment);
  if (!match.ok) return 'payment_refused';
  const { attempt } = match;
  if (check.payment.status === 'cancelled') {
    await settleAttempt(db, attempt.id, 'cancelled', new Date());
    return 'payment_cancelled';
  }
  // Replayed (a reload, a second callback): the payment was recorded once already.
  if (attempt.status === 'paid') return 'paid';
  const decision = await recorder.record(db, { id, amountCents: attempt.amountCents, providerReference: `${provider.name}:${attempt.providerPaymentId}` }, now);
  // The same answer twice at once, or again after a crash before the attempt was settled: paid
  // already, by this very payment.
  if (!decision.ok && !(await recorder.paidOnline(db, id))) return 'not_possible';
  await settleAttempt(db, attempt.id, 'paid', new Date());
  return 'paid';
}
