import { randomUUID } from 'node:crypto';
import { decideRecordPayment } from '../../domain/berths/order-deciders.ts';
import type { Decision } from '../../domain/berths/decide.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { decideRecordWinterPayment } from '../../domain/berths/winter-deciders.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Db, Queryable } from '../db/db.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { loadOrderState } from './order-state.ts';
import { loadWinterState } from './winter-state.ts';

/** Who the records name when the payment provider paid an order or a winter invoice. */
export const PAYMENT_PROVIDER_ACTOR = { id: 'payment-provider', name: 'Payment provider' } as const;

/** A verified payment: what it paid (the order, or the winter lease whose invoice it is), how much, and the provider's own key for it. */
export interface ProviderPayment {
  id: string;
  amountCents: number;
  providerReference: string;
}

/**
 * Decides a payment in one transaction on state loaded under the locks `load` takes, and writes
 * its puts through the change feed, so the desks pull them as any command's.
 */
async function decideAndWrite(db: Db, now: Date, load: (tx: Queryable) => Promise<(ctx: CommandContext) => Decision>): Promise<Decision> {
  return db.transaction(async (tx) => {
    const decide = await load(tx);
    const decision = decide({
      commandId: randomUUID(),
      actor: PAYMENT_PROVIDER_ACTOR,
      now: now.toISOString(),
      recordedAt: now.toISOString(),
      today: helsinkiDate(now),
      baseVersion: null,
    });
    if (!decision.ok) return decision;
    const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
    // Under the locks nothing can have moved; a refusal here is a fault, and the transaction rolls back.
    if (refused) throw new Error(refused.message);
    await numberChanges(tx);
    return decision;
  });
}

/**
 * The payment provider's confirmation of an online payment, for the central's payment route:
 * decided by the same pure rule as every berth command (the order is paid, its lease paid, the
 * application handled), under the same locks, through the same write path. Staff cannot push it.
 */
export async function recordPayment(db: Db, input: { orderId: string; amountCents: number; providerReference: string }, now = new Date()): Promise<Decision> {
  return decideAndWrite(db, now, async (tx) => {
    const state = await loadOrderState(tx, { orderId: input.orderId });
    return (ctx) => decideRecordPayment(state, input, ctx);
  });
}

/**
 * The same for a winter storage invoice: decided by the rule a handler's "marked paid" runs (the
 * lease paid, the application handled, an unmarked lease the winter's next sticker), on state
 * loaded under that command's locks (application, lease, and the winter's sticker series when a
 * number is to be given), so a number is given exactly as the winter handler gives it.
 */
export async function recordWinterPayment(db: Db, input: ProviderPayment, now = new Date()): Promise<Decision> {
  return decideAndWrite(db, now, async (tx) => {
    const state = await loadWinterState(tx, 'berths.markWinterInvoicePaid', { leaseId: input.id });
    return (ctx) => decideRecordWinterPayment(state, { leaseId: input.id, amountCents: input.amountCents }, ctx);
  });
}
