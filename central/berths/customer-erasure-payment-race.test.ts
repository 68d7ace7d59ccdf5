import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { lockAttempt, recordAttempt } from '../payments/attempts.ts';
import { launchCentral } from '../server.ts';
import { numberChanges } from '../sync/feed.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { erasableCustomer } from './customer-gdpr.test-support.ts';
import { loadOrderState } from './order-state.ts';
import { recordUnappliedPayment } from './unapplied-payment.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

const pg = pgAvailable();
if (!pg) console.warn('[skip] central/berths/customer-erasure-payment-race.test.ts: PostgreSQL 15 is missing; the erasure and payment race needs two connections.');

/**
 * A customer's erasure and a payment of theirs found unapplied at the same moment, under real
 * concurrency (decision 54): the payment holds its payable's locks with its issue written, not yet
 * committed; the erasure, pushed meanwhile, waits on those locks, reads the customer's issues after
 * them, and is refused. (The other order, an erasure first and a payment after it, is
 * customer-gdpr-routes.test.ts's: the anonymised customer's issue, refunded like any.)
 */
describe.skipIf(!pg)("a customer's erasure racing a payment found unapplied, on a real PostgreSQL 15", () => {
  let cluster: PgCluster;
  let central: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 57 }, notifications: false });
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  /** An erasable customer whose last season's lease and order are paid. */
  async function paidCustomer() {
    const ids = { customer: randomUUID(), boat: randomUUID(), application: randomUUID(), lease: randomUUID(), order: randomUUID() };
    const place = (await central.db.query<{ harbour: string; berth: string }>(`SELECT b.harbour_id::text AS harbour, b.id::text AS berth FROM berth b WHERE NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id AND l.season = 2026) ORDER BY b.id LIMIT 1`)).rows[0]!;
    const { customer, boat, application } = erasableCustomer({ ...ids, harbour: place.harbour }, { firstName: 'Maija', lastName: 'Meriläinen', email: 'maija.race@example.fi', phone: '+358 40 555 0199', registration: 'B-77199', boatName: 'Kiire' });
    const lease: Lease = { id: ids.lease, berthId: place.berth, customerId: ids.customer, boatId: ids.boat, applicationId: ids.application, season: 2026, status: 'paid', startDate: '2026-06-10', endDate: '2026-09-14', dueDate: '2026-03-31', priceCents: 29000, vatPercent: 25.5, offeredAt: '2026-02-01T09:00:00+02:00', offeredBy: 'Aino Virtanen' };
    const line = { product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: 23108, vatPercent: 25.5, totalCents: 29000 };
    const order: BerthOrder = { id: ids.order, leaseId: ids.lease, applicationId: ids.application, customerId: ids.customer, season: 2026, status: 'paid', lines: [line], pretaxCents: 23108, vatCents: 5892, totalCents: 29000, dueDate: '2026-03-31', sentAt: '2026-02-01T09:00:00+02:00', paidAt: '2026-02-10T09:00:00+02:00', paidVia: 'online', invoicingType: 'online_payment', language: 'fi', refund: null };
    for (const [table, id, data, version] of [['customer', ids.customer, customer, 2], ['boat', ids.boat, boat, 1], ['application', ids.application, application, 5], ['lease', ids.lease, lease, 3], ['berth_order', ids.order, order, 3]] as const) {
      await central.db.query(`INSERT INTO ${table} (id, version, data) VALUES ($1, $2, $3::jsonb)`, [id, version, JSON.stringify(data)]);
    }
    return ids;
  }

  it('the erasure waits for the payment’s locks, sees its issue and is refused', async () => {
    const ids = await paidCustomer();
    const token = await signIn(central.url, 'sanna');
    const attempt = await recordAttempt(central.db, { orderId: ids.order, provider: 'demo', providerPaymentId: randomUUID(), reference: 'VP26-990199', amountCents: 29000 }, new Date());
    let erasure: Promise<{ body: PushResponse }> | null = null;
    await central.db.transaction(async (tx) => {
      // The payment as record-payment.ts settles it: the payable's locks, the attempt's, the issue written.
      const state = await loadOrderState(tx, { orderId: ids.order });
      expect(state.order?.record.status).toBe('paid');
      expect(await lockAttempt(tx, attempt.id)).toBe('pending');
      await recordUnappliedPayment(tx, attempt, { kind: 'order', customerId: ids.customer, status: 'paid' }, 'paid_already', new Date());
      await numberChanges(tx);
      // The erasure is pushed meanwhile and waits on a lock this transaction holds.
      erasure = api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('berths.eraseCustomer', { customerId: ids.customer }, 1, 2)] } });
      for (let i = 0; i < 400; i++) {
        const waiting = await central.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'");
        if (waiting.rows[0]!.n > 0) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('the erasure never waited for the payment’s locks');
    });
    const answer = await erasure!;
    expect(answer.body.results[0]).toMatchObject({ status: 'rejected', code: 'customer_payment_unrefunded' });
    const customer = (await central.db.query<{ data: Customer; version: number }>('SELECT data, version FROM customer WHERE id = $1', [ids.customer])).rows[0];
    expect(customer).toMatchObject({ version: 2, data: { firstName: 'Maija' } });
  });
});
