import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../db/db.ts';
import { NotificationInput } from './message.ts';
import { NOTIFICATION_TEMPLATES } from './templates/index.ts';
import type { TemplateRegistry } from './templates/registry.ts';

/** Senders LISTEN here, so a committed message goes out at once instead of at the next tick. */
export const NOTIFY_CHANNEL = 'kuva_notification_outbox';

/** Rows per INSERT: a publish to thousands of families is a few statements, not thousands. */
const INSERT_CHUNK = 1000;

/**
 * Queues messages in the caller's transaction: they exist exactly when its decision commits, and
 * nothing is sent before that. Throws (so the caller's transaction rolls back) on a message that
 * could never be sent: an unknown template, a missing parameter, a malformed recipient. With
 * `skipMalformed`, a message whose fields fail their checks (an address that cannot be written
 * to) is left out instead, and the rest are queued. Answers the ids of the messages queued, which
 * are also the Message-IDs.
 */
export async function enqueueNotifications(
  tx: Queryable,
  messages: readonly NotificationInput[],
  opts: { now?: Date; templates?: TemplateRegistry; skipMalformed?: boolean } = {},
): Promise<string[]> {
  const templates = opts.templates ?? NOTIFICATION_TEMPLATES;
  const rows = messages.flatMap((input, i) => {
    const parsed = NotificationInput.safeParse(input);
    if (!parsed.success && opts.skipMalformed) return [];
    if (!parsed.success) throw new Error(`Notification ${i} cannot be queued: ${z.prettifyError(parsed.error)}`);
    const m = parsed.data;
    const template = templates.get(m.template);
    if (!template) throw new Error(`Notification ${i} cannot be queued: no template ${m.template}.`);
    const missing = template.params.filter((p) => m.params[p] === undefined);
    if (missing.length > 0) throw new Error(`Notification ${i} cannot be queued: template ${m.template} needs ${missing.join(', ')}.`);
    return [{ ...m, id: m.id ?? randomUUID() }];
  });
  const now = opts.now ?? new Date();
  // Delivered on commit only; the notice rides on the insert, a round trip per message saved.
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    await tx.query(
      `WITH queued AS (
         INSERT INTO notification_outbox
           (id, channel, recipient, language, template, params, workspace, entity_id, created_at, state, attempts, next_attempt_at)
         SELECT id, channel, recipient, language, template, params, workspace, entity_id, $9, 'queued', 0, $9
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[], $8::text[])
             AS m(id, channel, recipient, language, template, params, workspace, entity_id)
         RETURNING 1)
       SELECT pg_notify($10, '') FROM (SELECT 1 FROM queued LIMIT 1) AS any_queued`,
      [
        chunk.map((m) => m.id),
        chunk.map((m) => m.channel),
        chunk.map((m) => m.recipient),
        chunk.map((m) => m.language),
        chunk.map((m) => m.template),
        chunk.map((m) => JSON.stringify(m.params)),
        chunk.map((m) => m.workspace),
        chunk.map((m) => m.entityId ?? null),
        now,
        NOTIFY_CHANNEL,
      ],
    );
  }
  return rows.map((m) => m.id);
}

/** One message; see enqueueNotifications. */
export async function enqueueNotification(tx: Queryable, message: NotificationInput, opts: { now?: Date; templates?: TemplateRegistry } = {}): Promise<string> {
  const [id] = await enqueueNotifications(tx, [message], opts);
  return id as string;
}
