import { settlePayment, type Settled } from '../berths/customer-page/payment-flow.ts';
import { pageRecorderOf } from '../berths/customer-page/routes.ts';
import type { Db } from '../db/db.ts';
import { pendingAttempts } from './attempts.ts';
import type { PaymentProvider } from './provider.ts';
import { paymentProvider, paymentSettings } from './settings.ts';

/**
 * An attempt nobody came back from for this long is asked about: the return and the callback have
 * had their time. The daily round asks about every pending one at once, before the expiry jobs, so
 * a payment made late on the due day whose answers were lost is recorded, not expired.
 */
export const ASK_AFTER_MS = 30 * 60_000;
/**
 * And no longer than this after it was begun: an offer or an invoice is payable for days, not
 * weeks, and a customer who left the bank page without paying leaves an attempt pending for good.
 */
export const ASK_FOR_MS = 7 * 86_400_000;
/** At most this many questions to the provider in one run; the rest wait for the next hour. */
export const ASK_AT_MOST = 500;

export interface Reconciled {
  /** Attempt ids by what became of them. */
  paid: string[];
  cancelled: string[];
  /** Still pending, or unknown, at the provider: asked again next time. */
  pending: string[];
  /** Paid at the provider, taken by no payable (paid already, expired, cancelled, changed): recorded for staff to refund (decision 54). */
  unapplied: string[];
  /** The provider's answer did not match a payable the central knows. */
  notRecorded: string[];
}

/**
 * The hourly status check of payments nobody came back from (decision 31): each attempt still
 * pending 30 minutes after it was begun is asked about at the provider, and a paid or cancelled
 * one is settled by the very path the return and the callback take (payment-flow.ts), so one that
 * is answered meanwhile is recorded once all the same. Times are the central's clock, as the
 * attempts'. A question that fails is left for the next run; the run goes on and then fails with
 * their count, for the job log.
 */
export async function reconcilePendingPayments(
  db: Db,
  now: Date,
  provider: PaymentProvider = paymentProvider(db, paymentSettings()),
  askAfterMs: number = ASK_AFTER_MS,
): Promise<Reconciled> {
  const asked = await pendingAttempts(db, provider.name, new Date(now.getTime() - ASK_FOR_MS), new Date(now.getTime() - askAfterMs), ASK_AT_MOST);
  const result: Reconciled = { paid: [], cancelled: [], pending: [], unapplied: [], notRecorded: [] };
  const failed: string[] = [];
  for (const attempt of asked) {
    try {
      const status = await provider.paymentStatus(attempt.providerPaymentId);
      if (status !== 'paid' && status !== 'cancelled') {
        result.pending.push(attempt.id);
        continue;
      }
      // The provider's own word on its own payment: the amount and reference are those it was asked for.
      const payment = { providerPaymentId: attempt.providerPaymentId, reference: attempt.reference, amountCents: attempt.amountCents, currency: 'EUR', status };
      const settled: Settled = await settlePayment(db, provider, payment, pageRecorderOf, now);
      (settled === 'refused' ? result.notRecorded : result[settled]).push(attempt.id);
    } catch (error) {
      failed.push(`${attempt.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed.length > 0) throw new Error(`${failed.length} of ${asked.length} pending payments could not be checked (${failed.slice(0, 3).join('; ')})`);
  return result;
}
