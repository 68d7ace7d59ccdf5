import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { Berth, BerthProduct, Customer, Harbour, Lease, Pier } from '../../domain/berths/entities.ts';
import { berthPrice } from '../../domain/berths/pricing.ts';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { createLeaseDefaults } from '../../domain/berths/lease-create-schema.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { offerableCases } from '../testing/berth-fixtures.ts';
import { recordAttempt } from '../payments/attempts.ts';
import { recordPayment } from './record-payment.ts';
import { OFFER_LINK_PREFIX, offerLinkSecret, verifyOfferLinkToken } from './offer-link.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
const clientId = randomUUID();
let seq = 0;
let cases: Awaited<ReturnType<typeof offerableCases>> = [];

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 80, seed: 12 } });
  aino = await signIn(central.url, 'aino');
  // Distinct berths, so one case's offer never takes another case's berth.
  // Customers who pay online: a non-billable customer's order is paid at once, a paper one never sent.
  const online = new Set((await central.db.query<{ id: string }>(`SELECT id::text AS id FROM customer WHERE kind <> 'non_billable' AND data->>'invoicingType' = 'online_payment'`)).rows.map((r) => r.id));
  const seen = new Set<string>();
  cases = (await offerableCases(central.db, 60)).filter((c) => online.has(c.application.customerId) && !seen.has(c.berthId) && seen.add(c.berthId));
});
afterAll(() => central.close());

function takeCase() {
  const c = cases.shift();
  if (!c) throw new Error('the seed has too few offerable cases');
  return c;
}

async function pushAs(token: string, type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = null) {
  return api<PushResponse & { error?: { code: string } }>(central.url, 'POST', '/sync/push', { token, body: { clientId, commands: [envelope(type, payload, ++seq, baseVersion)] } });
}
async function push(type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = null) {
  const res = await pushAs(aino, type, payload, baseVersion);
  expect(res.status).toBe(200);
  return res.body.results[0];
}
const status = async (table: 'application' | 'lease' | 'berth_order', id: string) =>
  (await central.db.query<{ status: string; data: Record<string, unknown> }>(`SELECT status, data FROM ${table} WHERE id = $1`, [id])).rows[0];
const due = () => addDays(helsinkiDate(new Date()), 14);
const messages = async (template: string, entityId: string, channel: 'email' | 'sms' = 'email') =>
  (await central.db.query<{ recipient: string; language: string; params: Record<string, string> }>(`SELECT recipient, language, params FROM notification_outbox WHERE template = $1 AND entity_id = $2 AND channel = $3`, [template, entityId, channel])).rows;

/** An offer made through the push, as a handler's client sends it. */
async function offered() {
  const c = takeCase();
  const leaseId = randomUUID();
  const orderId = randomUUID();
  const r = await push('berths.offerBerth', { applicationId: c.application.id, berthId: c.berthId, leaseId, orderId, dueDate: due(), acceptShorter: false }, c.version);
  expect(r).toMatchObject({ status: 'applied' });
  return { ...c, leaseId, orderId };
}

describe('the order cycle on the central', () => {
  it('creates the order with the offer: offered, with its due date and a priced berth line', async () => {
    const o = await offered();
    const order = (await status('berth_order', o.orderId))!.data as BerthOrder;
    expect(order).toMatchObject({ status: 'offered', leaseId: o.leaseId, applicationId: o.application.id, dueDate: due(), invoicingType: 'online_payment', lines: [{ product: 'berth' }] });
    expect(order.totalCents).toBeGreaterThan(0);
    expect(order.pretaxCents + order.vatCents).toBe(order.totalCents);
    // The offer goes out in the applicant's language with a link the customer page can verify.
    const [sent] = await messages('berths.offer', o.application.id);
    expect(sent).toMatchObject({ recipient: o.application.applicant.email, language: o.application.applicant.language });
    const token = sent!.params.link!.split(OFFER_LINK_PREFIX)[1]!;
    expect(verifyOfferLinkToken(token, await offerLinkSecret(central.db))).toBe(o.orderId);
    expect(sent!.params.dueDate).toBe(due().split('-').map(Number).reverse().join('.'));
    // And by text message to the applicant's phone, with the same link (brief 6.2).
    expect(await messages('berths.offer', o.application.id, 'sms')).toMatchObject([{ recipient: o.application.applicant.phone.replace(/[\s-]/g, ''), params: { link: sent!.params.link } }]);
  });

  it('marks paid elsewhere: lease paid, application handled; then refuses every further invoice move', async () => {
    const o = await offered();
    expect(await push('berths.markOrderPaidElsewhere', { orderId: o.orderId })).toMatchObject({ status: 'applied' });
    expect(await status('berth_order', o.orderId)).toMatchObject({ status: 'paid_man', data: { paidVia: 'elsewhere' } });
    expect((await status('lease', o.leaseId))?.status).toBe('paid');
    expect((await status('application', o.application.id))?.status).toBe('handled');
    for (const type of ['berths.markOrderPaidElsewhere', 'berths.cancelOrder', 'berths.editOrderLines'] as const) {
      expect(await push(type, { orderId: o.orderId, services: [] }), type).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
    }
    expect(await push('berths.resendOffer', { orderId: o.orderId, dueDate: due() })).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
    expect(await push('berths.refundOrder', { orderId: o.orderId })).toMatchObject({ status: 'rejected', code: 'order_not_paid' });
  });

  it('cancels an offered order, sends it again, and refuses a due date out of range', async () => {
    const o = await offered();
    expect(await push('berths.cancelOrder', { orderId: o.orderId })).toMatchObject({ status: 'applied' });
    expect(await status('berth_order', o.orderId)).toMatchObject({ status: 'cancelled' });
    expect((await status('lease', o.leaseId))?.status).toBe('offered');
    expect(await push('berths.resendOffer', { orderId: o.orderId, dueDate: helsinkiDate(new Date()) })).toMatchObject({ status: 'rejected', code: 'due_date_out_of_range' });
    expect(await push('berths.resendOffer', { orderId: o.orderId, dueDate: addDays(helsinkiDate(new Date()), 10) })).toMatchObject({ status: 'applied' });
    expect(await messages('berths.offer', o.application.id)).toHaveLength(2);
    expect(await messages('berths.offer', o.application.id, 'sms')).toHaveLength(2);
    expect(await status('berth_order', o.orderId)).toMatchObject({ status: 'offered', data: { dueDate: addDays(helsinkiDate(new Date()), 10) } });
  });

  it('terminates a lease on the chosen day, cancelling its waiting order; refuses a day outside the lease', async () => {
    const o = await offered();
    const lease = (await status('lease', o.leaseId))!.data as { startDate: string; endDate: string };
    expect(await push('berths.terminateLease', { leaseId: o.leaseId, endDate: addDays(lease.endDate, 1) })).toMatchObject({ status: 'rejected', code: 'end_date_out_of_range' });
    expect(await push('berths.terminateLease', { leaseId: o.leaseId, endDate: lease.startDate })).toMatchObject({ status: 'applied' });
    expect(await status('lease', o.leaseId)).toMatchObject({ status: 'terminated', data: { endDate: lease.startDate } });
    expect((await status('berth_order', o.orderId))?.status).toBe('cancelled');
    expect(await messages('berths.lease_terminated', o.application.id)).toMatchObject([{ recipient: o.application.applicant.email, params: { endDate: lease.startDate.split('-').map(Number).reverse().join('.') } }]);
    expect(await push('berths.terminateLease', { leaseId: o.leaseId, endDate: lease.startDate })).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
  });

  it('terminates a paid lease that has no application, and tells its customer', async () => {
    const held = (await central.db.query<{ id: string; data: { startDate: string; endDate: string; customerId: string } }>(
      `SELECT id::text AS id, data FROM lease WHERE application_id IS NULL AND status = 'paid' ORDER BY id LIMIT 1`,
    )).rows[0];
    if (!held) throw new Error('the seed has no paid lease without an application');
    expect(await push('berths.terminateLease', { leaseId: held.id, endDate: held.data.endDate })).toMatchObject({ status: 'applied' });
    expect(await status('lease', held.id)).toMatchObject({ status: 'terminated', data: { endDate: held.data.endDate } });
    expect(await messages('berths.lease_terminated', held.id)).toHaveLength(1);
  });

  it('takes the payment provider’s confirmation, never a staff push; a paid order is refunded in full', async () => {
    const o = await offered();
    const order = (await status('berth_order', o.orderId))!.data as BerthOrder;
    expect(await push('berths.recordPayment', { orderId: o.orderId, amountCents: order.totalCents, providerReference: 'x' })).toMatchObject({ status: 'rejected', code: 'payment_not_staff' });
    const attempt = (amountCents: number) => recordAttempt(central.db, { orderId: o.orderId, provider: 'demo', providerPaymentId: randomUUID(), reference: 'VP-1', amountCents }, new Date());
    const issueOf = async (id: string) => (await central.db.query<{ reason: string }>("SELECT data->>'reason' AS reason FROM berth_payment_issue WHERE id = $1", [id])).rows[0]?.reason;
    // Another sum than the order's: taken by nothing, kept for staff to refund (decision 54).
    const short = await attempt(order.totalCents - 1);
    expect(await recordPayment(central.db, short)).toBe('unapplied');
    expect(await issueOf(short.id)).toBe('amount_changed');
    expect(await recordPayment(central.db, await attempt(order.totalCents))).toBe('paid');
    expect(await status('berth_order', o.orderId)).toMatchObject({ status: 'paid', data: { paidVia: 'online' } });
    expect((await status('lease', o.leaseId))?.status).toBe('paid');
    expect((await status('application', o.application.id))?.status).toBe('handled');
    const second = await attempt(order.totalCents);
    expect(await recordPayment(central.db, second)).toBe('unapplied');
    expect(await issueOf(second.id)).toBe('paid_already');
    expect(await push('berths.refundOrder', { orderId: o.orderId })).toMatchObject({ status: 'applied' });
    expect(await status('berth_order', o.orderId)).toMatchObject({ status: 'refunded', data: { refund: { status: 'accepted', amountCents: order.totalCents } } });
    expect((await status('lease', o.leaseId))?.status).toBe('terminated');
  });

  it('prices the berth line again when an offer is resent after its berth was widened; the 10 % line and the totals follow', async () => {
    const o = await offered();
    expect(await push('berths.editOrderLines', { orderId: o.orderId, services: [{ service: 'electricity', percent: 10, vatPercent: 25.5 }] })).toMatchObject({ status: 'applied' });
    const offeredCents = ((await status('berth_order', o.orderId))!.data as BerthOrder).lines[0]!.totalCents;
    const { rows: [row] } = await central.db.query<{ data: Berth; version: number; pier: Pier; harbour: Harbour; customer: Customer }>(
      'SELECT b.data, b.version, p.data AS pier, h.data AS harbour, (SELECT data FROM customer WHERE id = $2) AS customer FROM berth b JOIN pier p ON p.id = b.pier_id JOIN harbour h ON h.id = b.harbour_id WHERE b.id = $1',
      [o.berthId, o.application.customerId],
    );
    const products = (await central.db.query<{ data: BerthProduct }>('SELECT data FROM berth_product')).rows.map((r) => r.data);
    const lease = (await status('lease', o.leaseId))!.data as Lease;
    // The price list's own answer for a wider berth, in the first wider band that costs something else.
    const priceAt = (width: number) => berthPrice({ ...row!.data, width }, row!.pier, row!.harbour, products, row!.customer.kind, lease.startDate);
    const width = [0.25, 0.5, 0.75, 1, 1.5, 2].map((d) => Math.round((row!.data.width + d) * 100) / 100).find((w) => {
      const p = priceAt(w);
      return p.ok && p.price.cents !== offeredCents;
    });
    if (width === undefined) throw new Error('no wider band of the berth costs something else');
    const priced = priceAt(width);
    if (!priced.ok) throw new Error('unreachable: the width was picked priced');
    const b = row!.data;
    const edit = { berthId: b.id, number: b.number, width, length: b.length, depth: b.depth, mooringType: b.mooringType, isAccessible: b.isAccessible, isActive: b.isActive, isInvoiceable: b.isInvoiceable ?? true, comment: b.comment };
    // Harbour services edit berths; the case handler then sends the offer again.
    const edited = await pushAs(await signIn(central.url, 'harri'), 'berths.editBerth', edit, row!.version);
    expect(edited.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await push('berths.resendOffer', { orderId: o.orderId, dueDate: due() })).toMatchObject({ status: 'applied' });
    const order = (await status('berth_order', o.orderId))!.data as BerthOrder;
    const electricity = Math.round(priced.price.cents / 10);
    expect(order.lines).toMatchObject([
      { product: 'berth', totalCents: priced.price.cents, pretaxCents: priced.price.pretaxCents },
      { product: 'electricity', percent: 10, totalCents: electricity },
    ]);
    expect(order.totalCents).toBe(priced.price.cents + electricity);
    expect(order.pretaxCents + order.vatCents).toBe(order.totalCents);
    expect((await status('lease', o.leaseId))!.data).toMatchObject({ priceCents: priced.price.cents, dueDate: due() });
  });

  it('leaves a paper-invoice customer’s order drafted and unsent; it is paid elsewhere', async () => {
    const c = takeCase();
    await central.db.query(`UPDATE customer SET version = version + 1, data = jsonb_set(data, '{invoicingType}', '"paper_invoice"') WHERE id = $1`, [c.application.customerId]);
    const leaseId = randomUUID();
    const orderId = randomUUID();
    expect(await push('berths.offerBerth', { applicationId: c.application.id, berthId: c.berthId, leaseId, orderId, dueDate: due(), acceptShorter: false }, c.version)).toMatchObject({ status: 'applied' });
    expect(await status('berth_order', orderId)).toMatchObject({ status: 'drafted', data: { sentAt: null, invoicingType: 'paper_invoice' } });
    expect((await status('application', c.application.id))?.status).toBe('offer_generated');
    expect(await push('berths.resendOffer', { orderId, dueDate: due() })).toMatchObject({ status: 'rejected', code: 'order_paper_invoice' });
    expect(await push('berths.markOrderPaidElsewhere', { orderId })).toMatchObject({ status: 'applied' });
    expect((await status('application', c.application.id))?.status).toBe('handled');
  });
});

describe('the invoice of a lease made without an application (decision 40)', () => {
  /** A lease and its drafted order made by berths.createLease for a private customer who pays online, on a free priced berth. */
  async function directLease() {
    const defaults = createLeaseDefaults(helsinkiDate(new Date()));
    const taken = new Set(cases.map((c) => c.berthId));
    const customer = (await central.db.query<{ id: string; email: string }>(
      `SELECT c.id::text AS id, c.data->>'email' AS email FROM customer c WHERE c.data->>'kind' = 'private' AND c.data->>'invoicingType' = 'online_payment'
       AND c.data->>'email' LIKE '%@%' AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.customer_id = c.id AND l.application_id IS NULL AND l.data ? 'direct') ORDER BY c.id LIMIT 1`,
    )).rows[0]!;
    const berths = await central.db.query<{ id: string }>(
      `SELECT b.id::text AS id FROM berth b WHERE (b.data->>'isActive')::boolean
       AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id AND l.season IN ($1::int - 1, $1::int)) ORDER BY (b.data->>'width')::float DESC, b.id LIMIT 40`,
      [defaults.season],
    );
    for (const { id: berthId } of berths.rows.filter((b) => !taken.has(b.id))) {
      const ids = { leaseId: randomUUID(), orderId: randomUUID() };
      const r = await push('berths.createLease', { customerId: customer.id, boatId: null, berthId, ...defaults, reason: 'Large vessel', acceptShorter: true, ...ids });
      if (r?.status === 'rejected' && r.code === 'berth_not_priced') continue;
      expect(r).toMatchObject({ status: 'applied' });
      return { ...ids, customer };
    }
    throw new Error('the seed has no free priced berth left');
  }

  it('is sent (the offer mail and text in the outbox), sent again, cancelled and sent again, then paid elsewhere; the order keeps its own log', async () => {
    const d = await directLease();
    expect(await status('berth_order', d.orderId)).toMatchObject({ status: 'drafted', data: { applicationId: null, dueDate: null } });
    expect(await push('berths.cancelOrder', { orderId: d.orderId })).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
    expect(await push('berths.editOrderLines', { orderId: d.orderId, services: [{ service: 'electricity', totalCents: 12550, vatPercent: 25.5 }] })).toMatchObject({ status: 'applied' });
    const edited = (await status('berth_order', d.orderId))!.data as BerthOrder;
    expect(edited).toMatchObject({ lines: [{ product: 'berth' }, { product: 'electricity', pretaxCents: 10000 }], log: [{ kind: 'order_lines_edited', actorName: 'Aino Virtanen' }] });
    expect(await push('berths.resendOffer', { orderId: d.orderId, dueDate: due() })).toMatchObject({ status: 'applied' });
    expect(await status('berth_order', d.orderId)).toMatchObject({ status: 'offered', data: { dueDate: due(), totalCents: edited.totalCents } });
    expect(await status('lease', d.leaseId)).toMatchObject({ status: 'offered', data: { applicationId: null, dueDate: due() } });
    // The offer goes to the customer (no application: the order names the message) with the edited total.
    const [sent] = await messages('berths.offer', d.orderId);
    expect(sent).toMatchObject({ recipient: d.customer.email });
    expect(sent!.params.price!.replace(/\D/g, '')).toBe(String(edited.totalCents));
    expect(await push('berths.cancelOrder', { orderId: d.orderId })).toMatchObject({ status: 'applied' });
    expect(await status('lease', d.leaseId)).toMatchObject({ status: 'offered' });
    expect(await push('berths.resendOffer', { orderId: d.orderId, dueDate: due() })).toMatchObject({ status: 'applied' });
    expect(await messages('berths.offer', d.orderId)).toHaveLength(2);
    expect(await push('berths.markOrderPaidElsewhere', { orderId: d.orderId })).toMatchObject({ status: 'applied' });
    expect(await status('berth_order', d.orderId)).toMatchObject({ status: 'paid_man', data: { paidVia: 'elsewhere' } });
    expect((await status('lease', d.leaseId))?.status).toBe('paid');
    const log = ((await status('berth_order', d.orderId))!.data as BerthOrder).log!.map((e) => e.kind);
    expect(log).toEqual(['order_lines_edited', 'offer_resent', 'order_cancelled', 'offer_resent', 'order_paid']);
    // Paid, it is not sent, cancelled or edited again; it is not refunded (paid elsewhere).
    for (const type of ['berths.cancelOrder', 'berths.editOrderLines', 'berths.markOrderPaidElsewhere'] as const) {
      expect(await push(type, { orderId: d.orderId, services: [] }), type).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
    }
    expect(await push('berths.refundOrder', { orderId: d.orderId })).toMatchObject({ status: 'rejected', code: 'order_not_paid' });
    expect(await central.db.query(`SELECT 1 FROM application_event WHERE data->>'leaseId' = $1`, [d.leaseId])).toMatchObject({ rowCount: 0 });
  });

  it('refuses a supervisor and harbour services with 403 and bad lines with 400, never a 5xx, leaving the invoice as it was', async () => {
    const d = await directLease();
    for (const user of ['olli', 'harri']) {
      const token = await signIn(central.url, user);
      for (const [type, payload] of [
        ['berths.resendOffer', { orderId: d.orderId, dueDate: due() }],
        ['berths.editOrderLines', { orderId: d.orderId, services: [] }],
        ['berths.markOrderPaidElsewhere', { orderId: d.orderId }],
      ] as const) {
        const res = await pushAs(token, type, payload);
        expect(res.status, `${user} ${type}`).toBe(403);
      }
    }
    const line = { service: 'water', totalCents: 100, vatPercent: 25.5 };
    for (const services of [[{ ...line, totalCents: -1 }], [{ ...line, totalCents: 1.5 }], [{ ...line, service: 'berth' }], [line, line], [{ ...line, vatPercent: '25.5' }], 'x', [{ ...line, totalCents: 10_000_001 }]]) {
      const res = await pushAs(aino, 'berths.editOrderLines', { orderId: d.orderId, services });
      expect(res.status, JSON.stringify(services)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request' });
    }
    // A percentage is more than 0, at most 100, with at most two decimals, and a line is never both.
    for (const percent of [0, 101, 10.125]) {
      const res = await pushAs(aino, 'berths.editOrderLines', { orderId: d.orderId, services: [{ service: 'water', percent, vatPercent: 25.5 }] });
      expect(res.status, String(percent)).toBe(400);
    }
    expect((await pushAs(aino, 'berths.editOrderLines', { orderId: d.orderId, services: [{ ...line, percent: 10 }] })).status).toBe(400);
    expect(await status('berth_order', d.orderId)).toMatchObject({ status: 'drafted', data: { lines: [{ product: 'berth' }] } });
    // A percentage line is stored as its percent of the berth line, beside an amount line as desks always sent it (decision 48).
    expect(await push('berths.editOrderLines', { orderId: d.orderId, services: [{ service: 'electricity', percent: 10, vatPercent: 25.5 }, line] })).toMatchObject({ status: 'applied' });
    const order = (await status('berth_order', d.orderId))!.data as BerthOrder;
    const berthCents = order.lines[0]!.totalCents;
    expect(order.lines.slice(1)).toMatchObject([{ product: 'electricity', percent: 10, totalCents: Math.round(berthCents / 10) }, { product: 'water', totalCents: 100 }]);
    expect(order.lines[2]).not.toHaveProperty('percent');
    expect(order.totalCents).toBe(berthCents + Math.round(berthCents / 10) + 100);
  });
});

describe('bad input and rights', () => {
  it('refuses bad input with 400 and an unknown order with not_found, never 5xx', async () => {
    for (const payload of [{}, { orderId: 'not-a-uuid' }, { orderId: randomUUID().toUpperCase() }]) {
      const res = await pushAs(aino, 'berths.cancelOrder', payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request' });
    }
    expect((await pushAs(aino, 'berths.terminateLease', { leaseId: randomUUID(), endDate: '2027-02-30' })).status).toBe(400);
    expect((await pushAs(aino, 'berths.editOrderLines', { orderId: randomUUID(), services: [{ service: 'water', totalCents: 100, vatPercent: 17 }] })).status).toBe(400);
    expect(await push('berths.cancelOrder', { orderId: randomUUID() })).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(await push('berths.terminateLease', { leaseId: randomUUID(), endDate: '2027-07-01' })).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('lets a supervisor change nothing', async () => {
    const o = await offered();
    const olli = await signIn(central.url, 'olli');
    for (const [type, payload] of [
      ['berths.markOrderPaidElsewhere', { orderId: o.orderId }],
      ['berths.cancelOrder', { orderId: o.orderId }],
      ['berths.resendOffer', { orderId: o.orderId, dueDate: due() }],
      ['berths.terminateLease', { leaseId: o.leaseId, endDate: '2027-07-01' }],
    ] as const) {
      const res = await pushAs(olli, type, payload);
      expect(res.status, type).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'forbidden' });
    }
    expect((await status('berth_order', o.orderId))?.status).toBe('offered');
  });

  it('gives orders to the case roles only: harbour services pull no customers, leases or orders', async () => {
    const harri = await signIn(central.url, 'harri');
    const theirs = await pullAll(central.url, harri);
    expect(theirs.changes.filter((c) => ['customer', 'berth_order', 'lease', 'application'].includes(c.entity))).toEqual([]);
    const olli = await signIn(central.url, 'olli');
    expect((await pullAll(central.url, olli)).changes.some((c) => c.entity === 'berth_order')).toBe(true);
  });
});
