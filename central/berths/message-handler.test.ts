import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import type { BerthMessage, MessageAudience } from '../../domain/berths/message-entity.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
let seq = 0;
/** The harbour with the most paid leases in the seed's latest season, and that season. */
let busiest: { harbourId: string; season: number };

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 41 } });
  aino = await signIn(central.url, 'aino');
  const res = await central.db.query<{ harbour_id: string; season: number }>(
    `SELECT b.harbour_id::text AS harbour_id, l.season FROM lease l JOIN berth b ON b.id = l.berth_id
     WHERE l.status = 'paid' GROUP BY 1, 2 ORDER BY l.season DESC, count(*) DESC LIMIT 1`,
  );
  busiest = { harbourId: res.rows[0]!.harbour_id, season: res.rows[0]!.season };
});
afterAll(() => central.close());

async function pushAs(token: string, payload: unknown) {
  return api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('berths.sendCustomerMessage', payload, ++seq, null)] } });
}
async function push(payload: unknown) {
  const res = await pushAs(aino, payload);
  expect(res.status).toBe(200);
  return res.body.results[0]!;
}
const audience = (extra: Partial<MessageAudience> = {}): MessageAudience => ({ season: busiest.season, harbourIds: [busiest.harbourId], leaseStatuses: ['paid'], customerKinds: [], ...extra });
const message = (extra: Record<string, unknown> = {}) => ({
  messageId: randomUUID(),
  audience: audience(),
  channels: ['email', 'sms'],
  subject: { fi: 'Laiturityöt', sv: 'Bryggarbeten', en: '' },
  body: { fi: 'Laituri suljetaan kesäkuun alussa.', sv: 'Bryggan stängs i början av juni.', en: '' },
  ...extra,
});
/** The group as the test reads it from the database: customers with a paid lease in the harbour and season. */
async function group(): Promise<Customer[]> {
  const res = await central.db.query<{ data: Customer }>(
    `SELECT DISTINCT c.id, c.data FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer c ON c.id = l.customer_id
     WHERE l.status = 'paid' AND l.season = $1 AND b.harbour_id = $2`,
    [busiest.season, busiest.harbourId],
  );
  return res.rows.map((r) => r.data);
}
const queued = async (messageId: string) =>
  (await central.db.query<{ channel: string; recipient: string; language: string; params: Record<string, string> }>(
    'SELECT channel, recipient, language, params FROM notification_outbox WHERE template = $1 AND entity_id = $2 ORDER BY channel, recipient',
    ['berths.customer_message', messageId],
  )).rows;

describe('a message to a group of customers', () => {
  it("reaches every customer of the group once per channel, in their language, and records what it came to", async () => {
    const customers = await group();
    expect(customers.length).toBeGreaterThan(1);
    const m = message();
    expect(await push(m)).toMatchObject({ status: 'applied' });
    const rows = await queued(m.messageId);
    // Two customers sharing an address (a person and their company) get one message there.
    const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null).map((v) => v.toLowerCase()))].sort();
    expect(unique(rows.filter((r) => r.channel === 'email').map((r) => r.recipient))).toEqual(unique(customers.map((c) => deliverableEmail(c.email))));
    expect(rows.filter((r) => r.channel === 'email')).toHaveLength(unique(customers.map((c) => deliverableEmail(c.email))).length);
    expect(rows.filter((r) => r.channel === 'sms').map((r) => r.recipient).sort()).toEqual(unique(customers.map((c) => deliverableSmsNumber(c.phone))));
    for (const r of rows) {
      const expected = r.language === 'sv' ? m.body.sv : m.body.fi;
      expect(r.params.message, `${r.language} gets its own text, English falls back to Finnish`).toBe(expected);
    }
    const record = (await central.db.query<{ data: BerthMessage }>('SELECT data FROM berth_message WHERE id = $1', [m.messageId])).rows[0]!.data;
    expect(record).toMatchObject({ customerCount: customers.length, messageCount: rows.length, sentById: expect.any(String), sentByName: 'Aino Virtanen' });
    // Handlers see the message in their pull; sent again, it is refused and nothing more is queued.
    expect((await pullAll(central.url, aino)).changes.some((c) => c.entity === 'berth_message' && c.id === m.messageId)).toBe(true);
    expect(await push(m)).toMatchObject({ status: 'rejected' });
    expect(await queued(m.messageId)).toHaveLength(rows.length);
    // The record is the trace of what was sent: the schema keeps it as it was written.
    await expect(central.db.query(`UPDATE berth_message SET version = 2, data = data || '{"customerCount": 0}' WHERE id = $1`, [m.messageId])).rejects.toThrow(/append-only/);
    await expect(central.db.query('DELETE FROM berth_message WHERE id = $1', [m.messageId])).rejects.toThrow(/append-only/);
  });

  it('reaches queued applicants by the harbours they chose, with no lease needed, and lease holders and applicants together once each', async () => {
    const waiting = await central.db.query<{ season: number; harbour: string }>(
      `SELECT season, data->'harbourChoices'->>0 AS harbour FROM application WHERE status = 'pending' GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    const { season, harbour } = waiting.rows[0]!;
    const applicants = await central.db.query<{ data: Customer }>(
      `SELECT DISTINCT c.id, c.data FROM application a JOIN customer c ON c.id = a.customer_id
       WHERE a.season = $1 AND a.status = 'pending' AND a.data->'harbourChoices' ? $2`,
      [season, harbour],
    );
    expect(applicants.rows.length).toBeGreaterThan(0);
    const m = message({ channels: ['email'], audience: { season, harbourIds: [harbour], leaseStatuses: [], applicationStatuses: ['pending'], customerKinds: [] } });
    expect(await push(m)).toMatchObject({ status: 'applied' });
    const emails = (await queued(m.messageId)).map((r) => r.recipient.toLowerCase());
    const expected = [...new Set(applicants.rows.map((r) => deliverableEmail(r.data.email)).filter((e): e is string => e !== null).map((e) => e.toLowerCase()))].sort();
    expect([...emails].sort()).toEqual(expected);
    const record = (await central.db.query<{ data: BerthMessage }>('SELECT data FROM berth_message WHERE id = $1', [m.messageId])).rows[0]!.data;
    expect(record.audience.applicationStatuses).toEqual(['pending']);
    expect(record.customerCount).toBe(applicants.rows.length);

    // Holders and applicants of one harbour together: a customer who is both is counted once.
    const both = message({ channels: ['email'], audience: audience({ applicationStatuses: ['pending', 'no_suitable_berths'] }) });
    expect(await push(both)).toMatchObject({ status: 'applied' });
    const holders = await group();
    const bothRecord = (await central.db.query<{ data: BerthMessage }>('SELECT data FROM berth_message WHERE id = $1', [both.messageId])).rows[0]!.data;
    expect(bothRecord.customerCount).toBeGreaterThanOrEqual(holders.length);
    const bothEmails = (await queued(both.messageId)).map((r) => r.recipient.toLowerCase());
    expect(new Set(bothEmails).size).toBe(bothEmails.length);
  });

  it('refuses a group nobody in it can be reached in, and queues nothing', async () => {
    const m = message({ audience: audience({ season: 2001 }) });
    expect(await push(m)).toMatchObject({ status: 'rejected', code: 'message_no_recipients' });
    expect(await queued(m.messageId)).toEqual([]);
    expect((await central.db.query('SELECT 1 FROM berth_message WHERE id = $1', [m.messageId])).rows).toEqual([]);
  });

  it('refuses bad input with a clear 400, never 5xx', async () => {
    for (const bad of [
      message({ body: { fi: '', sv: 'Hej', en: '' } }),
      message({ subject: { fi: '', sv: '', en: '' } }),
      message({ body: { fi: 'a\u0000b', sv: '', en: '' } }),
      message({ body: { fi: 'x'.repeat(2001), sv: '', en: '' } }),
      message({ channels: ['fax'] }),
      message({ audience: { ...audience(), leaseStatuses: [] } }),
      message({ audience: { ...audience(), leaseStatuses: [], applicationStatuses: [] } }),
      message({ audience: { ...audience(), applicationStatuses: ['handled'] } }),
      message({ audience: { ...audience(), harbourIds: ['not-a-uuid'] } }),
    ]) {
      const res = await pushAs(aino, bad);
      expect(res.status, JSON.stringify(bad).slice(0, 120)).toBe(400);
    }
  });

  it('lets neither a supervisor nor harbour services send one, and shows harbour services none', async () => {
    for (const username of ['olli', 'harri']) {
      const res = await pushAs(await signIn(central.url, username), message());
      expect(res.status, username).toBe(403);
    }
    const harri = await signIn(central.url, 'harri');
    expect((await pullAll(central.url, harri)).changes.filter((c) => c.entity === 'berth_message')).toEqual([]);
  });
});
