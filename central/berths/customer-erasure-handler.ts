import type { CustomerErasureCommandType, EraseCustomerPayload } from '../../domain/berths/customer-erasure-commands.ts';
import { decideEraseCustomer } from '../../domain/berths/customer-erasure.ts';
import type { Queryable } from '../db/db.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { asUuid, CUSTOMER_MESSAGES_WHERE, customerMessageParams, type CustomerMessageParams, loadCustomerErasureState } from './customer-gdpr-rows.ts';

/** What an erased message's recipient becomes (the outbox needs one of 1–320 characters). */
export const ERASED_RECIPIENT = 'erased';

/** Outbox rows the erasure found under the customer's locks, kept until the decision is written. */
const noted = (commandId: string) => `berths.erasure:${commandId}`;

/**
 * The central-only part of an erasure, in the command's savepoint: the customer's messages in the
 * notification outbox (CUSTOMER_MESSAGES_WHERE, the export's rule) lose their recipient and
 * parameters (a message not yet sent fails, so it is never sent to an erased person). The demo
 * catcher's copies of those lose their recipients and body; a caught message at one of the
 * customer's addresses does too unless it is the copy of an outbox row this erasure left alone,
 * which is another customer's (or another workspace's): a copy follows its outbox row.
 */
async function eraseMessages(tx: Queryable, params: CustomerMessageParams): Promise<void> {
  const erased = await tx.query<{ id: string }>(
    `UPDATE notification_outbox o
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
  // The Message-ID is the outbox id in angle brackets (email) or the bare id (SMS).
  const copyOf = `substring(c.message_id from '^<?([0-9a-f-]{36})')`;
  await tx.query(
    `UPDATE caught_message c SET recipients = ARRAY['${ERASED_RECIPIENT}'], body = ''
      WHERE ${copyOf} = ANY($1::text[])
         OR (EXISTS (SELECT 1 FROM unnest(c.recipients) r WHERE lower(r) = ANY($2::text[]) OR r = ANY($3::text[]))
             AND NOT EXISTS (SELECT 1 FROM notification_outbox o WHERE o.id = ${asUuid(copyOf)}))`,
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
    const params = cache.get(noted(command.id)) as CustomerMessageParams | undefined;
    cache.delete(noted(command.id));
    if (params) await eraseMessages(tx, params);
  },

  async explainViolation() {
    return null;
  },
};
