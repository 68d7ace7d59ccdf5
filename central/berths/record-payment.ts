import { randomUUID } from 'node:crypto';
import { decideRecordPayment } from '../../domain/berths/order-deciders.ts';
import type { Decision } from '../../domain/berths/decide.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import type { Db } from '../db/db.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { loadOrderState } from './order-state.ts';

/** Who the records name when the payment provider paid an order. */
export const PAYMENT_PROVIDER_ACTOR = { id: 'payment-provider', name: 'Payment provider' } as const;

/**
 * The payment provider's confirmation of an online payment, for the central's payment route:
 * decided by the same pure rule as every berth command (the order is paid, its lease paid, the
 * application handled), under the same locks, through the same write path. Staff cannot push it.
 */
export async function recordPayment(db: Db, input: { orderId: string; amountCents: number; providerReference: string }, now = new Date()): Promise<Decision> {
  return db.transaction(async (tx) => {
    const state = await loadOrderState(tx, { orderId: input.orderId });
    const decision = decideRecordPayment(state, input, {
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
