import type { Db } from '../../db/db.ts';
import { matchAttempt, recordAttempt, settleAttempt, type PaymentAttempt } from '../../payments/attempts.ts';
import type { PaymentProvider, VerifiedPayment } from '../../payments/provider.ts';
import type { PaymentOutcome } from '../record-payment.ts';
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
 * How a page's payments are recorded: the decision on the payable by its own rule under its own
 * locks, with the attempt settled in the same transaction (record-payment.ts).
 */
export interface PaymentRecorder {
  record(db: Db, attempt: PaymentAttempt, now: Date): Promise<PaymentOutcome>;
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
 * and reference) or `unapplied` (a true payment no payable took: paid already by another payment,
 * expired, cancelled or changed meanwhile; its attempt is settled so and staff see it to refund,
 * decision 54).
 */
export type Settled = 'paid' | 'cancelled' | 'refused' | 'unapplied';

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
 * (record-payment.ts) under its row locks and then the attempt's, with the attempt settled in the
 * same transaction. A return and a callback of one payment, one after the other or at once,
 * therefore record it once: the second finds the attempt settled. A second payment of something
 * paid meanwhile (two tabs, two payments) finds its own attempt pending and becomes unapplied.
 */
export async function settlePayment(db: Db, provider: PaymentProvider, payment: VerifiedPayment, recorderOf: RecorderOf, now: Date): Promise<Settled> {
  const match = await matchAttempt(db, provider.name, payment);
  if (!match.ok) return 'refused';
  const { attempt } = match;
  const recorder = await recorderOf(db, attempt);
  if (!recorder) return 'refused';
  // Replayed (a reload, a second callback): the payment was settled once already.
  if (attempt.status === 'paid' || attempt.status === 'unapplied') return attempt.status;
  if (payment.status === 'cancelled') {
    await settleAttempt(db, attempt.id, 'cancelled', now);
    return 'cancelled';
  }
  return recorder.record(db, attempt, now);
}

const NOTICE_OF: Readonly<Record<Settled, Notice>> = { paid: 'paid', cancelled: 'payment_cancelled', refused: 'payment_refused', unapplied: 'payment_unapplied' };

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
