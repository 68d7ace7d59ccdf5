import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { enqueueNotification } from './enqueue.ts';
import type { OutgoingMessage } from './message.ts';
import { exponentialBackoff, NotificationSender } from './sender.ts';
import { allCaught, manualClock, notice, outboxDb, outboxRow } from './testing/outbox-fixtures.ts';
import { storeCaught } from './caught-store.ts';
import { DemoSmsGateway } from './transports/demo-sms.ts';
import { HttpSmsGateway } from './transports/sms-gateway.ts';
import { TransportError } from './transports/transport.ts';

interface Received {
  method: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: unknown;
}

/** A tiny SMS gateway on 127.0.0.1 whose answers the test chooses per recipient. */
async function gatewayServer(answer: (to: string, res: ServerResponse) => void) {
  const received: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(text) as { to: string };
      received.push({ method: req.method ?? '', authorization: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, body });
      answer(body.to, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    server,
  };
}

const sms = (id: string, recipient: string): OutgoingMessage => ({ id, channel: 'sms', recipient, language: 'fi', subject: '', text: 'Hei' });

describe('the HTTP SMS gateway adapter', () => {
  let gateway: Awaited<ReturnType<typeof gatewayServer>>;
  const hanging: ServerResponse[] = [];
  beforeAll(async () => {
    gateway = await gatewayServer((to, res) => {
      switch (to) {
        case '+358400000500':
          res.writeHead(500, { 'content-type': 'text/plain' }).end('database on fire');
          return;
        case '+358400000400':
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid number"}');
          return;
        case '+358400000429':
          res.writeHead(429).end();
          return;
        case '+358400000301':
          res.writeHead(301, { location: 'http://example.invalid/' }).end();
          return;
        case '+358400000999':
          hanging.push(res);
          return;
        default:
          res.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
      }
    });
  });
  afterAll(async () => {
    for (const res of hanging) res.destroy();
    gateway.server.closeAllConnections();
    await gateway.close();
  });

  it('posts the message with the token and the outbox id as idempotency key', async () => {
    const adapter = new HttpSmsGateway({ url: gateway.url, token: 'secret-token' });
    await adapter.send({ ...sms('3f1c7a52-8b0e-4e0b-9d3c-1a2b3c4d5e6f', '+358401234567'), text: 'Hei Aino, paikkasi on vahvistettu.' });
    expect(gateway.received.at(-1)).toEqual({
      method: 'POST',
      authorization: 'Bearer secret-token',
      idempotencyKey: '3f1c7a52-8b0e-4e0b-9d3c-1a2b3c4d5e6f',
      body: { id: '3f1c7a52-8b0e-4e0b-9d3c-1a2b3c4d5e6f', to: '+358401234567', text: 'Hei Aino, paikkasi on vahvistettu.' },
    });
  });

  it('tells a passing failure from a final refusal, keeping what the gateway said', async () => {
    const adapter = new HttpSmsGateway({ url: gateway.url, token: 't', timeoutMs: 2000 });
    const failure = async (to: string) => {
      const error = await adapter.send(sms('00000000-0000-4000-8000-000000000001', to)).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(TransportError);
      return error as TransportError;
    };
    expect(await failure('+358400000500')).toMatchObject({ permanent: false, message: 'SMS gateway answered 500: database on fire' });
    expect(await failure('+358400000429')).toMatchObject({ permanent: false, message: 'SMS gateway answered 429' });
    expect(await failure('+358400000400')).toMatchObject({ permanent: true, message: 'SMS gateway answered 400: {"error":"invalid number"}' });
    // A redirect is not followed: the token must not travel to another host.
    expect((await failure('+358400000301')).permanent).toBe(false);
    expect((await failure('+358400000999')).message).toMatch(/unreachable.*(timeout|abort)/i);
  });

  it('counts an unreachable gateway as a passing failure', async () => {
    const closed = await gatewayServer(() => {});
    await closed.close();
    const error = await new HttpSmsGateway({ url: closed.url, token: 't' }).send(sms('00000000-0000-4000-8000-000000000002', '+358401234567')).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ permanent: false });
    expect((error as Error).message).toMatch(/SMS gateway unreachable: .*ECONNREFUSED/);
  });
});

describe('SMS through the outbox', () => {
  let db: Db;
  const clock = manualClock();
  beforeAll(async () => {
    db = await outboxDb();
  });
  afterAll(() => db.close());

  it('renders the SMS text in the recipient\'s language, retries a gateway error and sends once it passes', async () => {
    let failNext = true;
    const gateway = await gatewayServer((_, res) => {
      if (failNext) {
        failNext = false;
        res.writeHead(503).end('maintenance');
      } else res.writeHead(200).end();
    });
    try {
      const sender = new NotificationSender(db, { transports: { sms: new HttpSmsGateway({ url: gateway.url, token: 't' }) }, now: clock.now });
      const id = await db.transaction((tx) => enqueueNotification(tx, notice('+358401234567', 'sv', { channel: 'sms', params: { name: 'Maja', message: 'välkommen!' } }), { now: clock.now() }));
      expect(await sender.runOnce()).toMatchObject({ retried: 1 });
      expect((await outboxRow(db, id)).last_error).toBe('SMS gateway answered 503: maintenance');
      clock.advance(exponentialBackoff(1));
      expect(await sender.runOnce()).toMatchObject({ sent: 1 });
      expect(gateway.received.map((r) => r.body)).toEqual([
        { id, to: '+358401234567', text: 'Hej Maja, välkommen! – Helsingfors stad' },
        { id, to: '+358401234567', text: 'Hej Maja, välkommen! – Helsingfors stad' },
      ]);
      expect(await outboxRow(db, id)).toMatchObject({ state: 'sent', attempts: 2 });
    } finally {
      await gateway.close();
    }
  });

  it('fails an SMS at once when the gateway refuses it (4xx), and when no SMS transport is configured', async () => {
    const gateway = await gatewayServer((_, res) => res.writeHead(422).end('number not in service'));
    try {
      const sender = new NotificationSender(db, { transports: { sms: new HttpSmsGateway({ url: gateway.url, token: 't' }) }, now: clock.now });
      const id = await db.transaction((tx) => enqueueNotification(tx, notice('+358409999999', 'fi', { channel: 'sms' }), { now: clock.now() }));
      expect(await sender.runOnce()).toMatchObject({ failed: 1 });
      expect(await outboxRow(db, id)).toMatchObject({ state: 'failed', attempts: 1, last_error: 'SMS gateway answered 422: number not in service' });
    } finally {
      await gateway.close();
    }
    const emailOnly = new NotificationSender(db, { transports: {}, now: clock.now });
    const id = await db.transaction((tx) => enqueueNotification(tx, notice('+358401111111', 'fi', { channel: 'sms' }), { now: clock.now() }));
    expect(await emailOnly.runOnce()).toMatchObject({ failed: 1 });
    expect(await outboxRow(db, id)).toMatchObject({ state: 'failed', last_error: 'No transport for sms is configured.' });
  });

  it('keeps SMS messages with the caught ones in demo mode', async () => {
    const sender = new NotificationSender(db, { transports: { sms: new DemoSmsGateway((m) => storeCaught(db, m)) }, now: clock.now });
    const id = await db.transaction((tx) => enqueueNotification(tx, notice('+358405555555', 'en', { channel: 'sms', params: { name: 'Mary', message: 'see you' } }), { now: clock.now() }));
    expect(await sender.runOnce()).toMatchObject({ sent: 1 });
    expect((await allCaught(db)).filter((c) => c.messageId === id)).toMatchObject([
      { channel: 'sms', recipients: ['+358405555555'], subject: '', body: 'Hello Mary, see you – City of Helsinki' },
    ]);
  });
});
