import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import type { SmtpCatcher } from './catcher/smtp-catcher.ts';
import type { CaughtMessage } from './caught-store.ts';
import { enqueueNotification, enqueueNotifications } from './enqueue.ts';
import type { OutgoingMessage } from './message.ts';
import { NotificationSender } from './sender.ts';
import { allCaught, catcherOn, manualClock, notice, outboxDb, outboxRow, smtpAnswer } from './testing/outbox-fixtures.ts';
import { SmtpTransport } from './transports/smtp.ts';
import type { NotificationTransport } from './transports/transport.ts';

const LEASE = 60_000;
const SEND_TIMEOUT = 10_000;

/** A transport that records what it was asked to send and holds each delivery until told. */
function heldTransport() {
  const started: OutgoingMessage[] = [];
  const releases: (() => void)[] = [];
  let onStart: (() => void) | null = null;
  const transport: NotificationTransport = {
    channel: 'email',
    send(message) {
      started.push(message);
      onStart?.();
      return new Promise<void>((resolve) => releases.push(resolve));
    },
    async close() {},
  };
  return {
    transport,
    started,
    /** Resolves once `n` deliveries have started. */
    startedCount(n: number) {
      return new Promise<void>((resolve) => {
        onStart = () => {
          if (started.length >= n) resolve();
        };
        onStart();
      });
    },
    releaseAll() {
      for (const r of releases.splice(0)) r();
    },
  };
}

/** A transport that delivers by recording (an in-process stand-in for a mail server). */
function recordingTransport(sent: string[]): NotificationTransport {
  return {
    channel: 'email',
    async send(message) {
      sent.push(message.id);
    },
    async close() {},
  };
}

describe('a sender that dies mid-delivery (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await outboxDb();
  });
  afterAll(() => db.close());

  it('leaves its claim to another sender once the lease is over, and its late answer changes nothing', async () => {
    const clock = manualClock();
    const id = await db.transaction((tx) => enqueueNotification(tx, notice('abandoned@example.fi'), { now: clock.now() }));
    const stuck = heldTransport();
    const dying = new NotificationSender(db, { transports: { email: stuck.transport }, now: clock.now, leaseMs: LEASE, sendTimeoutMs: SEND_TIMEOUT });
    // The first sender claims and starts the delivery, which never finishes: it is as good as dead.
    const abandoned = dying.runOnce();
    await stuck.startedCount(1);
    expect(await outboxRow(db, id)).toMatchObject({ state: 'sending', attempts: 1 });

    const sent: string[] = [];
    const other = new NotificationSender(db, { transports: { email: recordingTransport(sent) }, now: clock.now, leaseMs: LEASE, sendTimeoutMs: SEND_TIMEOUT });
    // Within the lease nobody else touches it.
    clock.advance(LEASE - 1);
    expect(await other.runOnce()).toMatchObject({ claimed: 0 });
    expect(sent).toEqual([]);
    // After it, the message is not lost: the other sender delivers it.
    clock.advance(1);
    expect(await other.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(sent).toEqual([id]);
    const delivered = await outboxRow(db, id);
    expect(delivered).toMatchObject({ state: 'sent', attempts: 2 });

    // The first sender's delivery ends after all: its claim is gone, so its report changes nothing.
    stuck.releaseAll();
    await abandoned;
    expect(await outboxRow(db, id)).toEqual(delivered);
  });

  it('gives a message whose sender died on its last attempt up as failed, saying so', async () => {
    const clock = manualClock();
    const id = await db.transaction((tx) => enqueueNotification(tx, notice('last-try@example.fi'), { now: clock.now() }));
    const stuck = heldTransport();
    const dying = new NotificationSender(db, { transports: { email: stuck.transport }, now: clock.now, leaseMs: LEASE, sendTimeoutMs: SEND_TIMEOUT, maxAttempts: 1 });
    const abandoned = dying.runOnce();
    await stuck.startedCount(1);
    clock.advance(LEASE);
    const sent: string[] = [];
    const other = new NotificationSender(db, { transports: { email: recordingTransport(sent) }, now: clock.now, maxAttempts: 1 });
    expect(await other.runOnce()).toMatchObject({ claimed: 0 });
    const row = await outboxRow(db, id);
    expect(row).toMatchObject({ state: 'failed', attempts: 1, claimed_until: null });
    expect(row.last_error).toMatch(/sender stopped during the last attempt/);
    stuck.releaseAll();
    await abandoned;
  });

  it('starts no delivery that could outlast its lease: the rest of a slow batch goes back to the queue', async () => {
    const clock = manualClock();
    await db.transaction((tx) => enqueueNotifications(tx, [notice('slow1@example.fi'), notice('slow2@example.fi')], { now: clock.now() }));
    const sent: string[] = [];
    // Each delivery takes the clock past the point where another could still end inside the lease.
    const slow: NotificationTransport = {
      channel: 'email',
      async send(message) {
        sent.push(message.id);
        clock.advance(LEASE - SEND_TIMEOUT);
      },
      async close() {},
    };
    const sender = new NotificationSender(db, { transports: { email: slow }, now: clock.now, leaseMs: LEASE, sendTimeoutMs: SEND_TIMEOUT, concurrency: 1 });
    expect(await sender.runOnce()).toMatchObject({ claimed: 2, sent: 1, released: 1 });
    expect(await sender.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(new Set(sent).size).toBe(2);
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] crash-safety on PostgreSQL: PostgreSQL 15 binaries or the postgres user are missing.');

describe.skipIf(!available)('several senders on one PostgreSQL 15', () => {
  let cluster: PgCluster;
  let db: Db;
  let catcher: SmtpCatcher;
  let hold: ((m: CaughtMessage) => Promise<void>) | null = null;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    cluster = await startPgCluster();
    db = await outboxDb(cluster.databaseUrl);
    catcher = await catcherOn(db, (m) => hold?.(m) ?? Promise.resolve());
  });
  afterEach(() => {
    hold = null;
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await catcher?.close();
    await db?.close();
    await cluster?.stop();
  });

  it('never lets two senders deliver one message: 300 messages, three senders at once, each caught once', async () => {
    const ids = await db.transaction((tx) => enqueueNotifications(tx, Array.from({ length: 300 }, (_, i) => notice(`race${i}@example.fi`, 'en'))));
    const handles = await Promise.all([outboxDb(cluster.databaseUrl), outboxDb(cluster.databaseUrl), outboxDb(cluster.databaseUrl)]);
    const transports = handles.map(() => new SmtpTransport({ url: catcher.url, from: 'no-reply@kuva-desk.invalid' }));
    try {
      const senders = handles.map((h, i) => new NotificationSender(h, { transports: { email: transports[i] as SmtpTransport }, batch: 25 }));
      const started = performance.now();
      const drain = async (s: NotificationSender) => {
        let total = 0;
        for (let r = await s.runOnce(); r.claimed > 0; r = await s.runOnce()) total += r.sent;
        return total;
      };
      const counts = await Promise.all(senders.map(drain));
      console.log(`[measure] 300 emails through three senders to the catcher (PostgreSQL): ${Math.round(performance.now() - started)} ms, split ${counts.join('/')}`);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
      const caught = (await allCaught(db)).filter((c) => c.recipients[0]?.startsWith('race'));
      expect(caught).toHaveLength(300);
      expect(new Set(caught.map((c) => c.messageId))).toEqual(new Set(ids.map((id) => `<${id}@kuva-desk>`)));
      const states = await db.query<{ state: string; attempts: number; n: number }>(
        'SELECT state, attempts, count(*)::int AS n FROM notification_outbox WHERE id = ANY($1) GROUP BY 1, 2',
        [ids],
      );
      expect(states.rows).toEqual([{ state: 'sent', attempts: 1, n: 300 }]);
    } finally {
      for (const t of transports) await t.close();
      for (const h of handles) await h.close();
    }
  });

  it('sends a message whose sender process was killed (SIGKILL) mid-delivery once its lease is over', async () => {
    const clock = manualClock();
    const id = await db.transaction((tx) => enqueueNotification(tx, notice('killed@example.fi', 'sv'), { now: clock.now() }));
    // The catcher holds the killed sender's delivery (no answer to its DATA) until the process is gone.
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    let refuseHeld!: () => void;
    const heldDone = new Promise<void>((resolve) => (refuseHeld = resolve));
    hold = async (m) => {
      if (m.messageId !== `<${id}@kuva-desk>`) return;
      hold = null;
      arrived();
      await heldDone;
      // The client is gone; this copy was never acknowledged and is not kept.
      throw smtpAnswer(451, 'Sender gone');
    };
    const lease = 30_000;
    const child = spawn(process.execPath, [fileURLToPath(new URL('./testing/sender-process.ts', import.meta.url)), cluster.databaseUrl, catcher.url, String(lease)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    await Promise.race([arrival, exited.then(() => Promise.reject(new Error(`the sender process ended early: ${stderr}`)))]);
    expect(await outboxRow(db, id)).toMatchObject({ state: 'sending', attempts: 1 });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    refuseHeld();

    const smtp = new SmtpTransport({ url: catcher.url, from: 'no-reply@kuva-desk.invalid' });
    try {
      const survivor = new NotificationSender(db, { transports: { email: smtp }, now: clock.now, leaseMs: lease, sendTimeoutMs: 10_000 });
      // The killed process's lease was taken on the real clock; before it ends nothing moves.
      expect(await survivor.runOnce()).toMatchObject({ claimed: 0 });
      clock.advance(lease + 60_000);
      expect(await survivor.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    } finally {
      await smtp.close();
    }
    expect(await outboxRow(db, id)).toMatchObject({ state: 'sent', attempts: 2 });
    const caught = (await allCaught(db)).filter((c) => c.messageId === `<${id}@kuva-desk>`);
    expect(caught).toHaveLength(1);
    expect(caught[0]?.subject).toBe('Meddelande från Helsingfors stad');
  });
});
