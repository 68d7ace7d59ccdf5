import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { enqueueNotification, enqueueNotifications, NOTIFY_CHANNEL } from './enqueue.ts';
import { notice, outboxDb, outboxRow } from './testing/outbox-fixtures.ts';

describe('enqueueNotification', () => {
  let db: Db;
  beforeAll(async () => {
    db = await outboxDb();
  });
  afterAll(() => db.close());

  const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notification_outbox')).rows[0]?.n;

  it('leaves no message when the deciding transaction rolls back', async () => {
    const before = await count();
    let queued = '';
    await expect(
      db.transaction(async (tx) => {
        queued = await enqueueNotification(tx, notice('rollback@example.fi'));
        throw new Error('the decision was refused after all');
      }),
    ).rejects.toThrow(/refused after all/);
    expect(queued).toMatch(/^[0-9a-f-]{36}$/);
    expect(await count()).toBe(before);
    expect((await db.query('SELECT 1 FROM notification_outbox WHERE id = $1', [queued])).rows).toHaveLength(0);
  });

  it('leaves exactly one queued message when it commits, with everything the sender needs', async () => {
    const before = await count();
    const id = await db.transaction((tx) => enqueueNotification(tx, notice('commit@example.fi', 'sv', { entityId: 'application-1' })));
    expect(await count()).toBe((before ?? 0) + 1);
    expect(await outboxRow(db, id)).toMatchObject({
      id,
      channel: 'email',
      recipient: 'commit@example.fi',
      language: 'sv',
      template: 'core.notice',
      params: { name: 'Aino', message: 'Testiviesti' },
      workspace: 'tests',
      entity_id: 'application-1',
      state: 'queued',
      attempts: 0,
      last_error: null,
      sent_at: null,
    });
  });

  it('wakes the listening senders once its transaction commits, and not before', async () => {
    let notified = 0;
    let woken: () => void = () => {};
    const wake = new Promise<void>((resolve) => (woken = resolve));
    const stop = await db.listen(NOTIFY_CHANNEL, () => {
      notified++;
      woken();
    });
    try {
      await db.transaction(async (tx) => {
        await enqueueNotifications(tx, [notice('wake-1@example.fi'), notice('wake-2@example.fi')]);
        expect(notified).toBe(0);
      });
      await wake;
      expect(notified).toBeGreaterThanOrEqual(1);
    } finally {
      await stop();
    }
  });

  it('refuses a message that could never be sent, so the caller learns it inside its transaction', async () => {
    const before = await count();
    const refused = (m: Parameters<typeof enqueueNotification>[1]) => db.transaction((tx) => enqueueNotification(tx, m));
    await expect(refused(notice('x@example.fi', 'fi', { template: 'no.such' }))).rejects.toThrow(/no template no\.such/);
    await expect(refused(notice('x@example.fi', 'fi', { params: { name: 'Aino' } }))).rejects.toThrow(/needs message/);
    await expect(refused(notice('not an address'))).rejects.toThrow(/not an email address/);
    await expect(refused(notice('x@example.fi\r\nBcc: y@example.fi'))).rejects.toThrow(/not an email address/);
    await expect(refused(notice('0401234567', 'fi', { channel: 'sms' }))).rejects.toThrow(/not a phone number/);
    await expect(refused(notice('x@example.fi', 'de' as 'fi'))).rejects.toThrow(/language/);
    expect(await count()).toBe(before);
  });

  it('leaves out a malformed message when asked to, queues the rest, and still refuses an unknown template', async () => {
    const before = await count();
    const ids = await db.transaction((tx) =>
      enqueueNotifications(tx, [notice('kept@example.fi'), notice('not an address'), notice('0401234567', 'fi', { channel: 'sms' }), notice('+358401234567', 'fi', { channel: 'sms' })], { skipMalformed: true }),
    );
    expect(ids).toHaveLength(2);
    expect((await outboxRow(db, ids[0]!)).recipient).toBe('kept@example.fi');
    expect((await outboxRow(db, ids[1]!)).recipient).toBe('+358401234567');
    expect(await count()).toBe((before ?? 0) + 2);
    await expect(db.transaction((tx) => enqueueNotifications(tx, [notice('x@example.fi', 'fi', { template: 'no.such' })], { skipMalformed: true }))).rejects.toThrow(/no template no\.such/);
  });

  it('keeps the id a caller chose, and a second message under it fails the transaction', async () => {
    const id = '0b7c1f9e-5d1e-4c3a-9f6e-2a4b8c0d1e2f';
    await db.transaction((tx) => enqueueNotification(tx, notice('first@example.fi', 'en', { id })));
    await expect(db.transaction((tx) => enqueueNotification(tx, notice('second@example.fi', 'en', { id })))).rejects.toThrow();
    expect((await outboxRow(db, id)).recipient).toBe('first@example.fi');
  });

  it('queues a publish to 6,000 families in one transaction', async () => {
    const before = await count();
    const messages = Array.from({ length: 6000 }, (_, i) => notice(`family${i}@example.fi`, (['fi', 'sv', 'en'] as const)[i % 3], { workspace: 'culture-kids' }));
    const started = performance.now();
    const ids = await db.transaction((tx) => enqueueNotifications(tx, messages));
    console.log(`[measure] 6,000 notifications queued in one transaction (PGlite): ${Math.round(performance.now() - started)} ms`);
    expect(new Set(ids).size).toBe(6000);
    expect(await count()).toBe((before ?? 0) + 6000);
  });
});
