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

/**
 * Whose messages a reader may see: a booking message (its outbox row names the reservation) to
 * readers of that reservation's unit; every other message to the berth case readers. Unset: all.
 */
export interface CaughtReader {
  otherWorkspaces: boolean;
  bookingUnits: 'all' | readonly string[];
}

/** Newest first, `limit` at a time, older than `before` when given, only what `reader` may see. */
export async function listCaught(db: Queryable, opts: { before?: number; limit: number; reader?: CaughtReader }): Promise<CaughtPage> {
  const reader = opts.reader ?? { otherWorkspaces: true, bookingUnits: 'all' };
  // The Message-ID is the outbox id in angle brackets (email) or the bare id (SMS).
  const res = await db.query<Row>(
    `SELECT c.seq, c.channel, c.message_id, c.sender, c.recipients, c.subject, c.body, c.caught_at
       FROM caught_message c
       LEFT JOIN notification_outbox o ON o.id::text = substring(c.message_id from '^<?([0-9a-f-]{36})')
       LEFT JOIN reservation r ON o.workspace = 'bookings' AND r.id::text = o.entity_id
      WHERE ($1::bigint IS NULL OR c.seq < $1)
        AND (CASE WHEN o.workspace = 'bookings' THEN $3::boolean OR r.unit_id::text = ANY($4::text[]) ELSE $5::boolean END)
      ORDER BY c.seq DESC LIMIT $2`,
    [opts.before ?? null, opts.limit + 1, reader.bookingUnits === 'all', reader.bookingUnits === 'all' ? [] : [...reader.bookingUnits], reader.otherWorkspaces],
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
