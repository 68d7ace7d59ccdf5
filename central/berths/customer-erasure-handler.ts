import type { CustomerErasureCommandType, EraseCustomerPayload } from '../../domain/berths/customer-erasure-commands.ts';
import { customerPersonalValues, decideEraseCustomer } from '../../domain/berths/customer-erasure.ts';
import { erasedCommandPayload, erasedCommandResult, rewritten, type PersonalValues } from '../../domain/berths/customer-erasure-history.ts';
import { MAX_SUBJECT_IDS } from '../../domain/audit/entry.ts';
import { recordCentralReads } from '../audit/record.ts';
import type { Queryable } from '../db/db.ts';
import { deleteDocuments } from '../documents/document-store.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { asUuid, CUSTOMER_MESSAGES_WHERE, customerMessageParams, type CustomerMessageParams, customerRecordIds, loadCustomerErasureState } from './customer-gdpr-rows.ts';

/** What an erased message's recipient becomes (the outbox needs one of 1–320 characters). */
export const ERASED_RECIPIENT = 'erased';

/** What the erasure found under the customer's locks, kept until the decision is written. */
/** The chunk's erasures, for `chunkWritten`. */
const CHUNK_ERASURES = 'berths.erasure:chunk';
const noted = (commandId: string) => `berths.erasure:${commandId}`;
interface Noted {
  /** The outbox's rule's parameters, with the addresses as they were. */
  params: CustomerMessageParams;
  customerId: string;
  /** Every id of the customer's records, as a stored command's payload names them. */
  recordIds: string[];
  values: PersonalValues;
  actor: { id: string; name: string };
  /** The events the decision rewrites, as `entity:id` for the audit. */
  events: string[];
  /** The certificates' scans, deleted with the erasure. */
  scans: string[];
}

/**
 * Lets this transaction rewrite these rows of the append-only history (migration 054): the
 * trigger allows an UPDATE of the personal parts of a row named in `kuva.erasure` only. Set in the
 * command's savepoint, so a refusal rolling back to it takes the permission back with it; the
 * transaction ends with the chunk, and the setting with it.
 */
async function allowRewrite(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `SELECT set_config('kuva.erasure', concat_ws(',', nullif(current_setting('kuva.erasure', true), ''), $1::text), true)`,
    [ids.join(',')],
    'erasure_allow_rewrite',
  );
}

/**
 * The commands the central stored that name one of the customer's records (any string in the
 * payload equal to one of their ids) lose the personal data in their payload and a conflict's
 * stored record (domain/berths/customer-erasure-history.ts). Their ids, times, type, status and
 * payload hash stay: a desk replaying one still gets its answer. Answers the rewritten ids.
 */
async function eraseCommands(tx: Queryable, n: Noted): Promise<string[]> {
  const found = await tx.query<{ id: string; type: string; payload: unknown; result: unknown }>(
    `SELECT id::text AS id, type, payload, result FROM commands c
      WHERE EXISTS (SELECT 1 FROM jsonb_path_query(c.payload, 'strict $.**') v WHERE jsonb_typeof(v) = 'string' AND v #>> '{}' = ANY($1::text[]))
      ORDER BY id FOR UPDATE`,
    [n.recordIds],
    'erasure_commands',
  );
  const changed = found.rows.flatMap((r) => {
    const payload = erasedCommandPayload(r.type, r.payload, n.values);
    const result = erasedCommandResult(r.result);
    return rewritten(r.payload, payload) || rewritten(r.result, result) ? [{ id: r.id, payload, result }] : [];
  });
  if (changed.length === 0) return [];
  await allowRewrite(
    tx,
    changed.map((c) => c.id),
  );
  await tx.query(
    `UPDATE commands c SET payload = x.payload, result = x.result FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, payload jsonb, result jsonb) WHERE c.id = x.id`,
    [JSON.stringify(changed)],
    'erasure_commands_rewrite',
  );
  return changed.map((c) => c.id);
}

/** The audit keeps what the erasure rewrote in the append-only history: one row per 200 subjects, under the customer's id. */
async function auditRewrite(tx: Queryable, commandId: string, n: Noted, subjects: readonly string[]): Promise<void> {
  if (subjects.length === 0) return;
  const rows = [];
  for (let i = 0; i < subjects.length; i += MAX_SUBJECT_IDS) {
    rows.push({
      actor: n.actor,
      subjectKind: 'erasure_rewrite' as const,
      subjectIds: subjects.slice(i, i + MAX_SUBJECT_IDS),
      workspace: 'berths',
      partition: n.customerId,
      purpose: 'gdpr_request' as const,
      purposeText: `berths.eraseCustomer ${commandId}`,
      detail: { rows: subjects.length },
    });
  }
  await recordCentralReads(tx, rows);
}

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
 * rows under their locks (customer-gdpr-rows.ts). The synced rows it anonymises, their case
 * history's events among them (decision 52), go out through the feed like any command's; the
 * outbox and the catcher, which no desk holds, are erased once it is written, and the stored
 * commands once the chunk has stored its own (one pushed with the erasure is erased too); the
 * audit records every history row rewritten.
 */
export const customerErasureCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const payload = command.payload as EraseCustomerPayload;
    const state = await loadCustomerErasureState(tx, payload.customerId, true);
    const decision = decideEraseCustomer(state, payload, ctx);
    if (!decision.ok) return decision;
    const events = decision.puts.filter((p) => p.entity === 'application_event' || p.entity === 'winter_event');
    // The feed writes the puts after this (perhaps with the chunk's others): allowed from here on.
    await allowRewrite(
      tx,
      events.map((p) => p.record.id),
    );
    // The addresses and values as they were before the erasure, for `written`.
    const boats = state.boats.map((b) => b.record.id);
    cache.set(noted(command.id), {
      params: customerMessageParams(state),
      customerId: payload.customerId,
      recordIds: [payload.customerId, ...boats, ...customerRecordIds(state)],
      values: customerPersonalValues(state),
      actor: { id: ctx.actor.id, name: ctx.actor.name },
      events: events.map((p) => `${p.entity}:${p.record.id}`),
      scans: state.certificates.flatMap((c) => (c.record.document ? [c.record.document.id] : [])),
    } satisfies Noted);
    return decision;
  },

  async written(tx, command, _puts, cache) {
    if ((command.type as CustomerErasureCommandType) !== 'berths.eraseCustomer') return;
    const n = cache.get(noted(command.id)) as Noted | undefined;
    cache.delete(noted(command.id));
    if (!n) return;
    await eraseMessages(tx, n.params);
    await deleteDocuments(tx, n.scans);
    const erased = (cache.get(CHUNK_ERASURES) as { commandId: string; noted: Noted }[] | undefined) ?? [];
    cache.set(CHUNK_ERASURES, [...erased, { commandId: command.id, noted: n }]);
  },

  // After the chunk's commands are stored, so that one pushed with the erasure is erased as well.
  async chunkWritten(tx, cache) {
    const erased = (cache.get(CHUNK_ERASURES) as { commandId: string; noted: Noted }[] | undefined) ?? [];
    cache.delete(CHUNK_ERASURES);
    for (const { commandId, noted: n } of erased) {
      const commands = await eraseCommands(tx, n);
      await auditRewrite(tx, commandId, n, [...n.events, ...commands.map((id) => `command:${id}`)]);
    }
  },

  async explainViolation() {
    return null;
  },
};
