import type { Decision } from '../../../domain/berths/decision.ts';
import type { Db } from '../../db/db.ts';
import { matchAttempt, recordAttempt, settleAttempt, type PaymentAttempt } from '../../payments/attempts.ts';
import type { PaymentProvider, VerifiedPayment } from '../../payments/provider.ts';
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

/**
 * The recorder of what an attempt pays, or null when the answer is not to be believed for it: the
 * return knows its page (and refuses an answer about another page's payment), the callback and
 * the reconciliation job find it from the attempt's id.
 */
export type RecorderOf = (db: Db, attempt: PaymentAttempt) => Promise<PaymentRecorder | null>;

/**
 * How a provider's answer ended: `paid` (recorded now, or before: the same payment is never
 * recorded twice), `cancelled`, `refused` (not a payment the central asked for, for this amount
 * and reference) or `not_possible` (a true payment the payable no longer takes: it has expired or
 * changed meanwhile; the attempt stays pending and staff see the money at the provider).
 */
export type Settled = 'paid' | 'cancelled' | 'refused' | 'not_possible';

/** Asks the provider for a payment of the total and remembers what was asked. */
export async function beginPayment(
  db: Db,
  provider: PaymentProvider,
  payable: Payable,
  urls: { returnUrl: string; cancelUrl: string; callbackUrl: string },
  lang: 'fi' | 'sv' | 'en',
  now: Date = new Date(),
): Promise<string> {
  const created = await provider.createPayment({
    orderId: payable.id,
    reference: payable.reference,
    amountCents: payable.amountCents,
    currency: 'EUR',
    description: payable.description.replace(/\s+/g, ' ').trim(),
    language: lang,
    ...urls,
  });
  await recordAttempt(db, { orderId: payable.id, provider: provider.name, providerPaymentId: created.providerPaymentId, reference: payable.reference, amountCents: payable.amountCents }, now);
  return created.redirectUrl;
}

/**
 * The one way a provider's verified answer is settled, whoever brings it: the customer's browser
 * at the return address, the provider's server-to-server callback, or the reconciliation job
 * that asked the provider. It is believed only when it matches a payment the central asked for
 * (provider, payment id, amount, reference), and the payment is decided by the payable's own rule
 * (record-payment.ts) under its row locks. A return and a callback of one payment, one after the
 * other or at once, therefore record it once: the second finds the attempt paid, or waits for the
 * first's locks and is refused by the rule as paid already, which is then this very payment.
 */
export async function settlePayment(db: Db, provider: PaymentProvider, payment: VerifiedPayment, recorderOf: RecorderOf, now: Date): Promise<Settled> {
  const match = await matchAttempt(db, provider.name, payment);
  if (!match.ok) return 'refused';
  const { attempt } = match;
  const recorder = await recorderOf(db, attempt);
  if (!recorder) return 'refused';
  if (payment.status === 'cancelled') {
    await settleAttempt(db, attempt.id, 'cancelled', now);
    return 'cancelled';
  }
  // Replayed (a reload, a second callback): the payment was recorded once already.
  if (attempt.status === 'paid') return 'paid';
  const decision = await recorder.record(db, { id: attempt.orderId, amountCents: attempt.amountCents, providerReference: `${provider.name}:${attempt.providerPaymentId}` }, now);
  // The same answer twice at once (the return and the callback), or again after a crash before
  // the attempt was settled: paid already, by this very payment.
  if (!decision.ok && !(await recorder.paidOnline(db, attempt.orderId))) return 'not_possible';
  await settleAttempt(db, attempt.id, 'paid', now);
  return 'paid';
}

const NOTICE_OF: Readonly<Record<Settled, Notice>> = { paid: 'paid', cancelled: 'payment_cancelled', refused: 'payment_refused', not_possible: 'not_possible' };

/**
 * The provider's answer as the customer's browser brings it back to a page: believed only when
 * its signature holds and it is about this page's own payable, then settled as any answer is.
 */
export async function completePayment(db: Db, provider: PaymentProvider, recorder: PaymentRecorder, id: string, query: URLSearchParams, now: Date = new Date()): Promise<Notice> {
  const check = provider.verifyCallback(query);
  if (!check.ok) return 'payment_refused';
  const settled = await settlePayment(db, provider, check.payment, async (_db, attempt) => (attempt.orderId === id ? recorder : null), now);
  return NOTICE_OF[settled];
}
