import type { CustomerErasureCommandType, EraseCustomerPayload } from '../../domain/berths/customer-erasure-commands.ts';
import { decideEraseCustomer } from '../../domain/berths/customer-erasure.ts';
import type { Queryable } from '../db/db.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { CUSTOMER_MESSAGES_WHERE, customerMessageParams, loadCustomerErasureState } from './customer-gdpr-rows.ts';

/** What an erased message's recipient becomes (the outbox needs one of 1–320 characters). */
export const ERASED_RECIPIENT = 'erased';

/** Outbox rows the erasure found under the customer's locks, kept until the decision is written. */
const noted = (commandId: string) => `berths.erasure:${commandId}`;

/**
 * The central-only part of an erasure, in the command's savepoint: the customer's messages in the
 * notification outbox lose their recipient and parameters (a message not yet sent fails, so it is
 * never sent to an erased person), and the demo catcher's copies of them, or any caught message
 * addressed to the customer, lose their recipients and body.
 */
async function eraseMessages(tx: Queryable, params: [string[], string[], string[]]): Promise<void> {
  const erased = await tx.query<{ id: string }>(
    `UPDATE notification_outbox
        SET recipient = '${ERASED_RECIPIENT}', params = '{}'::jsonb,
            state = CASE WHEN state IN ('queued', 'sending') THEN 'failed' ELSE state END,
            last_error = CASE WHEN state IN ('queued', 'sending') THEN 'The recipient''s personal data was erased.' ELSE last_error END,
            claimed_until = NULL, claim_token = NULL
      WHERE ${CUSTOMER_MESSAGES_WHERE}
      RETURNING id::text AS id`,
    params,
    'erasure_outbox',
  );
  const [, emails, phones] = params;
  await tx.query(
    `UPDATE caught_message SET recipients = ARRAY['${ERASED_RECIPIENT}'], body = ''
      WHERE substring(message_id from '^<?([0-9a-f-]{36})') = ANY($1::text[])
         OR EXISTS (SELECT 1 FROM unnest(recipients) r WHERE lower(r) = ANY($2::text[]) OR r = ANY($3::text[]))`,
    [erased.rows.map((r) => r.id), emails, phones],
    'erasure_caught',
  );
}

/**
 * berths.eraseCustomer on the central: the domain decider the desk runs, fed with the customer's
 * rows under their locks (customer-gdpr-rows.ts). The synced rows it anonymises go out through the
 * feed like any command's; the outbox and the catcher, which no desk holds, are erased in `written`.
 */
export const customerErasureCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const payload = command.payload as EraseCustomerPayload;
    const state = await loadCustomerErasureState(tx, payload.customerId, true);
    const decision = decideEraseCustomer(state, payload, ctx);
    // The addresses as they were before the erasure, for `written`.
    if (decision.ok) cache.set(noted(command.id), customerMessageParams(state));
    return decision;
  },

  async written(tx, command, _puts, cache) {
    if ((command.type as CustomerErasureCommandType) !== 'berths.eraseCustomer') return;
    const params = cache.get(noted(command.id)) as [string[], string[], string[]] | undefined;
    cache.delete(noted(command.id));
    if (params) await eraseMessages(tx, params);
  },

  async explainViolation() {
    return null;
  },
};
