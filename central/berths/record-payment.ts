import { randomUUID } from 'node:crypto';
import { decideRecordPayment } from '../../domain/berths/order-deciders.ts';
import type { Decision } from '../../domain/berths/decide.ts';
import { unappliedReason } from '../../domain/berths/payment-issue-reason.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { decideRecordWinterPayment } from '../../domain/berths/winter-deciders.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Db, Queryable } from '../db/db.ts';
import { lockAttempt, markAttemptPaid, type PaymentAttempt } from '../payments/attempts.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { loadOrderState } from './order-state.ts';
import { recordUnappliedPayment, type PayableFound } from './unapplied-payment.ts';
import { loadWinterState } from './winter-state.ts';
import { SYSTEM_ACTORS } from '../../domain/system-actors.ts';

/** Who the records name when the payment provider paid an order or a winter invoice. */
export const PAYMENT_PROVIDER_ACTOR = SYSTEM_ACTORS.paymentProvider;

/**
 * How a true payment ended: `paid` (its payable took it, now or at an earlier answer of the same
 * payment) or `unapplied` (no payable took it; staff see it to refund, decision 54).
 */
export type PaymentOutcome = 'paid' | 'unapplied';

/** A payment's decision on state loaded under the payable's locks, and what the payable was then. */
interface Loaded {
  decide: (ctx: CommandContext) => Decision;
  payable: PayableFound | null;
}

/**
 * Decides a payment in one transaction: the payable's locks, then the attempt's, the decision,
 * and the attempt settled with it. So the payable paid and its attempt paid are one fact, and a
 * refusal can tell this very payment answered again (its attempt is paid or unapplied already:
 * nothing more is recorded) from another payment of something paid meanwhile (this one is
 * unapplied). The puts go through the change feed, so the desks pull them as any command's.
 */
async function decideAndWrite(db: Db, attempt: PaymentAttempt, now: Date, load: (tx: Queryable) => Promise<Loaded>): Promise<PaymentOutcome> {
  return db.transaction(async (tx) => {
    const { decide, payable } = await load(tx);
    const settled = await lockAttempt(tx, attempt.id);
    if (settled === 'paid' || settled === 'unapplied') return settled;
    const decision = decide({
      commandId: randomUUID(),
      actor: PAYMENT_PROVIDER_ACTOR,
      now: now.toISOString(),
      recordedAt: now.toISOString(),
      today: helsinkiDate(now),
      baseVersion: null,
    });
    if (decision.ok) {
      const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
      // Under the locks nothing can have moved; a refusal here is a fault, and the transaction rolls back.
      if (refused) throw new Error(refused.message);
      await markAttemptPaid(tx, attempt.id, now);
    } else {
      // The page found the payable when the answer came; only the retention removes one, years on.
      if (!payable) throw new Error(`The payable ${attempt.orderId} of payment ${attempt.id} is gone.`);
      await recordUnappliedPayment(tx, attempt, payable, unappliedReason(payable.status, decision.code), now);
    }
    await numberChanges(tx);
    return decision.ok ? 'paid' : 'unapplied';
  });
}

const providerReference = (attempt: PaymentAttempt) => `${attempt.provider}:${attempt.providerPaymentId}`;

/**
 * The payment provider's confirmation of an online payment of an order: decided by the same pure
 * rule as every berth command (the order is paid, its lease paid, the application handled), under
 * the same locks, through the same write path. Staff cannot push it.
 */
export async function recordPayment(db: Db, attempt: PaymentAttempt, now = new Date()): Promise<PaymentOutcome> {
  return decideAndWrite(db, attempt, now, async (tx) => {
    const state = await loadOrderState(tx, { orderId: attempt.orderId });
    const order = state.order?.record;
    const input = { orderId: attempt.orderId, amountCents: attempt.amountCents, providerReference: providerReference(attempt) };
    return { decide: (ctx) => decideRecordPayment(state, input, ctx), payable: order ? { kind: 'order', customerId: order.customerId, status: order.status } : null };
  });
}

/**
 * The same for a winter storage invoice: decided by the rule a handler's "marked paid" runs (the
 * lease paid, the application handled, an unmarked lease the winter's next sticker), on state
 * loaded under that command's locks (application, lease, and the winter's sticker series when a
 * number is to be given), so a number is given exactly as the winter handler gives it.
 */
export async function recordWinterPayment(db: Db, attempt: PaymentAttempt, now = new Date()): Promise<PaymentOutcome> {
  return decideAndWrite(db, attempt, now, async (tx) => {
    const state = await loadWinterState(tx, 'berths.markWinterInvoicePaid', { leaseId: attempt.orderId });
    const lease = state.lease?.record;
    return {
      decide: (ctx) => decideRecordWinterPayment(state, { leaseId: attempt.orderId, amountCents: attempt.amountCents }, ctx),
      payable: lease ? { kind: 'winter_invoice', customerId: lease.customerId, status: lease.invoice.status } : null,
    };
  });
}
