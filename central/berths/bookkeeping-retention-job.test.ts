import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { DAILY_JOBS } from '../jobs/daily-jobs.ts';
import { pullAll } from '../testing/api-client.ts';
import { removeExpiredBookkeeping } from './bookkeeping-retention-job.ts';
import { erasableCustomer, gdprCentral } from './customer-gdpr.test-support.ts';

/**
 * The retention of an erased berth customer's bookkeeping (decision 51), on a real central: their
 * orders and payment attempts stay through 31 December of the tenth year after the last date and
 * go, through the feed, from 1 January after; a customer not erased keeps theirs.
 */
const world = gdprCentral(['aino']);
const insert = (table: string, id: string, data: unknown, version = 1) => world.central.db.query(`INSERT INTO ${table} (id, version, data) VALUES ($1, $2, $3::jsonb)`, [id, version, JSON.stringify(data)]);

/** A customer (erased or not) with a 2016 lease, its order paid then, and a payment attempt settled on 2.1.2017. */
async function customerWith2016Order(erased: boolean) {
  const ids = { customer: randomUUID(), boat: randomUUID(), application: randomUUID(), lease: randomUUID(), order: randomUUID(), attempt: randomUUID() };
  const harbour = (await world.central.db.query<{ id: string }>('SELECT id::text AS id FROM harbour ORDER BY id LIMIT 1')).rows[0]!.id;
  // A berth of its own: one lease per berth and season.
  const berth = (await world.central.db.query<{ id: string }>('SELECT b.id::text AS id FROM berth b WHERE NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id AND l.season = 2016) ORDER BY b.id LIMIT 1')).rows[0]!.id;
  const { customer, boat, application } = erasableCustomer({ ...ids, harbour }, { firstName: '', lastName: '', email: '', phone: '', registration: '', boatName: '' });
  await insert('customer', ids.customer, erased ? { ...customer, erasedAt: '2020-01-01T10:00:00+02:00', erasedBy: 'Sanna Nieminen' } : customer);
  await insert('boat', ids.boat, boat);
  await insert('application', ids.application, { ...application, season: 2016 });
  const lease: Lease = { id: ids.lease, berthId: berth, customerId: ids.customer, boatId: ids.boat, applicationId: ids.application, season: 2016, status: 'paid', startDate: '2016-06-10', endDate: '2016-09-14', dueDate: '2016-03-31', priceCents: 29000, vatPercent: 24, offeredAt: '2016-02-01T09:00:00+02:00', offeredBy: 'Aino Virtanen' };
  await insert('lease', ids.lease, lease);
  const line = { product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: 23387, vatPercent: 24, totalCents: 29000 };
  const order: BerthOrder = { id: ids.order, leaseId: ids.lease, applicationId: ids.application, customerId: ids.customer, season: 2016, status: 'paid', lines: [line], pretaxCents: 23387, vatCents: 5613, totalCents: 29000, dueDate: '2016-03-31', sentAt: '2016-02-01T09:00:00+02:00', paidAt: '2016-02-10T09:00:00+02:00', paidVia: 'online', invoicingType: 'online_payment', language: 'fi', refund: null };
  await insert('berth_order', ids.order, order, 2);
  await world.central.db.query(
    `INSERT INTO payment_attempt (id, order_id, provider, provider_payment_id, reference, amount_cents, currency, status, created_at, settled_at)
     VALUES ($1, $2, 'demo', $3, 'RF-1', 29000, 'EUR', 'paid', '2016-12-31T21:30:00Z', '2017-01-02T08:00:00Z')`,
    [ids.attempt, ids.order, randomUUID()],
  );
  return ids;
}

const exists = async (table: string, id: string) => (await world.central.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length === 1;

describe("an erased berth customer's bookkeeping", () => {
  it('stays through 31.12. of the tenth year after the last date, goes from 1.1. after through the feed, and only for erased customers', async () => {
    const erased = await customerWith2016Order(true);
    const kept = await customerWith2016Order(false);
    const { cursor } = await pullAll(world.central.url, world.tokens.aino!);

    // The attempt settled on 2.1.2017 (Helsinki), so the records are kept through 2027.
    expect((await removeExpiredBookkeeping(world.central.db, '2027-12-31')).orders).not.toContain(erased.order);
    expect(await exists('berth_order', erased.order)).toBe(true);

    const removed = await removeExpiredBookkeeping(world.central.db, '2028-01-01');
    expect(removed.orders).toContain(erased.order);
    expect(removed.orders).not.toContain(kept.order);
    expect(await exists('berth_order', erased.order)).toBe(false);
    expect(await exists('payment_attempt', erased.attempt)).toBe(false);
    expect(await exists('berth_order', kept.order)).toBe(true);
    expect(await exists('payment_attempt', kept.attempt)).toBe(true);
    // The lease and the customer stay (anonymised already); a desk drops the order.
    expect(await exists('lease', erased.lease)).toBe(true);
    const pulled = (await pullAll(world.central.url, world.tokens.aino!, cursor)).changes.filter((c) => c.id === erased.order);
    expect(pulled).toEqual([{ entity: 'berth_order', id: erased.order, op: 'delete', version: 3 }]);

    // A second run finds nothing more.
    expect((await removeExpiredBookkeeping(world.central.db, '2028-01-01')).orders).toEqual([]);
  });

  it('is one of the daily jobs', () => {
    expect(DAILY_JOBS.map((j) => j.name)).toContain('berth bookkeeping retention of erased customers');
  });
});
