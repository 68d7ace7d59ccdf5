import { BERTH_DECIDERS } from '../../../domain/berths/decide.ts';
import type { RecordPaymentPayload } from '../../../domain/berths/order-commands.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import type { CommandContext } from '../../../domain/sync/command-context.ts';
import type { CommandResult } from '../../../domain/sync/protocol.ts';
import type { z } from 'zod';
import { pgErrorInfo, type Db } from '../../db/db.ts';
import { commandHash } from '../../sync/command-identity.ts';
import { numberChanges, writePuts } from '../../sync/feed.ts';
import { loadOrderState } from '../order-state.ts';
import { actId, ensureActor, OFFER_PAGE_CLIENT_ID, OFFER_PAGE_USER } from './system-actor.ts';

const TYPE = 'berths.recordPayment';

/** A write the write rule refused: the transaction is rolled back and the refusal answered. */
class Refused extends Error {
  readonly result: CommandResult;
  constructor(result: CommandResult) {
    super(result.status === 'applied' ? 'applied' : result.message);
    this.result = result;
  }
}

/**
 * A payment the provider confirmed, recorded as the command `berths.recordPayment`. Staff cannot
 * push it (the berth command handler refuses it), so the page runs it here the way a push runs a
 * command: the order's state loaded under the same row locks, the same decider, the puts written
 * by the write rule into the change feed, and the command stored in the command log under an id
 * bound to the provider's payment. An id seen before answers its stored result: a payment
 * answer replayed, even two at once, is decided once.
 */
export async function recordProviderPayment(db: Db, payload: z.infer<typeof RecordPaymentPayload>, key: string, now: Date = new Date()): Promise<CommandResult> {
  await ensureActor(db);
  const id = actId(key);
  const stored = async () => (await db.query<{ result: CommandResult }>('SELECT result FROM commands WHERE id = $1', [id])).rows[0]?.result ?? null;
  const seen = await stored();
  if (seen) return seen;
  const ctx: CommandContext = {
    commandId: id,
    actor: { id: OFFER_PAGE_USER.id, name: OFFER_PAGE_USER.name },
    now: now.toISOString(),
    recordedAt: now.toISOString(),
    today: helsinkiDate(now),
    baseVersion: null,
  };
  try {
    return await db.transaction(async (tx) => {
      const state = await loadOrderState(tx, { orderId: payload.orderId });
      const decision = BERTH_DECIDERS[TYPE](state, payload, ctx);
      let result: CommandResult;
      if (decision.ok) {
        const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
        if (refused) throw new Refused({ id, status: 'rejected', code: refused.code, message: refused.message });
        await numberChanges(tx);
        result = { id, status: 'applied' };
      } else {
        result = decision.status === 'conflict'
          ? { id, status: 'conflict', code: decision.code, message: decision.message, current: decision.current ?? null }
          : { id, status: 'rejected', code: decision.code, message: decision.message };
      }
      await tx.query(
        `INSERT INTO commands (id, client_id, seq, user_id, type, payload, base_version, payload_hash, status, code, message, result, issued_at, received_at, decided_at)
         VALUES ($1, $2, 0, $3, $4, $5, NULL, $6, $7, $8, $9, $10, $11, $11, now())`,
        [
          id,
          OFFER_PAGE_CLIENT_ID,
          OFFER_PAGE_USER.id,
          TYPE,
          JSON.stringify(payload),
          commandHash(TYPE, payload, null),
          result.status,
          result.status === 'applied' ? null : result.code,
          result.status === 'applied' ? null : result.message,
          JSON.stringify(result),
          ctx.now,
        ],
      );
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    // The same answer decided meanwhile by another request: its result is the answer.
    const { code, constraint } = pgErrorInfo(error);
    if (code === '23505' && constraint === 'commands_pkey') {
      const other = await stored();
      if (other) return other;
    }
    throw error;
  }
}
