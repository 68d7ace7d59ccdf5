import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/db.ts';
import { groupedCaughtStore, listCaught, type CaughtMessage } from './caught-store.ts';
import { outboxDb } from './testing/outbox-fixtures.ts';

const message = (i: number, channel: CaughtMessage['channel'] = 'email'): CaughtMessage => ({
  channel,
  messageId: `<grouped-${i}@kuva-desk>`,
  sender: 'no-reply@kuva-desk.invalid',
  recipients: [`asiakas${i}@example.fi`, `kopio${i}@example.fi`],
  subject: `Tarjous ${i}`,
  body: `Hei ${i},\n\ntarjous odottaa.`,
});

describe('the catcher’s grouped store', () => {
  let db: Db;
  let statements = 0;
  let counting: Queryable;
  beforeAll(async () => {
    db = await outboxDb();
    counting = {
      query: (text, params, name) => {
        statements++;
        return db.query(text, params, name);
      },
      exec: (sql) => db.exec(sql),
    };
  });
  afterAll(() => db.close());

  it('writes 60 messages that arrive at once in a few statements, each whole and in arrival order', async () => {
    const store = groupedCaughtStore(counting);
    statements = 0;
    await Promise.all(Array.from({ length: 60 }, (_, i) => store(message(i))));
    expect(statements).toBeLessThan(60);
    const page = await listCaught(db, { limit: 100 });
    const mine = page.messages.filter((m) => m.messageId.startsWith('<grouped-')).reverse();
    expect(mine.map((m) => m.subject)).toEqual(Array.from({ length: 60 }, (_, i) => `Tarjous ${i}`));
    expect(mine[7]).toMatchObject({ channel: 'email', sender: 'no-reply@kuva-desk.invalid', recipients: ['asiakas7@example.fi', 'kopio7@example.fi'], body: 'Hei 7,\n\ntarjous odottaa.' });
  });

  it('writes a message that arrives in the next turn of the event loop with the one before it', async () => {
    // PGlite blocks this thread while it writes: an SMTP message finished meanwhile is read a turn later.
    const store = groupedCaughtStore(counting);
    statements = 0;
    const later = new Promise<void>((resolve, reject) => setImmediate(() => store(message(200)).then(resolve, reject)));
    await Promise.all([store(message(201)), later]);
    expect(statements).toBe(1);
    const subjects = (await listCaught(db, { limit: 200 })).messages.map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Tarjous 200', 'Tarjous 201']));
  });

  it('fails only the message the table refuses; the others arriving with it are stored', async () => {
    const store = groupedCaughtStore(db);
    const outcomes = await Promise.allSettled([store(message(100)), store(message(101, 'fax' as CaughtMessage['channel'])), store(message(102))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const subjects = (await listCaught(db, { limit: 200 })).messages.map((m) => m.subject);
    expect(subjects).toContain('Tarjous 100');
    expect(subjects).toContain('Tarjous 102');
    expect(subjects).not.toContain('Tarjous 101');
  });
});
