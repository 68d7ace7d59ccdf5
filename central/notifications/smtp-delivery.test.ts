import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import type { SmtpCatcher } from './catcher/smtp-catcher.ts';
import type { CaughtMessage } from './caught-store.ts';
import { enqueueNotification } from './enqueue.ts';
import { exponentialBackoff, NotificationSender } from './sender.ts';
import { allCaught, catcherOn, manualClock, notice, outboxDb, outboxRow, smtpAnswer } from './testing/outbox-fixtures.ts';
import { SmtpTransport } from './transports/smtp.ts';

describe('email through SMTP to the demo catcher', () => {
  let db: Db;
  let catcher: SmtpCatcher;
  let smtp: SmtpTransport;
  // What the catcher answers next, per recipient: a troubled mail server on demand.
  const trouble = new Map<string, Error[]>();
  const clock = manualClock();
  let sender: NotificationSender;

  beforeAll(async () => {
    db = await outboxDb();
    catcher = await catcherOn(db, async (m: CaughtMessage) => {
      const next = trouble.get(m.recipients[0] ?? '')?.shift();
      if (next) throw next;
    });
    smtp = new SmtpTransport({ url: catcher.url, from: 'KuVa Desk <no-reply@kuva-desk.invalid>' });
    sender = new NotificationSender(db, { transports: { email: smtp }, now: clock.now, maxAttempts: 3 });
  });
  afterAll(async () => {
    await smtp?.close();
    await catcher?.close();
    await db?.close();
  });

  const queue = (m: Parameters<typeof enqueueNotification>[1]) => db.transaction((tx) => enqueueNotification(tx, m, { now: clock.now() }));
  const caughtFor = async (id: string) => (await allCaught(db)).filter((c) => c.messageId === `<${id}@kuva-desk>`);

  it('delivers a real SMTP conversation: subject and body in the recipient\'s language, the outbox id as Message-ID', async () => {
    const ids = {
      fi: await queue(notice('matti@example.fi', 'fi', { params: { name: 'Matti', message: 'Venepaikkasi on vahvistettu.' } })),
      sv: await queue(notice('maja@example.fi', 'sv', { params: { name: 'Maja', message: 'Din båtplats är bekräftad.' } })),
      en: await queue(notice('mary@example.fi', 'en', { params: { name: 'Mary', message: 'Your berth is confirmed.' } })),
    };
    expect(await sender.runOnce()).toMatchObject({ claimed: 3, sent: 3, retried: 0, failed: 0 });

    const [fi] = await caughtFor(ids.fi);
    expect(fi).toMatchObject({ channel: 'email', sender: 'no-reply@kuva-desk.invalid', recipients: ['matti@example.fi'], subject: 'Viesti Helsingin kaupungilta' });
    expect(fi?.body).toContain('Hei Matti,\n\nVenepaikkasi on vahvistettu.');
    expect(fi?.body).toContain('Ystävällisin terveisin');
    const [sv] = await caughtFor(ids.sv);
    expect(sv).toMatchObject({ recipients: ['maja@example.fi'], subject: 'Meddelande från Helsingfors stad' });
    expect(sv?.body).toContain('Hej Maja,\n\nDin båtplats är bekräftad.');
    const [en] = await caughtFor(ids.en);
    expect(en).toMatchObject({ recipients: ['mary@example.fi'], subject: 'A message from the City of Helsinki' });
    expect(en?.body).toContain('Hello Mary,\n\nYour berth is confirmed.');

    for (const id of Object.values(ids)) {
      expect(await outboxRow(db, id)).toMatchObject({ state: 'sent', attempts: 1, last_error: null, claimed_until: null, claim_token: null });
      expect((await outboxRow(db, id)).sent_at).toEqual(clock.now());
    }
    // Nothing is due any more: a second run sends nothing again.
    expect(await sender.runOnce()).toMatchObject({ claimed: 0, sent: 0 });
  });

  it('retries a 451 with growing waits, gives up after the last attempt with the error kept', async () => {
    trouble.set('busy@example.fi', [smtpAnswer(451, 'Mailbox busy'), smtpAnswer(451, 'Mailbox busy'), smtpAnswer(451, 'Mailbox still busy')]);
    const id = await queue(notice('busy@example.fi'));

    expect(await sender.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    let row = await outboxRow(db, id);
    expect(row).toMatchObject({ state: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/451.*Mailbox busy/);
    expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(exponentialBackoff(1));

    // Not due yet: nothing happens however often the sender looks.
    clock.advance(exponentialBackoff(1) - 1);
    expect(await sender.runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(1);
    expect(await sender.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    row = await outboxRow(db, id);
    expect(row).toMatchObject({ state: 'queued', attempts: 2 });
    expect(new Date(row.next_attempt_at).getTime() - clock.now().getTime()).toBe(exponentialBackoff(2));
    expect(exponentialBackoff(2)).toBeGreaterThan(exponentialBackoff(1));

    clock.advance(exponentialBackoff(2));
    expect(await sender.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    row = await outboxRow(db, id);
    expect(row).toMatchObject({ state: 'failed', attempts: 3, sent_at: null, claimed_until: null });
    expect(row.last_error).toMatch(/451.*Mailbox still busy/);
    expect(await caughtFor(id)).toHaveLength(0);

    // Failed is final for the sender: later runs leave it alone.
    clock.advance(exponentialBackoff(8));
    expect(await sender.runOnce()).toMatchObject({ claimed: 0 });
  });

  it('sends once after a passing failure', async () => {
    trouble.set('later@example.fi', [smtpAnswer(421, 'Try again later')]);
    const id = await queue(notice('later@example.fi', 'en'));
    expect(await sender.runOnce()).toMatchObject({ retried: 1 });
    clock.advance(exponentialBackoff(1));
    expect(await sender.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await outboxRow(db, id)).toMatchObject({ state: 'sent', attempts: 2, last_error: null });
    expect(await caughtFor(id)).toHaveLength(1);
    clock.advance(exponentialBackoff(8));
    expect(await sender.runOnce()).toMatchObject({ claimed: 0 });
    expect(await caughtFor(id)).toHaveLength(1);
  });

  it('fails a message the server refuses for good (5xx) at once', async () => {
    trouble.set('nobody@example.fi', [smtpAnswer(550, 'No such mailbox')]);
    const id = await queue(notice('nobody@example.fi'));
    expect(await sender.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const row = await outboxRow(db, id);
    expect(row).toMatchObject({ state: 'failed', attempts: 1 });
    expect(row.last_error).toMatch(/550.*No such mailbox/);
  });

  it('keeps retrying while no mail server answers (a closed port), then sends when one does', async () => {
    const down = await catcherOn(db);
    const url = down.url;
    await down.close();
    const closed = new SmtpTransport({ url, from: 'no-reply@kuva-desk.invalid', timeoutMs: 5000 });
    const unlucky = new NotificationSender(db, { transports: { email: closed }, now: clock.now, maxAttempts: 3, sendTimeoutMs: 5000 });
    const id = await queue(notice('offline@example.fi'));
    try {
      expect(await unlucky.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    } finally {
      await closed.close();
    }
    const row = await outboxRow(db, id);
    expect(row).toMatchObject({ state: 'queued', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    clock.advance(exponentialBackoff(1));
    expect(await sender.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await caughtFor(id)).toHaveLength(1);
  });

  it('delivers after the desks\' pushes, not between them, and a stop does not wait for them', async () => {
    let desksQuiet!: () => void;
    const waiting = new NotificationSender(db, {
      transports: { email: smtp },
      now: clock.now,
      waitForDesks: () => new Promise<void>((resolve) => (desksQuiet = resolve)),
    });
    const id = await queue(notice('after-push@example.fi'));
    const run = waiting.poke();
    // The poke is waiting on the desks: nothing is claimed yet.
    await expect.poll(() => typeof desksQuiet).toBe('function');
    expect(await outboxRow(db, id)).toMatchObject({ state: 'queued', attempts: 0 });
    desksQuiet();
    expect(await run).toMatchObject({ claimed: 1, sent: 1 });
    expect(await caughtFor(id)).toHaveLength(1);

    const busy = new NotificationSender(db, { transports: { email: smtp }, now: clock.now, waitForDesks: () => new Promise<void>(() => {}) });
    const held = await queue(notice('held@example.fi'));
    const pending = busy.poke();
    await busy.stop();
    expect(await pending).toMatchObject({ claimed: 0 });
    expect(await outboxRow(db, held)).toMatchObject({ state: 'queued', attempts: 0 });
  });
});
