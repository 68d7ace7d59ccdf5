import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, ApplicationEvent, Boat, Customer } from '../../domain/berths/entities.ts';
import { launchCentral } from '../server.ts';
import { envelope, pushOne, signIn } from '../testing/api-client.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
let seq = 0;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 23 } });
  aino = await signIn(central.url, 'aino');
});
afterAll(() => central.close());

const pushAs = (token: string, payload: unknown, baseVersion: number | null) => pushOne(central.url, token, envelope('berths.linkApplicationCustomer', payload, ++seq, baseVersion));
/** Aino's push, answered 200: its one result. */
async function push(payload: unknown, baseVersion: number | null) {
  const res = await pushAs(aino, payload, baseVersion);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!;
}
/** A new application in a status whose boat no other application or lease names. */
async function applicationIn(status: string, skip = 0) {
  const row = (
    await central.db.query<{ data: Application; version: number }>(
      `SELECT a.data, a.version FROM application a
       WHERE a.status = $1 AND a.data->>'kind' = 'new'
         AND NOT EXISTS (SELECT 1 FROM application o WHERE o.boat_id = a.boat_id AND o.id <> a.id)
         AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.boat_id = a.boat_id)
       ORDER BY a.id OFFSET $2 LIMIT 1`,
      [status, skip],
    )
  ).rows[0];
  if (!row) throw new Error(`the seed has no ${status} application`);
  return row;
}
/** Another customer than the application's, of no application at all when there is one. */
async function otherCustomer(app: Application, skip = 0) {
  const row = (await central.db.query<{ data: Customer }>('SELECT data FROM customer WHERE id <> $1 ORDER BY id OFFSET $2 LIMIT 1', [app.customerId, skip])).rows[0];
  if (!row) throw new Error('the seed has one customer');
  return row.data;
}
const stored = async (id: string) => (await central.db.query<{ data: Application; version: number }>('SELECT data, version FROM application WHERE id = $1', [id])).rows[0]!;
const boatOf = async (id: string) => (await central.db.query<{ data: Boat; version: number }>('SELECT data, version FROM boat WHERE id = $1', [id])).rows[0]!;
const applicationsOf = async (customerId: string) => (await central.db.query<{ id: string }>('SELECT id::text AS id FROM application WHERE customer_id = $1', [customerId])).rows.map((r) => r.id);
const boatsOf = async (customerId: string) => (await central.db.query<{ id: string }>('SELECT id::text AS id FROM boat WHERE customer_id = $1', [customerId])).rows.map((r) => r.id);
const links = async (id: string) => (await central.db.query<{ data: ApplicationEvent }>(`SELECT data FROM application_event WHERE application_id = $1 AND kind = 'customer_linked'`, [id])).rows.map((r) => r.data);
const nameOf = (c: Customer) => c.companyName?.trim() || `${c.firstName} ${c.lastName}`.trim();

describe('berths.linkApplicationCustomer on the central', () => {
  it('moves the application and its boat to the customer named, logs both names, and leaves the queue place alone', async () => {
    const { data: app, version } = await applicationIn('pending');
    const target = await otherCustomer(app);
    const old = (await central.db.query<{ data: Customer }>('SELECT data FROM customer WHERE id = $1', [app.customerId])).rows[0]!.data;
    const boatBefore = await boatOf(app.boatId);
    expect(await push({ applicationId: app.id, customerId: target.id }, version)).toMatchObject({ status: 'applied', version: version + 1 });
    const after = await stored(app.id);
    expect(after.data).toMatchObject({ customerId: target.id, boatId: app.boatId, receivedAt: app.receivedAt, priority: app.priority, season: app.season, status: 'pending', applicant: app.applicant });
    expect(await boatOf(app.boatId)).toMatchObject({ version: boatBefore.version + 1, data: { ...boatBefore.data, customerId: target.id } });
    // Both customers' 360° data agree: the application and its boat are the new customer's, no longer the old one's.
    expect(await applicationsOf(target.id)).toContain(app.id);
    expect(await applicationsOf(app.customerId)).not.toContain(app.id);
    expect(await boatsOf(target.id)).toContain(app.boatId);
    expect(await boatsOf(app.customerId)).not.toContain(app.boatId);
    expect(await links(app.id)).toEqual([
      expect.objectContaining({
        kind: 'customer_linked',
        actorName: expect.any(String),
        customerLink: { fromCustomerId: app.customerId, fromName: nameOf(old), toCustomerId: target.id, toName: nameOf(target), fromBoatId: app.boatId, toBoatId: app.boatId, boatMoved: true },
      }),
    ]);
    // The feed carries the application, the boat and the event to the desks.
    const feed = await central.db.query<{ entity: string }>('SELECT entity FROM sync_feed WHERE id IN ($1, $2) OR (entity = $3 AND data->>\'applicationId\' = $4 AND data->>\'kind\' = \'customer_linked\')', [app.id, app.boatId, 'application_event', app.id]);
    expect(feed.rows.map((r) => r.entity).sort()).toEqual(['application', 'application_event', 'boat']);
  });

  it("names the new customer's own boat when it has the same registration number", async () => {
    const { data: app, version } = await applicationIn('pending', 1);
    const { data: first } = await applicationIn('pending', 2);
    // The other customer gets a boat with this application's registration number, as intake's duplicate would have.
    const theirBoat = (await boatOf(first.boatId)).data;
    await central.db.query(`UPDATE boat SET data = jsonb_set(data, '{registrationNumber}', to_jsonb($2::text)), version = version + 1 WHERE id = $1`, [theirBoat.id, ` ${(await boatOf(app.boatId)).data.registrationNumber.toLowerCase()} `]);
    const boatBefore = await boatOf(app.boatId);
    expect(await push({ applicationId: app.id, customerId: first.customerId }, version)).toMatchObject({ status: 'applied' });
    expect((await stored(app.id)).data).toMatchObject({ customerId: first.customerId, boatId: theirBoat.id });
    expect(await boatOf(app.boatId)).toEqual(boatBefore);
    expect((await links(app.id))[0]?.customerLink).toMatchObject({ toBoatId: theirBoat.id, boatMoved: false });
  });

  it('answers a stale version with a conflict and refuses with a reason: the same customer, an unknown one, an offer out; nothing is written', async () => {
    const { data: app, version } = await applicationIn('pending', 3);
    const target = await otherCustomer(app, 1);
    expect(await push({ applicationId: app.id, customerId: target.id }, version - 1)).toMatchObject({ status: 'conflict', code: 'stale_version', current: { version } });
    expect(await push({ applicationId: app.id, customerId: app.customerId }, version)).toMatchObject({ status: 'rejected', code: 'customer_link_same' });
    expect(await push({ applicationId: app.id, customerId: randomUUID() }, version)).toMatchObject({ status: 'rejected', code: 'customer_link_unknown' });
    const offered = (await central.db.query<{ data: Application; version: number }>(`SELECT data, version FROM application WHERE status = 'offer_sent' ORDER BY id LIMIT 1`)).rows[0];
    expect(offered, 'the seed has an offer out').toBeDefined();
    if (offered) {
      expect(await push({ applicationId: offered.data.id, customerId: (await otherCustomer(offered.data)).id }, offered.version)).toMatchObject({
        status: 'rejected',
        code: 'customer_link_offer_out',
        message: expect.stringContaining('withdraw the offer first'),
      });
      expect((await stored(offered.data.id)).version).toBe(offered.version);
    }
    expect((await stored(app.id)).version).toBe(version);
    expect(await links(app.id)).toEqual([]);
  });

  it('refuses a supervisor and harbour services with 403, and bad input with a 400 naming the command, never a 5xx', async () => {
    const { data: app, version } = await applicationIn('pending', 4);
    const target = await otherCustomer(app, 2);
    for (const user of ['olli', 'harri']) {
      const res = await pushAs(await signIn(central.url, user), { applicationId: app.id, customerId: target.id }, version);
      expect(res.status, user).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'forbidden' });
    }
    for (const payload of [{ applicationId: app.id }, { applicationId: app.id, customerId: 'Aili Mäkinen' }, { applicationId: 'not-a-uuid', customerId: target.id }, { applicationId: app.id, customerId: 42 }]) {
      const res = await pushAs(aino, payload, version);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('berths.linkApplicationCustomer') });
    }
    // An application that does not exist is a refusal, not an error.
    expect(await push({ applicationId: randomUUID(), customerId: target.id }, 1)).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect((await stored(app.id)).version).toBe(version);
  });
});
