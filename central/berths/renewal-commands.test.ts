import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Customer, Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { addDays, helsinkiDate, offerSeason } from '../../domain/berths/seasons.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
let seq = 0;
const season = offerSeason(helsinkiDate(new Date()));
/** Last season's paid leases that renew now, by how their customer is invoiced. */
let renewable: { lease: Lease; customer: Customer; version: number }[] = [];

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 31 } });
  aino = await signIn(central.url, 'aino');
  const rows = await central.db.query<{ lease: Lease; customer: Customer; version: number }>(
    `SELECT l.data AS lease, c.data AS customer, c.version FROM lease l JOIN customer c ON c.id = l.customer_id JOIN berth b ON b.id = l.berth_id
     WHERE l.season = $1 AND l.status = 'paid' AND (b.data->>'isActive')::boolean
       AND NOT EXISTS (SELECT 1 FROM lease n WHERE n.berth_id = l.berth_id AND n.season = $2)
     ORDER BY l.id LIMIT 200`,
    [season - 1, season],
  );
  renewable = rows.rows;
});
afterAll(() => central.close());

function take(kind: (c: Customer) => boolean) {
  const i = renewable.findIndex((r) => kind(r.customer));
  if (i < 0) throw new Error('the seed has too few renewable leases of this kind');
  return renewable.splice(i, 1)[0]!;
}
const online = (c: Customer) => c.kind !== 'non_billable' && c.invoicingType === 'online_payment';

async function push(type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = null, clientId: string = randomUUID()) {
  const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token: aino, body: { clientId, commands: [envelope(type, payload, ++seq, baseVersion)] } });
  expect(res.status).toBe(200);
  return res.body.results[0]!;
}
const row = async <T>(table: 'lease' | 'berth_order' | 'customer', id: string) =>
  (await central.db.query<{ data: T; version: number }>(`SELECT data, version FROM ${table} WHERE id = $1`, [id])).rows[0];
const renewalMessages = async (orderId: string, channel: 'email' | 'sms' = 'email') =>
  (await central.db.query<{ recipient: string; language: string; params: Record<string, string> }>(`SELECT recipient, language, params FROM notification_outbox WHERE template = 'berths.renewal_offer' AND entity_id = $1 AND channel = $2`, [orderId, channel])).rows;
const due = () => addDays(helsinkiDate(new Date()), 14);

async function renew(previous: Lease, clientId?: string) {
  const leaseId = randomUUID();
  const orderId = randomUUID();
  const result = await push('berths.renewLease', { previousLeaseId: previous.id, leaseId, orderId, dueDate: due() }, null, clientId);
  return { result, leaseId, orderId };
}

describe('the season renewal on the central', () => {
  it("offers last season's holder the berth for the new season and writes to them in their language", async () => {
    const r = take(online);
    const { result, leaseId, orderId } = await renew(r.lease);
    expect(result).toMatchObject({ status: 'applied' });
    expect((await row<Lease>('lease', leaseId))!.data).toMatchObject({ season, status: 'offered', renewalOf: r.lease.id, applicationId: null, customerId: r.customer.id, startDate: `${season}-06-10` });
    expect((await row<BerthOrder>('berth_order', orderId))!.data).toMatchObject({ status: 'offered', dueDate: due(), language: r.customer.language });
    const [message] = await renewalMessages(orderId);
    expect(message).toMatchObject({ recipient: r.customer.email, language: r.customer.language, params: { season: String(season) } });
    // The text message carries the same link to the customer page.
    expect(await renewalMessages(orderId, 'sms')).toMatchObject([{ recipient: r.customer.phone.replace(/[\s-]/g, ''), params: { link: message!.params.link } }]);
    // Renewed once: the same lease again is refused, whoever sends it.
    expect((await renew(r.lease)).result).toMatchObject({ status: 'rejected', code: 'already_renewed' });
  });

  it('of two runs renewing the same lease at once, exactly one makes the lease', async () => {
    const r = take(online);
    const results = await Promise.all([renew(r.lease), renew(r.lease), renew(r.lease)]);
    expect(results.map((x) => x.result.status).sort()).toEqual(['applied', 'rejected', 'rejected']);
    const made = await central.db.query('SELECT 1 FROM lease WHERE season = $1 AND berth_id = $2', [season, r.lease.berthId]);
    expect(made.rowCount).toBe(1);
  });

  it('puts a renewal in error when the customer has no address; fixed, it goes out', async () => {
    const r = take(online);
    // Legacy data: the customer's address is missing (a handler could not save it so).
    await central.db.query(`UPDATE customer SET data = jsonb_set(data, '{email}', '""'), version = version + 1 WHERE id = $1`, [r.customer.id]);
    const { result, leaseId, orderId } = await renew(r.lease);
    expect(result).toMatchObject({ status: 'applied' });
    expect((await row<BerthOrder>('berth_order', orderId))!.data).toMatchObject({ status: 'error', problem: 'customer_email_missing' });
    expect((await row<Lease>('lease', leaseId))!.data.status).toBe('error');
    expect([...(await renewalMessages(orderId)), ...(await renewalMessages(orderId, 'sms'))]).toEqual([]);
    // Sending it again before the fix is refused with the reason.
    expect(await push('berths.resendOffer', { orderId, dueDate: due() })).toMatchObject({ status: 'rejected', code: 'customer_email_missing' });

    const customer = (await row<Customer>('customer', r.customer.id))!;
    const fix = { customerId: r.customer.id, email: 'renewed.holder@example.fi', phone: customer.data.phone, address: customer.data.address, zipCode: customer.data.zipCode, municipality: customer.data.municipality, language: customer.data.language, invoicingType: customer.data.invoicingType };
    expect(await push('berths.editCustomerContact', { ...fix, email: 'not-an-address' }, customer.version)).toMatchObject({ status: 'rejected', code: 'customer_email_invalid' });
    expect(await push('berths.editCustomerContact', fix, customer.version - 1)).toMatchObject({ status: 'conflict', code: 'stale_version' });
    expect(await push('berths.editCustomerContact', fix, customer.version)).toMatchObject({ status: 'applied' });
    expect(await push('berths.resendOffer', { orderId, dueDate: due() })).toMatchObject({ status: 'applied' });
    expect((await row<BerthOrder>('berth_order', orderId))!.data).toMatchObject({ status: 'offered', problem: null });
    expect((await row<Lease>('lease', leaseId))!.data.status).toBe('offered');
    expect(await renewalMessages(orderId)).toMatchObject([{ recipient: 'renewed.holder@example.fi' }]);
  });

  it("pays a non-billable customer's renewal at once and leaves a paper invoice drafted, sending neither", async () => {
    const free = take((c) => c.kind === 'non_billable');
    const paper = take((c) => c.kind !== 'non_billable' && c.invoicingType === 'paper_invoice');
    const f = await renew(free.lease);
    const p = await renew(paper.lease);
    expect((await row<BerthOrder>('berth_order', f.orderId))!.data).toMatchObject({ status: 'paid_man', totalCents: 0, paidVia: 'free' });
    expect((await row<BerthOrder>('berth_order', p.orderId))!.data).toMatchObject({ status: 'drafted' });
    for (const channel of ['email', 'sms'] as const) expect([...(await renewalMessages(f.orderId, channel)), ...(await renewalMessages(p.orderId, channel))]).toEqual([]);
  });

  it('refuses a lease that is not last season paid one', async () => {
    const offered = (await central.db.query<{ data: Lease }>(`SELECT data FROM lease WHERE season = $1 AND status = 'offered' LIMIT 1`, [season])).rows[0]!.data;
    expect((await renew(offered)).result).toMatchObject({ status: 'rejected', code: 'lease_not_renewable' });
  });
});
