import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.ts';
import type { Channel, NotificationRow, OutgoingMessage } from './message.ts';
import { NOTIFY_CHANNEL } from './enqueue.ts';
import { NOTIFICATION_TEMPLATES } from './templates/index.ts';
import type { TemplateRegistry } from './templates/registry.ts';
import { renderTemplate } from './templates/template.ts';
import { TransportError, type NotificationTransport } from './transports/transport.ts';

export interface SenderOptions {
  transports: Partial<Record<Channel, NotificationTransport>>;
  templates?: TemplateRegistry;
  /** The sender's idea of now: leases and retries are measured on it (tests move it). */
  now?: () => Date;
  /** How long a claim holds. A sender that dies leaves its claims for this long. */
  leaseMs?: number;
  /** The longest one delivery may take (the transports' timeout, 20 s by default): no send starts when it could outlast the lease. */
  sendTimeoutMs?: number;
  /** Messages claimed at once. */
  batch?: number;
  /** Deliveries in flight at once. */
  concurrency?: number;
  /** Attempts before a message is given up as failed. */
  maxAttempts?: number;
  /** Wait before attempt n + 1 after n failed ones. */
  backoffMs?(attempts: number): number;
  /** Resolves when desks are not waiting on this central (central/sync/desk-activity.ts): deliveries come after them. */
  waitForDesks?: () => Promise<void>;
}

export interface RunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** Claimed but left for later: the lease ran short before their turn came. */
  released: number;
}

/** 30 s, 1 min, 2 min, ... capped at an hour: a mail server's hiccup and an outage both pass. */
export function exponentialBackoff(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Time allowed for writing a batch's outcome after its last delivery, still inside the lease. */
const OUTCOME_WRITE_MS = 5000;

/** Longer errors are cut: the column is for a person to read, not for a stack trace. */
const ERROR_KEPT = 1000;

/**
 * Delivers due messages from the outbox. Safe to run in every central process at once: a claim
 * takes rows under FOR UPDATE SKIP LOCKED and marks them `sending` with a lease and a token in
 * one statement, so no two senders hold a message at the same time; a sender that dies leaves
 * its claims to be taken again when the lease runs out (the attempt it was making counts). Every
 * later write names the claim's token, so a sender whose lease was taken over changes nothing.
 */
export class NotificationSender {
  readonly #db: Db;
  readonly #transports: Partial<Record<Channel, NotificationTransport>>;
  readonly #templates: TemplateRegistry;
  readonly #now: () => Date;
  readonly #leaseMs: number;
  readonly #sendTimeoutMs: number;
  readonly #batch: number;
  readonly #concurrency: number;
  readonly #maxAttempts: number;
  readonly #backoff: (attempts: number) => number;
  readonly #waitForDesks: () => Promise<void>;
  #running: Promise<RunResult> | null = null;
  #again = false;
  #timer: NodeJS.Timeout | null = null;
  #unlisten: (() => Promise<void>) | null = null;
  #stopped = false;
  #stopping!: () => void;
  /** Resolves at stop(): a run waiting for desks to go quiet ends there instead. */
  readonly #stoppedSignal = new Promise<void>((resolve) => {
    this.#stopping = resolve;
  });

  constructor(db: Db, opts: SenderOptions) {
    this.#db = db;
    this.#transports = opts.transports;
    this.#templates = opts.templates ?? NOTIFICATION_TEMPLATES;
    this.#now = opts.now ?? (() => new Date());
    this.#sendTimeoutMs = opts.sendTimeoutMs ?? 20_000;
    this.#leaseMs = opts.leaseMs ?? 120_000;
    if (this.#leaseMs <= this.#sendTimeoutMs + OUTCOME_WRITE_MS) throw new Error('The lease must be longer than one delivery and the writing of its outcome may take.');
    this.#batch = opts.batch ?? 100;
    this.#concurrency = opts.concurrency ?? 8;
    this.#maxAttempts = opts.maxAttempts ?? 8;
    this.#backoff = opts.backoffMs ?? exponentialBackoff;
    this.#waitForDesks = opts.waitForDesks ?? (() => Promise.resolve());
  }

  /** Claims one batch of due messages and delivers it. */
  async runOnce(): Promise<RunResult> {
    const token = randomUUID();
    const now = this.#now();
    const leaseEnd = new Date(now.getTime() + this.#leaseMs);
    await this.#giveUpAbandoned(now);
    const claimed = await this.#db.query<NotificationRow>(
      `WITH due AS (
         SELECT id FROM notification_outbox
          WHERE (state = 'queued' AND next_attempt_at <= $1) OR (state = 'sending' AND claimed_until <= $1)
          ORDER BY next_attempt_at, created_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED)
       UPDATE notification_outbox o
          SET state = 'sending', claimed_until = $3, claim_token = $4, attempts = o.attempts + 1
         FROM due WHERE o.id = due.id
       RETURNING o.*`,
      [now, this.#batch, leaseEnd, token],
    );
    const result: RunResult = { claimed: claimed.rows.length, sent: 0, retried: 0, failed: 0, released: 0 };
    const queue = claimed.rows.toSorted((a, b) => +new Date(a.created_at) - +new Date(b.created_at));
    const delivered: string[] = [];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        if (await this.#deliver(row, token, leaseEnd, result)) delivered.push(row.id);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(this.#concurrency, queue.length) }, worker));
    } finally {
      // One write for the batch's deliveries: a sender dying before it resends them (at least once).
      if (delivered.length > 0) await this.#markSent(delivered, token);
    }
    return result;
  }

  /** A message whose last attempt ended with its sender's death, and that has no attempts left. */
  async #giveUpAbandoned(now: Date): Promise<void> {
    await this.#db.query(
      `UPDATE notification_outbox
          SET state = 'failed', claimed_until = NULL, claim_token = NULL,
              last_error = left('The sender stopped during the last attempt' || coalesce('; before that: ' || last_error, ''), $3)
        WHERE state = 'sending' AND claimed_until <= $1 AND attempts >= $2`,
      [now, this.#maxAttempts, ERROR_KEPT],
    );
  }

  async #markSent(ids: string[], token: string): Promise<void> {
    await this.#db.query(
      `UPDATE notification_outbox SET state = 'sent', sent_at = $3, claimed_until = NULL, claim_token = NULL, last_error = NULL
        WHERE id = ANY($1::uuid[]) AND claim_token = $2 AND state = 'sending'`,
      [ids, token, this.#now()],
    );
  }

  /** True when the message was delivered (marked sent with the batch), false when its outcome is written already. */
  async #deliver(row: NotificationRow, token: string, leaseEnd: Date, result: RunResult): Promise<boolean> {
    // A send (or the write of its outcome) that could still be running when the lease ends could be made twice.
    if (this.#now().getTime() + this.#sendTimeoutMs + OUTCOME_WRITE_MS > leaseEnd.getTime()) {
      await this.#db.query(
        `UPDATE notification_outbox SET state = 'queued', attempts = attempts - 1, claimed_until = NULL, claim_token = NULL
          WHERE id = $1 AND claim_token = $2 AND state = 'sending'`,
        [row.id, token],
      );
      result.released++;
      return false;
    }
    let error: TransportError | null = null;
    try {
      await this.#transport(row.channel).send(this.#render(row));
    } catch (e) {
      error = e instanceof TransportError ? e : new TransportError(e instanceof Error ? e.message : String(e), true);
    }
    if (!error) {
      result.sent++;
      return true;
    }
    const now = this.#now();
    const giveUp = error.permanent || row.attempts >= this.#maxAttempts;
    await this.#db.query(
      `UPDATE notification_outbox
          SET state = $3, next_attempt_at = $4, last_error = $5, claimed_until = NULL, claim_token = NULL
        WHERE id = $1 AND claim_token = $2 AND state = 'sending'`,
      [row.id, token, giveUp ? 'failed' : 'queued', new Date(now.getTime() + (giveUp ? 0 : this.#backoff(row.attempts))), error.message.slice(0, ERROR_KEPT)],
    );
    if (giveUp) result.failed++;
    else result.retried++;
    return false;
  }

  #transport(channel: Channel): NotificationTransport {
    const transport = this.#transports[channel];
    if (!transport) throw new TransportError(`No transport for ${channel} is configured.`, true);
    return transport;
  }

  /** At send time, so a corrected template text reaches messages still waiting. */
  #render(row: NotificationRow): OutgoingMessage {
    const template = this.#templates.get(row.template);
    if (!template) throw new TransportError(`No template ${row.template}.`, true);
    try {
      const text = renderTemplate(template, row.language, row.params);
      return { id: row.id, channel: row.channel, recipient: row.recipient, language: row.language, subject: text.subject, text: row.channel === 'sms' ? text.sms : text.body };
    } catch (e) {
      throw new TransportError(e instanceof Error ? e.message : String(e), true);
    }
  }

  /** Runs now, or once more right after the run in progress: pokes are never lost, never stacked. */
  poke(): Promise<RunResult> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async (): Promise<RunResult> => {
      let last: RunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, released: 0 };
      do {
        this.#again = false;
        await Promise.race([this.#waitForDesks(), this.#stoppedSignal]);
        if (this.#stopped) break;
        last = await this.runOnce();
        // A full batch means more may be due: carry on without waiting for the timer.
      } while (!this.#stopped && (this.#again || last.claimed === this.#batch));
      return last;
    };
    this.#running = run().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  /** Runs every `intervalMs` and whenever a transaction that queued a message commits. */
  async start(intervalMs: number): Promise<void> {
    const tick = () => {
      if (this.#stopped) return;
      // A database that is down is tried again at the next tick; the messages wait in the outbox.
      this.poke()
        .catch(() => {})
        .finally(() => {
          if (!this.#stopped) this.#timer = setTimeout(tick, intervalMs);
        });
    };
    this.#unlisten = await this.#db.listen(NOTIFY_CHANNEL, () => {
      if (!this.#stopped) this.poke().catch(() => {});
    });
    tick();
  }

  /** Stops the timer and waits for the run in progress, so nothing is written after the database closes. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopping();
    if (this.#timer) clearTimeout(this.#timer);
    await this.#unlisten?.().catch(() => {});
    await this.#running?.catch(() => {});
  }
}
