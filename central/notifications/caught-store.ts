import type { Queryable } from '../db/db.ts';
import type { Channel } from './message.ts';

/** A message the demo catcher or the demo SMS gateway received instead of a real recipient. */
export interface CaughtMessage {
  channel: Channel;
  /** The Message-ID (email, with its angle brackets) or the idempotency key (SMS). */
  messageId: string;
  sender: string;
  recipients: string[];
  subject: string;
  body: string;
}

export interface CaughtEntry extends CaughtMessage {
  seq: number;
  caughtAt: string;
}

export interface CaughtPage {
  messages: CaughtEntry[];
  /** Pass as `before` for the next (older) page; null on the last one. */
  next: number | null;
}

export async function storeCaught(db: Queryable, m: CaughtMessage): Promise<void> {
  await db.query(
    'INSERT INTO caught_message (channel, message_id, sender, recipients, subject, body) VALUES ($1, $2, $3, $4, $5, $6)',
    [m.channel, m.messageId, m.sender, m.recipients, m.subject, m.body],
  );
}

interface Row {
  seq: string | number;
  channel: Channel;
  message_id: string;
  sender: string;
  recipients: string[];
  subject: string;
  body: string;
  caught_at: Date;
}

/** Newest first, `limit` at a time, older than `before` when given. */
export async function listCaught(db: Queryable, opts: { before?: number; limit: number }): Promise<CaughtPage> {
  const res = await db.query<Row>(
    `SELECT seq, channel, message_id, sender, recipients, subject, body, caught_at FROM caught_message
      WHERE $1::bigint IS NULL OR seq < $1 ORDER BY seq DESC LIMIT $2`,
    [opts.before ?? null, opts.limit + 1],
  );
  const rows = res.rows.slice(0, opts.limit);
  const messages = rows.map((r) => ({
    seq: Number(r.seq),
    channel: r.channel,
    messageId: r.message_id,
    sender: r.sender,
    recipients: r.recipients,
    subject: r.subject,
    body: r.body,
    caughtAt: new Date(r.caught_at).toISOString(),
  }));
  const last = messages.at(-1);
  return { messages, next: res.rows.length > opts.limit && last ? last.seq : null };
}
