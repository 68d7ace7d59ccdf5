import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Boat, Customer, Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { createLeaseDefaults } from '../../domain/berths/lease-create-schema.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
let eero: string;
let seq = 0;
const defaults = createLeaseDefaults(helsinkiDate(new Date()));
/** Active berths with no lease this season or the one before, widest first (a boat fits them). */
let free: { id: string; width: number; length: number }[] = [];

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 23 } });
  aino = await signIn(central.url, 'aino');
  eero = await signIn(central.url, 'eero');
  const rows = await central.db.query<{ id: string; width: number; length: number }>(
    `SELECT b.id::text AS id, (b.data->>'width')::float AS width, (b.data->>'length')::float AS length FROM berth b
     WHERE (b.data->>'isActive')::boolean AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id AND l.season IN ($1::int - 1, $1::int))
     ORDER BY (b.data->>'width')::float DESC, b.id LIMIT 200`,
    [defaults.season],
  );
  free = rows.rows;
});
afterAll(() => central.close());

async function pushAs(token: string, payload: unknown, type: Parameters<typeof envelope>[0] = 'berths.createLease') {
  return api<PushResponse & { error?: { code: string; message: string } }>(central.url, 'POST', '/sync/push', {
    token,
    body: { clientId: randomUUID(), commands: [envelope(type, payload, ++seq, null)] },
  });
}
async function push(payload: unknown, token = aino, type: Parameters<typeof envelope>[0] = 'berths.createLease') {
  const res = await pushAs(token, payload, type);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!;
}
async function customerOf(kind: Customer['kind'], skip = 0): Promise<{ customer: Customer; boat: Boat | null }> {
  const row = (await central.db.query<{ customer: Customer; boat: Boat | null }>(
    `SELECT c.data AS customer, (SELECT bo.data FROM boat bo WHERE bo.customer_id = c.id ORDER BY bo.id LIMIT 1) AS boat
     FROM customer c WHERE c.data->>'kind' = $1 ORDER BY c.id OFFSET $2 LIMIT 1`,
    [kind, skip],
  )).rows[0];
  if (!row) throw new Error(`the seed has no ${kind} customer`);
  return row;
}
const payloadFor = (customerId: string, berthId: string, extra: Record<string, unknown> = {}) => ({
  customerId,
  boatId: null,
  berthId,
  ...defaults,
  reason: 'Large vessel',
  acceptShorter: true,
  leaseId: randomUUID(),
  orderId: randomUUID(),
  ...extra,
});
/** The next free berth that has a price (a berth whose band has no product is refused, never priced from another). */
async function createOnFreeBerth(customerId: string, extra: Record<string, unknown> = {}, token = aino) {
  for (;;) {
    const berth = free.shift();
    if (!berth) throw new Error('the seed has no free priced berth left');
    const payload = payloadFor(customerId, berth.id, extra);
    const result = await push(payload, token);
    if (result.status === 'rejected' && result.code === 'berth_not_priced') continue;
    return { berth, payload, result };
  }
}
const stored = async (leaseId: string) =>
  (await central.db.query<{ lease: Lease; order: BerthOrder }>('SELECT l.data AS lease, o.data AS "order" FROM lease l JOIN berth_order o ON o.lease_id = l.id WHERE l.id = $1', [leaseId])).rows[0];

describe('berths.createLease on the central', () => {
  it('creates a drafted lease with no application and a drafted, priced order, recording who made it and why', async () => {
    const { customer, boat } = await customerOf('private');
    const { payload, result } = await createOnFreeBerth(customer.id, { boatId: boat?.id ?? null, reason: 'Correction: moved from the paper register' });
    expect(result).toMatchObject({ status: 'applied' });
    const row = await stored(payload.leaseId);
    expect(row?.lease).toMatchObject({
      customerId: customer.id,
      boatId: boat?.id ?? null,
      applicationId: null,
      season: defaults.season,
      status: 'drafted',
      startDate: defaults.startDate,
      endDate: defaults.endDate,
      offeredBy: 'Aino Virtanen',
      direct: { reason: 'Correction: moved from the paper register', actorName: 'Aino Virtanen' },
    });
    expect(row?.order).toMatchObject({ id: payload.orderId, applicationId: null, status: 'drafted', dueDate: null, totalCents: row!.lease.priceCents });
    expect(row!.lease.priceCents).toBeGreaterThan(0);
    // The drafted invoice is sent by the order commands as they are; the lease follows it.
    const dueDate = addDays(helsinkiDate(new Date()), 14);
    expect(await push({ orderId: payload.orderId, dueDate }, aino, 'berths.resendOffer')).toMatchObject({ status: 'applied' });
    expect(await stored(payload.leaseId)).toMatchObject({ lease: { status: 'offered', dueDate, applicationId: null }, order: { status: 'offered', dueDate } });
  });

  it('makes a non-billable customer\'s lease paid at once, for 0 € and no VAT', async () => {
    const { customer } = await customerOf('non_billable');
    const made = await createOnFreeBerth(customer.id);
    expect(made.result).toMatchObject({ status: 'applied' });
    const row = (await stored(made.payload.leaseId))!;
    expect(row.lease).toMatchObject({ status: 'paid', priceCents: 0, vatPercent: 0, applicationId: null });
    expect(row.order).toMatchObject({ status: 'paid_man', totalCents: 0, paidVia: 'free' });
  });

  it('of two handlers taking the same berth at once, exactly one wins; the other is told the berth is taken', async () => {
    const { customer: first } = await customerOf('private', 2);
    const { customer: second } = await customerOf('private', 3);
    const { berth, result } = await createOnFreeBerth(first.id);
    expect(result).toMatchObject({ status: 'applied' });
    // Another free (and priced) berth, raced for by two handlers at once.
    let target: { id: string } | undefined;
    let statuses: string[] = [];
    while (!target) {
      const candidate = free.shift()!;
      const results = await Promise.all([push(payloadFor(first.id, candidate.id), aino), push(payloadFor(second.id, candidate.id), eero)]);
      statuses = results.map((r) => (r.status === 'applied' ? 'applied' : `${r.status}:${r.code}`)).sort();
      if (!statuses.includes('rejected:berth_not_priced')) target = candidate;
    }
    expect(statuses).toEqual(['applied', 'conflict:berth_taken']);
    expect((await central.db.query('SELECT 1 FROM lease WHERE berth_id = $1 AND season = $2', [target.id, defaults.season])).rowCount).toBe(1);
    // The first berth is taken too: a third lease on it is refused with the offers' rule.
    expect(await push(payloadFor(second.id, berth.id), eero)).toMatchObject({ status: 'conflict', code: 'berth_taken' });
  });

  it('refuses bad dates, a boat of another customer and an inactive berth with a reason, writing nothing', async () => {
    const { customer, boat } = await customerOf('private', 4);
    const { customer: other, boat: othersBoat } = await customerOf('private', 5);
    const berth = free[0]!;
    const season = defaults.season;
    expect(await push(payloadFor(customer.id, berth.id, { startDate: `${season}-08-01`, endDate: `${season}-07-01` }))).toMatchObject({ status: 'rejected', code: 'lease_dates_invalid', message: expect.stringContaining('end after it starts') });
    expect(await push(payloadFor(customer.id, berth.id, { endDate: `${season}-10-01` }))).toMatchObject({ status: 'rejected', code: 'lease_dates_invalid' });
    expect(await push(payloadFor(customer.id, berth.id, { season: season - 2, startDate: `${season - 2}-06-10`, endDate: `${season - 2}-09-14` }))).toMatchObject({ status: 'rejected', code: 'lease_dates_invalid' });
    if (othersBoat && other.id !== customer.id) expect(await push(payloadFor(customer.id, berth.id, { boatId: othersBoat.id }))).toMatchObject({ status: 'rejected', code: 'lease_boat_invalid' });
    expect(await push(payloadFor(randomUUID(), berth.id))).toMatchObject({ status: 'rejected', code: 'not_found' });
    const inactive = (await central.db.query<{ id: string }>(`SELECT id::text AS id FROM berth WHERE NOT (data->>'isActive')::boolean LIMIT 1`)).rows[0];
    if (inactive) expect(await push(payloadFor(customer.id, inactive.id))).toMatchObject({ status: 'rejected', code: 'berth_inactive' });
    // The customer's own boat, too wide for the berth, is refused by the allocation rule.
    const narrow = (await central.db.query<{ id: string }>(`SELECT id::text AS id FROM berth WHERE (data->>'isActive')::boolean AND (data->>'width')::float + 0.01 < $1 LIMIT 1`, [boat?.width ?? 0])).rows[0];
    if (boat && narrow) expect(await push(payloadFor(customer.id, narrow.id, { boatId: boat.id }))).toMatchObject({ status: 'rejected', code: 'berth_too_narrow' });
    expect((await central.db.query('SELECT 1 FROM lease WHERE berth_id = $1 AND season = $2', [berth.id, season])).rowCount).toBe(0);
  });

  it('never overwrites a row it does not own: a lease or order id that names an existing one is refused, and that row stays as it was', async () => {
    const { customer } = await customerOf('private', 2);
    const taken = (await central.db.query<{ lease: Lease; order: BerthOrder }>(
      `SELECT l.data AS lease, o.data AS "order" FROM lease l JOIN berth_order o ON o.lease_id = l.id WHERE l.status = 'paid' ORDER BY l.id LIMIT 1`,
    )).rows[0];
    if (!taken) throw new Error('the seed has no paid lease');
    for (const extra of [{ leaseId: taken.lease.id }, { orderId: taken.order.id }]) {
      const berth = free[0]!;
      const result = await push(payloadFor(customer.id, berth.id, extra));
      expect(result.status).not.toBe('applied');
      expect(await stored(taken.lease.id)).toEqual(taken);
    }
    // Odd strings and huge numbers are refused as bad input, never a 5xx.
    for (const extra of [{ reason: 'Large\u0000vessel' }, { reason: 'Large \ud800 vessel' }, { startDate: '2027-06-10\u0000' }]) {
      const res = await pushAs(aino, payloadFor(customer.id, free[0]!.id, extra));
      expect(res.status).toBeLessThan(500);
      if (res.status === 200) expect(res.body.results[0]!.status).not.toBe('applied');
    }
  });

  it('refuses a supervisor and harbour services with 403, and bad input with a 400 naming the command, never a 5xx', async () => {
    const { customer } = await customerOf('private', 6);
    const berth = free[0]!;
    for (const user of ['olli', 'harri']) {
      const res = await pushAs(await signIn(central.url, user), payloadFor(customer.id, berth.id));
      expect(res.status, user).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'forbidden' });
    }
    for (const extra of [{ reason: '' }, { reason: '   ' }, { startDate: '2027-02-30' }, { season: '2027' }, { boatId: 'x' }, { berthId: undefined }, { reason: 'x'.repeat(501) }, { surprise: true }]) {
      const res = await pushAs(aino, payloadFor(customer.id, berth.id, extra));
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('berths.createLease') });
    }
    expect((await central.db.query('SELECT 1 FROM lease WHERE berth_id = $1 AND season = $2', [berth.id, defaults.season])).rowCount).toBe(0);
  });
});
