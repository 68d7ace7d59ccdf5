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
  await storeCaughtMany(db, [m]);
}

/** Several messages in one statement, in the order given (their seq follows it). */
async function storeCaughtMany(db: Queryable, messages: readonly CaughtMessage[]): Promise<void> {
  await db.query(
    `INSERT INTO caught_message (channel, message_id, sender, recipients, subject, body)
     SELECT e->>'channel', e->>'message_id', e->>'sender', ARRAY(SELECT jsonb_array_elements_text(e->'recipients')), e->>'subject', e->>'body'
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS m(e, n)
      ORDER BY n`,
    [JSON.stringify(messages.map((m) => ({ channel: m.channel, message_id: m.messageId, sender: m.sender, recipients: m.recipients, subject: m.subject, body: m.body })))],
  );
}

/**
 * The catcher's store under load: messages arriving while one write is running go together in the
 * next, so a bulk send costs a few statements, not one per message. Each caller's promise settles
 * once its own message is written (the SMTP answer waits for it), or with the write's error.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function groupedCaughtStore(db: Queryable): (m: CaughtMessage) => Promise<void> {
  let waiting: { message: CaughtMessage; settle: (error?: unknown) => void }[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    for (;;) {
      // Messages that arrive together join one write. PGlite runs a statement on this thread, so
      // what arrived meanwhile is read only in a later turn of the event loop: wait a turn, and
      // one more (the next poll for I/O) before deciding that nothing more is waiting.
      await nextTurn();
      if (waiting.length === 0) await nextTurn();
      if (waiting.length === 0) break;
      const batch = waiting;
      waiting = [];
      try {
        await storeCaughtMany(db, batch.map((w) => w.message));
        for (const w of batch) w.settle();
      } catch (error) {
        // One message the table refuses must not fail the others: each is tried alone.
        if (batch.length === 1) batch[0]!.settle(error ?? new Error('the caught message could not be stored'));
        else for (const w of batch) await storeCaughtMany(db, [w.message]).then(() => w.settle(), (e: unknown) => w.settle(e ?? new Error('the caught message could not be stored')));
      }
    }
    writing = false;
  };
  return (message) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ message, settle: (error) => (error === undefined ? resolve() : reject(error instanceof Error ? error : new Error(String(error)))) });
      if (!writing) void drain();
    });
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
