import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterSection } from '../../domain/berths/winter-entities.ts';
import { openDb, type Db, type Queryable } from '../db/db.ts';
import { MIGRATED_TEMPLATE, migrate } from '../db/migrate.ts';
import { DAILY_JOBS } from '../jobs/daily-jobs.ts';
import { pullAll } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { removeExpiredBookkeeping } from './bookkeeping-retention-job.ts';
import { erasableCustomer, gdprCentral } from './customer-gdpr.test-support.ts';

const withPostgres = pgAvailable();
if (!withPostgres) console.warn('[skip] central/berths/bookkeeping-retention-job.test.ts on PostgreSQL: the PostgreSQL 15 binaries or the postgres user are missing.');

/**
 * The retention of an erased berth customer's bookkeeping (decision 51), on a real central: their
 * orders, winter leases (each with its invoice) and the leases' events, payment attempts and
 * reminders stay through 31 December of the tenth year after the customer's last date and go,
 * through the feed, from 1 January after; a customer not erased keeps theirs. Winter events stay
 * append-only but for the retention's own rows (migration 056), on PGlite and PostgreSQL 15.
 */
const world = gdprCentral(['aino']);
const insertInto = (db: Queryable, table: string, id: string, data: unknown, version = 1) => db.query(`INSERT INTO ${table} (id, version, data) VALUES ($1, $2, $3::jsonb)`, [id, version, JSON.stringify(data)]);
const insert = (table: string, id: string, data: unknown, version = 1) => insertInto(world.central.db, table, id, data, version);
const ERASED = { erasedAt: '2020-01-01T10:00:00+02:00', erasedBy: 'Sanna Nieminen' };

/** A customer (erased or not, anonymised alike) with a boat, and a 2016 berth application for a lease to name. */
async function aCustomer(db: Queryable, erased: boolean) {
  const ids = { customer: randomUUID(), boat: randomUUID(), application: randomUUID() };
  // A bare database has no harbour; its customers have no berth application.
  const harbour = (await db.query<{ id: string }>('SELECT id::text AS id FROM harbour ORDER BY id LIMIT 1')).rows[0]?.id ?? randomUUID();
  const records = erasableCustomer({ ...ids, harbour }, { firstName: '', lastName: '', email: '', phone: '', registration: '', boatName: '' });
  await insertInto(db, 'customer', ids.customer, erased ? { ...records.customer, ...ERASED } : records.customer);
  await insertInto(db, 'boat', ids.boat, records.boat);
  return { ids, application: { ...records.application, season: 2016 } };
}

/** A customer (erased or not) with a 2016 lease, its order paid then, and a payment attempt settled on 2.1.2017. */
async function customerWith2016Order(erased: boolean) {
  const made = await aCustomer(world.central.db, erased);
  return { ...made.ids, ...(await add2016Order(made)) };
}

/** The customer's 2016 application and lease, the lease's order paid then, and a payment attempt settled on 2.1.2017. */
async function add2016Order({ ids: customer, application }: Awaited<ReturnType<typeof aCustomer>>) {
  const ids = { ...customer, lease: randomUUID(), order: randomUUID(), attempt: randomUUID() };
  // A berth of its own: one lease per berth and season.
  const berth = (await world.central.db.query<{ id: string }>('SELECT b.id::text AS id FROM berth b WHERE NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id AND l.season = 2016) ORDER BY b.id LIMIT 1')).rows[0]!.id;
  await insert('application', ids.application, application);
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
  return { lease: ids.lease, order: ids.order, attempt: ids.attempt };
}

/** Where a winter lease is: a marked place, or an unmarked lease on an area's section. */
interface WinterSpot {
  areaId: string;
  sectionId: string;
  placeId: string | null;
}

/** A marked place of the central's winter areas that no lease of the winter holds yet. */
async function freePlace(winter: number): Promise<WinterSpot> {
  const free = await world.central.db.query<WinterSpot>(
    `SELECT p.area_id::text AS "areaId", p.section_id::text AS "sectionId", p.id::text AS "placeId" FROM winter_place p
     WHERE NOT EXISTS (SELECT 1 FROM winter_lease l WHERE l.place_id = p.id AND l.winter = $1) ORDER BY p.id LIMIT 1`,
    [winter],
  );
  return free.rows[0]!;
}

/** A winter area with one section of its own, for a database nothing was seeded into: its leases are unmarked. */
async function aSection(db: Queryable): Promise<WinterSpot> {
  const area: WinterArea = { id: randomUUID(), name: { fi: 'Testialue', sv: 'Testområde', en: 'Test area' }, streetAddress: 'Satamakatu 1', zipCode: '00100', region: 'east', location: null, estimatedUnmarkedSpaces: null, price: null };
  const section: WinterSection = { id: randomUUID(), areaId: area.id, identifier: 'A', services: [] };
  await insertInto(db, 'winter_area', area.id, area);
  await insertInto(db, 'winter_section', section.id, section);
  return { areaId: area.id, sectionId: section.id, placeId: null };
}

/** The customer's handled marked-place application of the winter, anonymised as the erasure leaves it. */
async function addWinterApplication(made: Awaited<ReturnType<typeof aCustomer>>, spot: WinterSpot, winter: number): Promise<string> {
  const { applicant, boat } = made.application;
  const application: WinterApplication = {
    id: randomUUID(),
    reference: `TS${String(winter).slice(2)}-${randomUUID().slice(0, 8)}`,
    areaType: 'marked',
    status: 'handled',
    receivedAt: `${winter}-05-02T09:00:00+03:00`,
    winter,
    customerId: made.ids.customer,
    boatId: made.ids.boat,
    applicant,
    boat,
    areaChoices: [spot.areaId],
    storageMethod: 'on_trestles',
    trailerRegistrationNumber: null,
  };
  await insert('winter_application', application.id, application);
  return application.id;
}

/**
 * A paid winter lease of the winter (15.9. to 10.6. the next year), its invoice sent on 1.8. and
 * paid online on 20.8., as a desk and the payment page wrote it: its three events (the paid one
 * rewritten once, as an erasure leaves it), the payment attempt kept under the lease's id and a
 * reminder sent.
 */
async function addWinterLease(db: Queryable, customerId: string, spot: WinterSpot, winter: number, applicationId: string | null) {
  const ids = { lease: randomUUID(), events: [randomUUID(), randomUUID(), randomUUID()], attempt: randomUUID() };
  const line = { product: 'winter_storage_marked', title: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 15936, vatPercent: 25.5, totalCents: 20000 };
  const [sent, paid] = [`${winter}-08-01T09:00:00+03:00`, `${winter}-08-20T10:00:00+03:00`];
  const lease: WinterLease = {
    id: ids.lease,
    areaType: spot.placeId === null ? 'unmarked' : 'marked',
    ...spot,
    customerId,
    boatId: null,
    applicationId,
    winter,
    status: 'paid',
    startDate: `${winter}-09-15`,
    endDate: `${winter + 1}-06-10`,
    invoice: { number: `TS-${ids.lease.slice(0, 8)}`, status: 'paid', lines: [line], pretaxCents: 15936, vatCents: 4064, totalCents: 20000, dueDate: `${winter}-09-01`, sentAt: sent, paidAt: paid, paidVia: 'online', invoicingType: 'online_payment', language: 'fi' },
    stickerNumber: null,
    stickerPostedOn: null,
    createdAt: sent,
    createdBy: 'Aino Virtanen',
  };
  await insertInto(db, 'winter_lease', ids.lease, lease, 3);
  const steps = [
    ['lease_created', sent, null, 'offered'],
    ['invoice_sent', sent, 'drafted', 'offered'],
    ['invoice_paid', paid, 'offered', 'paid'],
  ] as const;
  for (const [i, [kind, at, fromStatus, toStatus]] of steps.entries()) {
    const event: WinterEvent = { id: ids.events[i]!, applicationId, leaseId: ids.lease, at, recordedAt: null, kind, actorId: null, actorName: 'Aino Virtanen', fromStatus, toStatus, stickerNumber: null, note: i === 2 ? '–' : null, commandId: null };
    await insertInto(db, 'winter_event', event.id, event, i === 2 ? 2 : 1);
  }
  await db.query(
    `INSERT INTO payment_attempt (id, order_id, provider, provider_payment_id, reference, amount_cents, currency, status, created_at, settled_at)
     VALUES ($1, $2, 'demo', $3, 'RF-2', 20000, 'EUR', 'paid', $4, $4)`,
    [ids.attempt, ids.lease, randomUUID(), paid],
  );
  await db.query('INSERT INTO winter_invoice_reminder (lease_id, days_before, sent_on) VALUES ($1, 7, $2)', [ids.lease, `${winter}-08-25`]);
  return ids;
}

/** What is left of a winter lease's bookkeeping: the lease, its events, its payment attempt and its reminders. */
async function winterRows(db: Queryable, w: { lease: string; attempt: string }) {
  const count = async (sql: string, id: string) => (await db.query<{ n: number }>(sql, [id])).rows[0]!.n;
  return {
    lease: await count('SELECT count(*)::int AS n FROM winter_lease WHERE id = $1', w.lease),
    events: await count('SELECT count(*)::int AS n FROM winter_event WHERE lease_id = $1', w.lease),
    attempts: await count('SELECT count(*)::int AS n FROM payment_attempt WHERE id = $1', w.attempt),
    reminders: await count('SELECT count(*)::int AS n FROM winter_invoice_reminder WHERE lease_id = $1', w.lease),
  };
}
const WHOLE = { lease: 1, events: 3, attempts: 1, reminders: 1 };
const GONE = { lease: 0, events: 0, attempts: 0, reminders: 0 };

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

/** A customer (erased or not) with a paid winter lease of 2016 (its season to 10.6.2017) on their winter application. */
async function customerWith2016WinterLease(erased: boolean) {
  const made = await aCustomer(world.central.db, erased);
  const spot = await freePlace(2016);
  const winterApplication = await addWinterApplication(made, spot, 2016);
  return { ...made.ids, winterApplication, ...(await addWinterLease(world.central.db, made.ids.customer, spot, 2016, winterApplication)) };
}

describe("an erased berth customer's winter storage bookkeeping", () => {
  it('stays through 31.12. of the tenth year after the season ended, goes from 1.1. after with its events through the feed, and only for erased customers', async () => {
    const erased = await customerWith2016WinterLease(true);
    const kept = await customerWith2016WinterLease(false);
    const { cursor } = await pullAll(world.central.url, world.tokens.aino!);

    // The season ended on 10.6.2017, so the lease is kept through 2027.
    expect((await removeExpiredBookkeeping(world.central.db, '2027-12-31')).winterLeases).not.toContain(erased.lease);
    expect(await winterRows(world.central.db, erased)).toEqual(WHOLE);

    const removed = await removeExpiredBookkeeping(world.central.db, '2028-01-01');
    expect(removed.winterLeases).toContain(erased.lease);
    expect(removed.winterLeases).not.toContain(kept.lease);
    expect(await winterRows(world.central.db, erased)).toEqual(GONE);
    expect(await winterRows(world.central.db, kept)).toEqual(WHOLE);
    // The anonymised customer and their winter application stay, as their berth applications do.
    expect(await exists('customer', erased.customer)).toBe(true);
    expect(await exists('winter_application', erased.winterApplication)).toBe(true);

    // A desk drops the lease and its events, each at its next version.
    const mine = new Set<string>([erased.lease, ...erased.events]);
    const pulled = (await pullAll(world.central.url, world.tokens.aino!, cursor)).changes.filter((c) => mine.has(c.id));
    expect(pulled.map((c) => `${c.op} ${c.entity}:${c.id}@${c.version}`).sort()).toEqual(
      [`delete winter_lease:${erased.lease}@4`, `delete winter_event:${erased.events[0]}@2`, `delete winter_event:${erased.events[1]}@2`, `delete winter_event:${erased.events[2]}@3`].sort(),
    );

    // A second run finds nothing more.
    expect(await removeExpiredBookkeeping(world.central.db, '2028-01-01')).toEqual({ orders: [], winterLeases: [] });
  });

  it("is kept whole, orders too, while a later winter lease is in its ten years: a customer's records go on their one last date", async () => {
    const made = await aCustomer(world.central.db, true);
    const order = await add2016Order(made);
    const old = await addWinterLease(world.central.db, made.ids.customer, await freePlace(2016), 2016, null);
    const recent = await addWinterLease(world.central.db, made.ids.customer, await freePlace(2019), 2019, null);

    // The 2019 season ended on 10.6.2020: everything is kept through 2030.
    const lastDay = await removeExpiredBookkeeping(world.central.db, '2030-12-31');
    expect(lastDay.orders).not.toContain(order.order);
    expect(lastDay.winterLeases).not.toContain(old.lease);
    for (const w of [old, recent]) expect(await winterRows(world.central.db, w)).toEqual(WHOLE);
    expect(await exists('berth_order', order.order)).toBe(true);
    expect(await exists('payment_attempt', order.attempt)).toBe(true);

    const removed = await removeExpiredBookkeeping(world.central.db, '2031-01-01');
    expect(removed.orders).toContain(order.order);
    expect(removed.winterLeases).toEqual(expect.arrayContaining([old.lease, recent.lease]));
    for (const w of [old, recent]) expect(await winterRows(world.central.db, w)).toEqual(GONE);
    expect(await exists('berth_order', order.order)).toBe(false);
    expect(await exists('payment_attempt', order.attempt)).toBe(false);
  });
});

/** Migration 056 and the job's statements, the same on PGlite and on a real PostgreSQL 15. */
for (const backend of ['pglite', 'postgres'] as const) {
  describe.skipIf(backend === 'postgres' && !withPostgres)(`winter events on ${backend}`, () => {
    let db: Db;
    let cluster: PgCluster | null = null;
    beforeAll(async () => {
      cluster = backend === 'postgres' ? await startPgCluster() : null;
      db = await openDb(cluster ? { databaseUrl: cluster.databaseUrl } : { memoryStage: MIGRATED_TEMPLATE });
      await migrate(db);
    });
    afterAll(async () => {
      await db?.close();
      await cluster?.stop();
    });

    /** A customer's paid unmarked winter lease of 2016 on an area of its own, with its events. */
    const leaseOf2016 = async (erased: boolean) => addWinterLease(db, (await aCustomer(db, erased)).ids.customer, await aSection(db), 2016, null);
    const eventsOf = async (leaseId: string) => (await db.query<{ id: string }>('SELECT id::text AS id FROM winter_event WHERE lease_id = $1 ORDER BY id', [leaseId])).rows.map((r) => r.id);
    /** Runs the statement in a transaction that names these rows in a setting, as the job and the erasure do. */
    const naming = (setting: 'kuva.retention' | 'kuva.erasure', ids: readonly string[], sql: string, params: unknown[]) =>
      db.transaction(async (tx) => {
        await tx.query('SELECT set_config($1, $2, true)', [setting, ids.join(',')]);
        await tx.query(sql, params);
      });
    const REFUSED = /winter_event is append-only: DELETE refused/;

    it("stay append-only: a plain DELETE, a DELETE of a row the retention does not name, one under the erasure's permission and TRUNCATE are refused", async () => {
      const w = await leaseOf2016(false);
      const [a, b] = w.events as [string, string, string];
      await expect(db.query('DELETE FROM winter_event')).rejects.toThrow(REFUSED);
      await expect(db.query('DELETE FROM winter_event WHERE id = $1', [a])).rejects.toThrow(REFUSED);
      // Naming one event lets no other through: the statement fails whole.
      await expect(naming('kuva.retention', [a], 'DELETE FROM winter_event WHERE id = ANY($1::uuid[])', [[a, b]])).rejects.toThrow(REFUSED);
      await expect(naming('kuva.erasure', [a], 'DELETE FROM winter_event WHERE id = $1', [a])).rejects.toThrow(REFUSED);
      // The retention's setting permits no rewrite: an UPDATE is still only the erasure's.
      await expect(naming('kuva.retention', [a], `UPDATE winter_event SET version = version + 1, data = data || '{"note": "x"}' WHERE id = $1`, [a])).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(db.query('TRUNCATE winter_event')).rejects.toThrow(/append-only: TRUNCATE refused/);
      expect(await eventsOf(w.lease)).toEqual([...w.events].sort());
    });

    it('let a named row go in the transaction that names it, and only there', async () => {
      const w = await leaseOf2016(false);
      const [a, b] = w.events as [string, string, string];
      await db.transaction((tx) => tx.query(`SELECT set_config('kuva.retention', $1, true)`, [a]));
      await expect(db.query('DELETE FROM winter_event WHERE id = $1', [a])).rejects.toThrow(REFUSED);
      await naming('kuva.retention', [b, a], 'DELETE FROM winter_event WHERE id = $1', [a]);
      expect(await eventsOf(w.lease)).toEqual(w.events.filter((id) => id !== a).sort());
    });

    it("are removed with an erased customer's old winter lease by the daily job, with delete lines in the feed", async () => {
      const w = await leaseOf2016(true);
      expect(await removeExpiredBookkeeping(db, '2027-12-31')).toEqual({ orders: [], winterLeases: [] });
      expect(await winterRows(db, w)).toEqual(WHOLE);
      expect(await removeExpiredBookkeeping(db, '2028-01-01')).toEqual({ orders: [], winterLeases: [w.lease] });
      expect(await winterRows(db, w)).toEqual(GONE);
      const feed = await db.query<{ line: string }>(
        `SELECT op || ' ' || entity || ':' || id || '@' || version AS line FROM sync_feed WHERE id = ANY($1::text[]) AND seq IS NOT NULL`,
        [[w.lease, ...w.events]],
      );
      expect(feed.rows.map((r) => r.line).sort()).toEqual(
        [`delete winter_lease:${w.lease}@4`, `delete winter_event:${w.events[0]}@2`, `delete winter_event:${w.events[1]}@2`, `delete winter_event:${w.events[2]}@3`].sort(),
      );
      expect(await removeExpiredBookkeeping(db, '2028-01-01')).toEqual({ orders: [], winterLeases: [] });
    });
  });
}
