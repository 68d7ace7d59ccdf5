import { createHash, randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BoatCertificate } from '../../domain/berths/boat-certificate-entity.ts';
import type { Application, Boat, Customer, Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { CustomerGdprExport } from '../../domain/berths/customer-gdpr-export.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { WinterLease } from '../../domain/berths/winter-entities.ts';
import type { BerthPaymentIssue } from '../../domain/berths/payment-issue-entity.ts';
import { recordAttempt } from '../payments/attempts.ts';
import { api, envelope, pullAll } from '../testing/api-client.ts';
import { recordPayment } from './record-payment.ts';
import { ERASED_RECIPIENT } from './customer-erasure-handler.ts';
import { erasableCustomer, gdprCentral } from './customer-gdpr.test-support.ts';

const world = gdprCentral(['sanna', 'aino', 'olli', 'harri']);
const tokens = world.tokens;
const clientId = randomUUID();
let seq = 0;

const insert = (table: string, id: string, data: unknown, version = 1) => world.central.db.query(`INSERT INTO ${table} (id, version, data) VALUES ($1, $2, $3::jsonb)`, [id, version, JSON.stringify(data)]);
const row = async <T>(table: string, id: string) => (await world.central.db.query<{ data: T; version: number }>(`SELECT data, version FROM ${table} WHERE id = $1`, [id])).rows[0]!;

/** A berth no lease of `season` holds, and its harbour's name. */
async function freeBerth(season: number): Promise<{ id: string; harbour: string }> {
  const b = await world.central.db.query<{ id: string; harbour: string }>(
    `SELECT b.id::text AS id, h.data->'name'->>'fi' AS harbour FROM berth b JOIN harbour h ON h.id = b.harbour_id
      WHERE NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id AND l.season = $1) ORDER BY b.id LIMIT 1`,
    [season],
  );
  return b.rows[0]!;
}

/**
 * A customer of the register with a boat and its certificate, a handled application, last
 * season's paid lease and invoice, and messages the outbox sent them (one still queued), plus the
 * catcher's copy: everything ended, so the customer may be erased. `contact` gives them another
 * first name, or an email and phone another customer shares.
 */
async function customerWithHistory(extra: { activeLease?: boolean; contact?: { firstName?: string; email?: string; phone?: string } } = {}) {
  const ids = { customer: randomUUID(), boat: randomUUID(), certificate: randomUUID(), application: randomUUID(), lease: randomUUID(), order: randomUUID(), sent: randomUUID(), queued: randomUUID() };
  const email = extra.contact?.email ?? `maija.${ids.customer.slice(0, 8)}@example.fi`;
  const phone = extra.contact?.phone ?? '+358 40 555 0101';
  const firstName = extra.contact?.firstName ?? 'Maija';
  const name = `${firstName} Meriläinen`;
  const harbour = (await world.central.db.query<{ id: string }>('SELECT id::text AS id FROM harbour ORDER BY id LIMIT 1')).rows[0]!.id;
  const { customer, boat, application } = erasableCustomer({ ...ids, harbour }, { firstName, lastName: 'Meriläinen', email, phone, registration: 'B-77123', boatName: 'Meriharakka' });
  // The certificate's scan, stored and attached as a handler's upload and command leave it.
  const scanBytes = Buffer.from('%PDF-1.4\n% Meriläinen vakuutus\n%%EOF\n');
  const scan = { id: randomUUID(), fileName: 'Merilainen_vakuutus.pdf', mediaType: 'application/pdf' as const, size: scanBytes.length, sha256: createHash('sha256').update(scanBytes).digest('hex') };
  await world.central.db.query(
    `INSERT INTO document (id, purpose, media_type, file_name, size, sha256, bytes, uploaded_by, uploaded_at, attached_at) VALUES ($1, 'boat_certificate', $2, $3, $4, $5, $6, 'u-aino', now(), now())`,
    [scan.id, scan.mediaType, scan.fileName, scan.size, scan.sha256, scanBytes],
  );
  const certificate: BoatCertificate = { id: ids.certificate, boatId: ids.boat, customerId: ids.customer, certificateType: 'insurance', number: 'POL-99881', issuer: 'If', validFrom: null, validUntil: '2027-05-31', checked: { actorId: null, actorName: 'Aino Virtanen', at: '2026-05-02T10:00:00+03:00' }, document: scan, removed: null };
  const season = extra.activeLease ? 2027 : 2026;
  const berth = await freeBerth(season);
  const lease: Lease = { id: ids.lease, berthId: berth.id, customerId: ids.customer, boatId: ids.boat, applicationId: ids.application, season, status: 'paid', startDate: `${season}-06-10`, endDate: `${season}-09-14`, dueDate: `${season}-03-31`, priceCents: 29000, vatPercent: 25.5, offeredAt: '2026-02-01T09:00:00+02:00', offeredBy: 'Aino Virtanen' };
  const line = { product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: 23108, vatPercent: 25.5, totalCents: 29000 };
  const order: BerthOrder = { id: ids.order, leaseId: ids.lease, applicationId: ids.application, customerId: ids.customer, season, status: 'paid', lines: [line], pretaxCents: 23108, vatCents: 5892, totalCents: 29000, dueDate: `${season}-03-31`, sentAt: '2026-02-01T09:00:00+02:00', paidAt: '2026-02-10T09:00:00+02:00', paidVia: 'online', invoicingType: 'online_payment', language: 'fi', refund: null };
  await insert('customer', ids.customer, customer, 2);
  await insert('boat', ids.boat, boat);
  await insert('boat_certificate', ids.certificate, certificate);
  await insert('application', ids.application, application, 5);
  await insert('lease', ids.lease, lease, 3);
  await insert('berth_order', ids.order, order, 3);
  await queueMessage({ id: ids.sent, channel: 'email', recipient: email, template: 'berths.offer', entityId: ids.application, name, createdAt: '2026-02-01T09:00:00Z', sentAt: '2026-02-01T09:00:05Z' });
  // A message to a group names the group's record, not the customer's: found by the address (the gateway's form) and the name it greets.
  await queueMessage({ id: ids.queued, channel: 'sms', recipient: phone.replace(/\s/g, ''), template: 'berths.customer_message', entityId: randomUUID(), name, createdAt: '2026-11-30T09:00:00Z' });
  await world.central.db.query(`INSERT INTO caught_message (channel, message_id, sender, recipients, subject, body) VALUES ('email', $1, 'no-reply@kuva-desk.invalid', ARRAY[$2], 'Venepaikkatarjous', $3)`, [`<${ids.sent}>`, email, `Hei ${name}, ...`]);
  return { ids, email, phone, name, berth, application, scan };
}

/** One berth message in the outbox: sent when `sentAt` is given, else queued for later. */
async function queueMessage(m: { id: string; channel: 'email' | 'sms'; recipient: string; template: string; entityId: string; name: string; createdAt: string; sentAt?: string }) {
  await world.central.db.query(
    `INSERT INTO notification_outbox (id, channel, recipient, language, template, params, workspace, entity_id, created_at, state, attempts, next_attempt_at, sent_at)
     VALUES ($1, $2, $3, 'fi', $4, $5::jsonb, 'berths', $6, $7, $8, $9, $10, $11)`,
    [m.id, m.channel, m.recipient, m.template, JSON.stringify({ name: m.name }), m.entityId, m.createdAt, m.sentAt ? 'sent' : 'queued', m.sentAt ? 1 : 0, m.sentAt ? m.createdAt : '2099-01-01T00:00:00Z', m.sentAt ?? null],
  );
}

async function push(user: string, payload: unknown, baseVersion: number | null) {
  const res = await api<PushResponse>(world.central.url, 'POST', '/sync/push', { token: tokens[user]!, body: { clientId, commands: [envelope('berths.eraseCustomer', payload, ++seq, baseVersion)] } });
  return res;
}
/** The customer pays their paid order once more at the provider: a payment nothing takes (decision 54). */
async function paidAgain(orderId: string): Promise<string> {
  const attempt = await recordAttempt(world.central.db, { orderId, provider: 'demo', providerPaymentId: randomUUID(), reference: `VP26-${orderId.slice(0, 6)}`, amountCents: 29000 }, new Date());
  expect(await recordPayment(world.central.db, attempt)).toBe('unapplied');
  return attempt.id;
}
const markRefunded = (user: string, issueId: string) =>
  api<PushResponse>(world.central.url, 'POST', '/sync/push', { token: tokens[user]!, body: { clientId, commands: [envelope('berths.markPaymentRefunded', { issueId }, ++seq)] } });
/**
 * A paid winter lease of the customer on a marked place no lease of the winter holds, its invoice
 * paid online, and a second payment of that invoice started on the payment page (pending): kept, as
 * every winter invoice's attempt, under the lease's id.
 */
async function paidWinterLease(customerId: string, winter = 2025): Promise<{ lease: string; attempt: string }> {
  const spot = (
    await world.central.db.query<{ areaId: string; sectionId: string; placeId: string }>(
      `SELECT p.area_id::text AS "areaId", p.section_id::text AS "sectionId", p.id::text AS "placeId" FROM winter_place p
        WHERE NOT EXISTS (SELECT 1 FROM winter_lease l WHERE l.place_id = p.id AND l.winter = $1) ORDER BY p.id LIMIT 1`,
      [winter],
    )
  ).rows[0]!;
  const id = randomUUID();
  const line = { product: 'winter_storage_marked', title: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 15936, vatPercent: 25.5, totalCents: 20000 };
  const lease: WinterLease = {
    id,
    areaType: 'marked',
    ...spot,
    customerId,
    boatId: null,
    applicationId: null,
    winter,
    status: 'paid',
    startDate: `${winter}-09-15`,
    endDate: `${winter + 1}-06-10`,
    invoice: { number: `TS-${id.slice(0, 8)}`, status: 'paid', lines: [line], pretaxCents: 15936, vatCents: 4064, totalCents: 20000, dueDate: `${winter}-09-01`, sentAt: `${winter}-08-01T09:00:00+03:00`, paidAt: `${winter}-08-20T10:00:00+03:00`, paidVia: 'online', invoicingType: 'online_payment', language: 'fi' },
    stickerNumber: null,
    stickerPostedOn: null,
    createdAt: `${winter}-08-01T09:00:00+03:00`,
    createdBy: 'Aino Virtanen',
  };
  await insert('winter_lease', id, lease, 3);
  const attempt = await recordAttempt(world.central.db, { orderId: id, provider: 'demo', providerPaymentId: randomUUID(), reference: lease.invoice.number, amountCents: 20000 }, new Date('2026-11-20T08:00:00Z'));
  return { lease: id, attempt: attempt.id };
}

const gdprExport = (user: string, customerId: string, query = '') => api<Record<string, unknown>>(world.central.url, 'GET', `/berths/customers/${customerId}/gdpr-export${query}`, { token: tokens[user]! });

describe("a berth customer's GDPR export", () => {
  it('holds everything about the customer, and its read is audited with its purpose', async () => {
    const { ids, email, berth, application } = await customerWithHistory();
    const res = await gdprExport('sanna', ids.customer, '?purpose=gdpr_request');
    expect(res.status).toBe(200);
    const body = res.body as CustomerGdprExport & { customerId: string; exportedBy: string };
    expect(body).toMatchObject({ customerId: ids.customer, exportedBy: 'Sanna Nieminen', customer: { firstName: 'Maija', lastName: 'Meriläinen', email, phone: '+358 40 555 0101', address: 'Laivurinkatu 4' } });
    expect(body.boats).toEqual([expect.objectContaining({ id: ids.boat, registrationNumber: 'B-77123', name: 'Meriharakka', certificates: [expect.objectContaining({ certificateType: 'insurance', number: 'POL-99881' })] })]);
    expect(body.applications).toEqual([expect.objectContaining({ id: ids.application, reference: application.reference, status: 'handled', applicant: expect.objectContaining({ email }), history: [] })]);
    expect(body.applications[0]!.harbourChoices[0]).toEqual(expect.any(String));
    expect(body.leases).toEqual([expect.objectContaining({ id: ids.lease, status: 'paid', season: 2026, place: expect.stringContaining(berth.harbour) })]);
    expect(body.orders).toEqual([expect.objectContaining({ id: ids.order, status: 'paid', totalCents: 29000, payments: [] })]);
    expect(body.messages).toEqual([
      { template: 'berths.offer', channel: 'email', recipient: email, createdAt: '2026-02-01T09:00:00.000Z', sentAt: '2026-02-01T09:00:05.000Z', state: 'sent' },
      { template: 'berths.customer_message', channel: 'sms', recipient: '+358405550101', createdAt: '2026-11-30T09:00:00.000Z', sentAt: null, state: 'queued' },
    ]);
    expect(body).toMatchObject({ winterApplications: [], winterLeases: [], paymentIssues: [] });
    const audit = await world.central.db.query<{ actor_name: string; subject_kind: string; workspace: string; purpose: string; source: string }>(
      'SELECT actor_name, subject_kind, workspace, purpose, source FROM audit_read WHERE $1 = ANY(subject_ids)',
      [ids.customer],
    );
    expect(audit.rows).toEqual([{ actor_name: 'Sanna Nieminen', subject_kind: 'gdpr_export', workspace: 'berths', purpose: 'gdpr_request', source: 'central' }]);
  });

  it("lists the payments of their orders and winter invoices and their payment issues, and no other customer's", async () => {
    const a = await customerWithHistory();
    const b = await customerWithHistory({ contact: { firstName: 'Pekka' } });
    const winter = await paidWinterLease(a.ids.customer);
    const issueId = await paidAgain(a.ids.order);
    const otherIssueId = await paidAgain(b.ids.order);
    const otherWinter = await paidWinterLease(b.ids.customer);

    const body = (await gdprExport('sanna', a.ids.customer)).body as CustomerGdprExport;
    expect(body.winterLeases).toEqual([
      expect.objectContaining({
        id: winter.lease,
        invoice: expect.objectContaining({ status: 'paid', totalCents: 20000 }),
        payments: [{ orderId: winter.lease, provider: 'demo', reference: `TS-${winter.lease.slice(0, 8)}`, amountCents: 20000, status: 'pending', createdAt: '2026-11-20T08:00:00.000Z', settledAt: null }],
      }),
    ]);
    expect(body.orders).toEqual([expect.objectContaining({ id: a.ids.order, payments: [expect.objectContaining({ orderId: a.ids.order, amountCents: 29000, status: 'unapplied', settledAt: expect.any(String) })] })]);
    // Every field of the issue but the customer's id, which the export names once.
    const issue = await row<BerthPaymentIssue>('berth_payment_issue', issueId);
    const { customerId: _, ...fields } = issue.data;
    expect(body.paymentIssues).toEqual([fields]);
    expect(body.paymentIssues[0]).toMatchObject({ id: issueId, payableKind: 'order', payableId: a.ids.order, amountCents: 29000, reason: 'paid_already', status: 'open', refundedAt: null });

    // B's attempts and issue are nowhere in A's export, and all in B's.
    const text = JSON.stringify(body);
    for (const id of [b.ids.order, otherIssueId, otherWinter.lease]) expect(text).not.toContain(id);
    const other = (await gdprExport('sanna', b.ids.customer)).body as CustomerGdprExport;
    expect(other.paymentIssues.map((i) => [i.id, i.status])).toEqual([[otherIssueId, 'open']]);
    expect(other.winterLeases.map((l) => l.payments.map((p) => p.orderId))).toEqual([[otherWinter.lease]]);
    expect(JSON.stringify(other)).not.toContain(winter.lease);
  });

  it('records another purpose with its reason', async () => {
    const { ids } = await customerWithHistory();
    expect((await gdprExport('sanna', ids.customer, '?purpose=other&purposeText=Tietosuojavaltuutetun%20pyynt%C3%B6')).status).toBe(200);
    expect((await gdprExport('sanna', ids.customer, '?purpose=other')).status).toBe(400);
    const audit = await world.central.db.query<{ purpose: string; purpose_text: string }>('SELECT purpose, purpose_text FROM audit_read WHERE $1 = ANY(subject_ids)', [ids.customer]);
    expect(audit.rows).toEqual([{ purpose: 'other', purpose_text: 'Tietosuojavaltuutetun pyyntö' }]);
  });

  it('is for berth services only: handlers, supervisors and harbour services get 403 and nothing is audited', async () => {
    const { ids } = await customerWithHistory();
    for (const user of ['aino', 'olli', 'harri']) {
      const res = await gdprExport(user, ids.customer);
      expect(res.status, user).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await world.central.db.query('SELECT 1 FROM audit_read WHERE $1 = ANY(subject_ids)', [ids.customer])).rows).toEqual([]);
  });

  it('answers 400 to an id that is no customer id, a bad purpose or an unknown parameter, and 404 to a customer that does not exist', async () => {
    expect((await gdprExport('sanna', 'not-a-uuid')).status).toBe(400);
    expect((await gdprExport('sanna', 'A0000000-0000-4000-8000-000000000000')).status).toBe(400);
    expect((await gdprExport('sanna', '%00')).status).toBe(400);
    expect((await gdprExport('sanna', randomUUID(), '?purpose=curiosity')).status).toBe(400);
    expect((await gdprExport('sanna', randomUUID(), '?purpose=gdpr_request&x=1')).status).toBe(400);
    const missing = await gdprExport('sanna', randomUUID());
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe("a berth customer's erasure on the central", () => {
  it('is refused while the customer holds a lease that has not ended, and changes nothing', async () => {
    const { ids } = await customerWithHistory({ activeLease: true });
    const res = await push('sanna', { customerId: ids.customer }, 2);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'customer_lease_active' });
    expect(await row<Customer>('customer', ids.customer)).toMatchObject({ version: 2, data: { firstName: 'Maija' } });
    expect((await world.central.db.query('SELECT recipient FROM notification_outbox WHERE id = $1', [ids.sent])).rows[0]).toEqual({ recipient: expect.stringContaining('maija.') });
  });

  it('is refused to a handler: the command needs berth services', async () => {
    const { ids } = await customerWithHistory();
    const res = await push('aino', { customerId: ids.customer }, 2);
    expect(res.status).toBe(403);
    expect((await row<Customer>('customer', ids.customer)).version).toBe(2);
  });

  it("anonymises the customer's rows in place, keeps the invoice, erases the outbox's and catcher's copies, and a second erasure is refused", async () => {
    const { ids, application, scan } = await customerWithHistory();
    const { cursor } = await pullAll(world.central.url, tokens.aino!);
    const res = await push('sanna', { customerId: ids.customer }, 2);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });

    const customer = await row<Customer>('customer', ids.customer);
    expect(customer).toMatchObject({ version: 3, data: { firstName: '', lastName: '', email: '', phone: '', address: '', zipCode: '', businessId: null, municipality: 'Helsinki', erasedBy: 'Sanna Nieminen', erasedAt: expect.any(String) } });
    expect(await row<Boat>('boat', ids.boat)).toMatchObject({ version: 2, data: { registrationNumber: '', name: '', model: 'Terhi 450' } });
    expect(await row<BoatCertificate>('boat_certificate', ids.certificate)).toMatchObject({ version: 2, data: { number: '', issuer: 'If', document: null } });
    // The scan's bytes go with the erasure.
    expect((await world.central.db.query('SELECT 1 FROM document WHERE id = $1', [scan.id])).rows).toEqual([]);
    expect(await row<Application>('application', ids.application)).toMatchObject({
      version: 6,
      data: { reference: application.reference, status: 'handled', applicant: { firstName: '', lastName: '', email: '', phone: '', address: '' }, boat: { registrationNumber: '', name: '' } },
    });
    // What bookkeeping keeps is not touched.
    expect(await row<BerthOrder>('berth_order', ids.order)).toMatchObject({ version: 3, data: { status: 'paid', totalCents: 29000, dueDate: '2026-03-31', paidAt: '2026-02-10T09:00:00+02:00' } });
    expect((await row<Lease>('lease', ids.lease)).version).toBe(3);

    const outbox = await world.central.db.query<{ id: string; recipient: string; params: unknown; state: string; last_error: string | null; template: string }>(
      'SELECT id::text AS id, recipient, params, state, last_error, template FROM notification_outbox WHERE id = ANY($1::uuid[]) ORDER BY created_at',
      [[ids.sent, ids.queued]],
    );
    expect(outbox.rows).toEqual([
      { id: ids.sent, recipient: ERASED_RECIPIENT, params: {}, state: 'sent', last_error: null, template: 'berths.offer' },
      { id: ids.queued, recipient: ERASED_RECIPIENT, params: {}, state: 'failed', last_error: expect.stringContaining('erased'), template: 'berths.customer_message' },
    ]);
    const caught = await world.central.db.query<{ recipients: string[]; body: string; subject: string }>('SELECT recipients, body, subject FROM caught_message WHERE message_id = $1', [`<${ids.sent}>`]);
    expect(caught.rows).toEqual([{ recipients: [ERASED_RECIPIENT], body: '', subject: 'Venepaikkatarjous' }]);

    // Every desk receives the anonymised rows through the feed.
    const pulled = (await pullAll(world.central.url, tokens.aino!, cursor)).changes.filter((c) => (Object.values(ids) as string[]).includes(c.id));
    expect(pulled.map((c) => `${c.entity}@${c.version}`).sort()).toEqual(['application@6', 'boat@2', 'boat_certificate@2', 'customer@3']);
    expect(pulled.find((c) => c.entity === 'customer')).toMatchObject({ op: 'put', data: { firstName: '', email: '', erasedAt: expect.any(String) } });

    // The export of an erased customer holds only what was kept: the message about their application, without its recipient.
    const after = (await gdprExport('sanna', ids.customer)).body as CustomerGdprExport;
    expect(after.customer).toMatchObject({ firstName: '', email: '', erasedBy: 'Sanna Nieminen' });
    expect(after.messages).toEqual([expect.objectContaining({ template: 'berths.offer', recipient: ERASED_RECIPIENT, state: 'sent' })]);
    expect(after.orders).toEqual([expect.objectContaining({ id: ids.order, totalCents: 29000 })]);

    const again = await push('sanna', { customerId: ids.customer }, 3);
    expect(again.body.results[0]).toMatchObject({ status: 'rejected', code: 'customer_already_erased' });
  });

  it('is a conflict when the customer changed since the main user saw it', async () => {
    const { ids } = await customerWithHistory();
    const res = await push('sanna', { customerId: ids.customer }, 1);
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', code: 'stale_version' });
  });
});

describe("a berth customer's erasure and their unapplied payments", () => {
  it('is refused while a payment nothing took is not refunded, and applied once a handler marks it refunded; the issue keeps its ids', async () => {
    const { ids } = await customerWithHistory();
    const issueId = await paidAgain(ids.order);
    const refused = await push('sanna', { customerId: ids.customer }, 2);
    expect(refused.status).toBe(200);
    expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'customer_payment_unrefunded', message: expect.stringContaining('290.00 EUR') });
    expect(await row<Customer>('customer', ids.customer)).toMatchObject({ version: 2, data: { firstName: 'Maija' } });

    expect((await markRefunded('aino', issueId)).body.results[0]).toMatchObject({ status: 'applied' });
    expect((await push('sanna', { customerId: ids.customer }, 2)).body.results[0]).toMatchObject({ status: 'applied' });
    expect(await row<Customer>('customer', ids.customer)).toMatchObject({ version: 3, data: { firstName: '', erasedBy: 'Sanna Nieminen' } });
    // Ids, the number, the sum and who refunded it: nothing of the customer's, so the erasure leaves it.
    expect(await row<BerthPaymentIssue>('berth_payment_issue', issueId)).toMatchObject({ version: 2, data: { customerId: ids.customer, payableId: ids.order, amountCents: 29000, status: 'refunded', refundedByName: 'Aino Virtanen' } });
  });

  it("takes a payment found unapplied after the erasure as the anonymised customer's issue, which the desks pull and a handler refunds", async () => {
    const { ids } = await customerWithHistory();
    expect((await push('sanna', { customerId: ids.customer }, 2)).body.results[0]).toMatchObject({ status: 'applied' });
    const { cursor } = await pullAll(world.central.url, tokens.aino!);
    // The order the erasure kept (paid) does not take it: the customer's money is owed back all the same.
    const issueId = await paidAgain(ids.order);
    const issue = await row<BerthPaymentIssue>('berth_payment_issue', issueId);
    expect(issue).toMatchObject({ version: 1, data: { customerId: ids.customer, reason: 'paid_already', status: 'open' } });
    const pulled = (await pullAll(world.central.url, tokens.aino!, cursor)).changes.filter((c) => c.entity === 'berth_payment_issue');
    expect(pulled).toMatchObject([{ id: issueId, data: { customerId: ids.customer, status: 'open' } }]);
    expect((await markRefunded('aino', issueId)).body.results[0]).toMatchObject({ status: 'applied' });
    expect((await row<BerthPaymentIssue>('berth_payment_issue', issueId)).data.status).toBe('refunded');
  });
});

describe('two berth customers sharing an email and a phone', () => {
  type OutboxRow = { id: string; recipient: string; params: unknown; state: string; template: string };
  const outboxRows = async (ids: string[]) =>
    (await world.central.db.query<OutboxRow>('SELECT id::text AS id, recipient, params, state, template FROM notification_outbox WHERE id = ANY($1::uuid[]) ORDER BY created_at, id', [ids])).rows;
  const caughtRows = async (messageIds: string[]) =>
    (await world.central.db.query<{ message_id: string; recipients: string[]; body: string }>('SELECT message_id, recipients, body FROM caught_message WHERE message_id = ANY($1::text[]) ORDER BY message_id', [messageIds])).rows;
  const summary = (e: CustomerGdprExport) => e.messages.map((m) => `${m.template} ${m.channel} ${m.recipient} ${m.state}`);

  /** A (erasable) and B share a family's email (B wrote it capitalised) and phone; B has messages queued there about B's own records. */
  async function family() {
    const local = `family.${randomUUID().slice(0, 8)}`;
    const phone = `+358 40 ${String(randomInt(1_000_000, 9_999_999))}`;
    const a = await customerWithHistory({ contact: { firstName: 'Maija', email: `${local}@example.fi`, phone } });
    const b = await customerWithHistory({ contact: { firstName: 'Pekka', email: `F${local.slice(1)}@Example.fi`, phone } });
    const sms = phone.replace(/\s/g, '');
    const bQueued = { offer: randomUUID(), certificate: randomUUID(), order: randomUUID() };
    await queueMessage({ id: bQueued.offer, channel: 'email', recipient: b.email, template: 'berths.offer', entityId: b.ids.application, name: b.name, createdAt: '2026-11-01T09:00:00Z' });
    await queueMessage({ id: bQueued.certificate, channel: 'sms', recipient: sms, template: 'berths.certificate_expiring', entityId: b.ids.certificate, name: b.name, createdAt: '2026-11-02T09:00:00Z' });
    await queueMessage({ id: bQueued.order, channel: 'email', recipient: b.email, template: 'berths.offer_reminder', entityId: b.ids.order, name: b.name, createdAt: '2026-11-03T09:00:00Z' });
    // Mail the catcher holds that no outbox row sent: only its address tells whose it is.
    const stray = `<${randomUUID()}@elsewhere.invalid>`;
    await world.central.db.query(`INSERT INTO caught_message (channel, message_id, sender, recipients, subject, body) VALUES ('email', $1, 'someone@elsewhere.invalid', ARRAY[$2], 'Hei', 'Hei Maija')`, [stray, a.email]);
    const bMessages = [b.ids.sent, b.ids.queued, ...Object.values(bQueued)];
    return { a, b, sms, bMessages, stray };
  }

  it("list only their own messages in their exports: A's never shows B's offers, reminders or B's copy of a group message", async () => {
    const { a, b, sms } = await family();
    const aExport = (await gdprExport('sanna', a.ids.customer)).body as CustomerGdprExport;
    expect(summary(aExport)).toEqual([`berths.offer email ${a.email} sent`, `berths.customer_message sms ${sms} queued`]);
    const bExport = (await gdprExport('sanna', b.ids.customer)).body as CustomerGdprExport;
    expect(summary(bExport)).toEqual([
      `berths.offer email ${b.email} sent`,
      `berths.offer email ${b.email} queued`,
      `berths.certificate_expiring sms ${sms} queued`,
      `berths.offer_reminder email ${b.email} queued`,
      `berths.customer_message sms ${sms} queued`,
    ]);
  });

  it("erasing A leaves B's queued and sent messages and the catcher's copies of them whole, and erases A's", async () => {
    const { a, b, bMessages, stray } = await family();
    const bBefore = await outboxRows(bMessages);
    expect(bBefore.map((r) => r.state)).toEqual(['sent', 'queued', 'queued', 'queued', 'queued']);
    const bExportBefore = (await gdprExport('sanna', b.ids.customer)).body as CustomerGdprExport;

    const res = await push('sanna', { customerId: a.ids.customer }, 2);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });

    expect(await outboxRows(bMessages)).toEqual(bBefore);
    expect(bBefore.every((r) => r.recipient !== ERASED_RECIPIENT && (r.params as { name: string }).name === 'Pekka Meriläinen')).toBe(true);
    expect(await outboxRows([a.ids.sent, a.ids.queued])).toEqual([
      { id: a.ids.sent, recipient: ERASED_RECIPIENT, params: {}, state: 'sent', template: 'berths.offer' },
      { id: a.ids.queued, recipient: ERASED_RECIPIENT, params: {}, state: 'failed', template: 'berths.customer_message' },
    ]);
    expect(await caughtRows([`<${a.ids.sent}>`, `<${b.ids.sent}>`, stray])).toEqual(
      [
        { message_id: `<${a.ids.sent}>`, recipients: [ERASED_RECIPIENT], body: '' },
        { message_id: `<${b.ids.sent}>`, recipients: [b.email], body: 'Hei Pekka Meriläinen, ...' },
        { message_id: stray, recipients: [ERASED_RECIPIENT], body: '' },
      ].sort((x, y) => (x.message_id < y.message_id ? -1 : 1)),
    );

    const bExportAfter = (await gdprExport('sanna', b.ids.customer)).body as CustomerGdprExport;
    expect(bExportAfter.messages).toEqual(bExportBefore.messages);
    expect(bExportAfter.messages).toHaveLength(5);
  });
});
