import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace } from '../../domain/berths/winter-entities.ts';
import { placeFit, placeFree } from '../../domain/berths/winter-places.ts';
import { defaultWinterDueDate, offerWinter } from '../../domain/berths/winter-seasons.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import { renderTemplate } from '../notifications/templates/template.ts';
import { BERTH_WINTER_INVOICE } from '../notifications/templates/berths.ts';
import { launchCentral } from '../server.ts';
import { winterCommandHandler } from './winter-handler.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
type CommandType = Parameters<typeof envelope>[0];

let central: Central;
let aino: string;
let seq = 0;
const today = () => helsinkiDate(new Date());

async function pushAs(c: Central, token: string, type: CommandType, payload: unknown) {
  return api<PushResponse & { error?: { code: string } }>(c.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, ++seq)] } });
}
async function pushOn(c: Central, token: string, type: CommandType, payload: unknown) {
  const res = await pushAs(c, token, type, payload);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!;
}
const push = (type: CommandType, payload: unknown) => pushOn(central, aino, type, payload);

async function record<T>(c: Central, table: 'winter_application' | 'winter_lease', id: string): Promise<T> {
  return (await c.db.query<{ data: T }>(`SELECT data FROM ${table} WHERE id = $1`, [id])).rows[0]!.data;
}
const lease = (id: string, c = central) => record<WinterLease>(c, 'winter_lease', id);
const application = (id: string, c = central) => record<WinterApplication>(c, 'winter_application', id);

/** The winter's series as the database holds it: every number leases and events have carried. */
async function highestSticker(c: Central): Promise<number> {
  const res = await c.db.query<{ n: number | null }>(
    `SELECT max(n)::int AS n FROM (SELECT sticker_number AS n FROM winter_lease WHERE winter = $1 UNION ALL
       SELECT e.sticker_number FROM winter_event e JOIN winter_lease l ON l.id = e.lease_id WHERE l.winter = $1) s`,
    [offerWinter(today())],
  );
  return res.rows[0]?.n ?? 0;
}

interface Notice {
  application: WinterApplication;
  customer: Customer;
  area: WinterArea;
}

/** Pending unmarked notices in priced areas of customers who pay online and can be written to. */
async function invoiceableNotices(c: Central): Promise<Notice[]> {
  const res = await c.db.query<{ application: WinterApplication; customer: Customer; area: WinterArea }>(
    `SELECT a.data AS application, cu.data AS customer, ar.data AS area
     FROM winter_application a JOIN customer cu ON cu.id = a.customer_id JOIN winter_area ar ON ar.id = (a.data->'areaChoices'->>0)::uuid
     WHERE a.area_type = 'unmarked' AND a.status = 'pending' AND ar.data->'price' <> 'null'::jsonb
       AND cu.kind NOT IN ('non_billable', 'internal') AND cu.data->>'invoicingType' = 'online_payment'
     ORDER BY a.reference`,
  );
  return res.rows.filter((r) => deliverableEmail(r.customer.email) && deliverableEmail(r.application.applicant.email) && deliverableSmsNumber(r.application.applicant.phone));
}

/** A notice's lease, made and invoiced through the push: offered, waiting for its payment. */
async function invoiced(c: Central, token: string, n: Notice): Promise<string> {
  const leaseId = randomUUID();
  expect(await pushOn(c, token, 'berths.createWinterLease', { applicationId: n.application.id, leaseId, placeId: null })).toMatchObject({ status: 'applied' });
  expect(await pushOn(c, token, 'berths.sendWinterInvoice', { leaseId, dueDate: defaultWinterDueDate(today(), n.application.winter) })).toMatchObject({ status: 'applied' });
  return leaseId;
}

let notices: Notice[] = [];
let markedApps: WinterApplication[] = [];
let places: WinterPlace[] = [];
let customers = new Map<string, Customer>();
/** Applications a test gave a lease: the next test takes others. */
const used = new Set<string>();
const unused = () => markedApps.filter((a) => !used.has(a.id));

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 51 } });
  aino = await signIn(central.url, 'aino');
  notices = await invoiceableNotices(central);
  markedApps = (await central.db.query<{ data: WinterApplication }>(`SELECT data FROM winter_application WHERE area_type = 'marked' AND status = 'pending' ORDER BY reference`)).rows.map((r) => r.data);
  places = (await central.db.query<{ data: WinterPlace }>('SELECT data FROM winter_place ORDER BY id')).rows.map((r) => r.data);
  customers = new Map((await central.db.query<{ data: Customer }>(`SELECT data FROM customer WHERE id = ANY($1::uuid[])`, [markedApps.map((a) => a.customerId)])).rows.map((r) => [r.data.id, r.data]));
});
afterAll(() => central.close());

function takeNotice(): Notice {
  const n = notices.shift();
  if (!n) throw new Error('the seed has too few invoiceable unmarked notices');
  return n;
}

async function placeLeases(placeId: string): Promise<WinterLease[]> {
  return (await central.db.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE place_id = $1', [placeId])).rows.map((r) => r.data);
}

describe('a marked place for an application', () => {
  it('makes the lease and its invoice on a free place that fits; refuses it to another applicant, and the schema backs that', async () => {
    // Two billable applicants who chose one area, and a place there both boats fit.
    const billable = markedApps.filter((a) => customers.get(a.customerId)?.kind !== 'non_billable');
    let pair: { a: WinterApplication; b: WinterApplication; place: WinterPlace } | null = null;
    for (const a of billable) {
      for (const b of billable) {
        if (a === b || pair) continue;
        const place = places.find((p) => a.areaChoices.includes(p.areaId) && b.areaChoices.includes(p.areaId) && placeFit(p, a) === 'fits' && placeFit(p, b) !== 'too_narrow');
        if (place && placeFree(place, a.winter, await placeLeases(place.id))) pair = { a, b, place };
      }
      if (pair) break;
    }
    if (!pair) throw new Error('the seed has no two applicants for one place');
    const leaseId = randomUUID();
    used.add(pair.a.id);
    expect(await push('berths.createWinterLease', { applicationId: pair.a.id, leaseId, placeId: pair.place.id })).toMatchObject({ status: 'applied' });
    const made = await lease(leaseId);
    expect(made).toMatchObject({ areaType: 'marked', placeId: pair.place.id, sectionId: pair.place.sectionId, areaId: pair.place.areaId, status: 'drafted', stickerNumber: null, invoice: { status: 'drafted', number: pair.a.reference, lines: [{ product: 'winter_storage_marked' }] } });
    expect(made.invoice.totalCents).toBeGreaterThan(0);
    expect(made.invoice.pretaxCents + made.invoice.vatCents).toBe(made.invoice.totalCents);
    expect((await application(pair.a.id)).status).toBe('offer_generated');
    expect((await central.db.query('SELECT 1 FROM winter_event WHERE lease_id = $1 AND kind = $2', [leaseId, 'lease_created'])).rows).toHaveLength(1);

    expect(await push('berths.createWinterLease', { applicationId: pair.b.id, leaseId: randomUUID(), placeId: pair.place.id })).toMatchObject({ status: 'rejected', code: 'place_taken' });
    expect(await push('berths.createWinterLease', { applicationId: pair.a.id, leaseId: randomUUID(), placeId: pair.place.id })).toMatchObject({ status: 'rejected', code: 'application_has_offer' });
    expect((await application(pair.b.id)).status).toBe('pending');
    // Whatever the code did, a second active lease on the place in the winter cannot be stored.
    const copy = { ...made, id: randomUUID(), applicationId: pair.b.id, customerId: pair.b.customerId, boatId: pair.b.boatId };
    await expect(central.db.query('INSERT INTO winter_lease (id, version, data) VALUES ($1, 1, $2)', [copy.id, JSON.stringify(copy)])).rejects.toThrow(/winter_lease_one_active_per_place/);
  });

  it('refuses a place narrower than the boat and one in an area the applicant did not choose', async () => {
    const narrow = unused()
      .map((a) => ({ a, place: places.find((p) => a.areaChoices.includes(p.areaId) && placeFit(p, a) === 'too_narrow') }))
      .find((x) => x.place);
    if (!narrow?.place) throw new Error('the seed has no boat wider than a place of its areas');
    expect(await push('berths.createWinterLease', { applicationId: narrow.a.id, leaseId: randomUUID(), placeId: narrow.place.id })).toMatchObject({ status: 'rejected', code: 'place_too_narrow' });
    const elsewhere = unused().map((a) => ({ a, place: places.find((p) => !a.areaChoices.includes(p.areaId)) })).find((x) => x.place);
    if (!elsewhere?.place) throw new Error('every applicant chose every area');
    expect(await push('berths.createWinterLease', { applicationId: elsewhere.a.id, leaseId: randomUUID(), placeId: elsewhere.place.id })).toMatchObject({ status: 'rejected', code: 'area_not_chosen' });
    // An unmarked notice takes no place; a marked application needs one.
    expect(await push('berths.createWinterLease', { applicationId: notices[0]!.application.id, leaseId: randomUUID(), placeId: places[0]!.id })).toMatchObject({ status: 'rejected', code: 'place_choice_wrong' });
    expect(await push('berths.createWinterLease', { applicationId: elsewhere.a.id, leaseId: randomUUID(), placeId: null })).toMatchObject({ status: 'rejected', code: 'place_choice_wrong' });
    expect(await push('berths.createWinterLease', { applicationId: randomUUID(), leaseId: randomUUID(), placeId: null })).toMatchObject({ status: 'rejected', code: 'not_found' });
  });
});

describe('an unmarked notice, its invoice and its sticker', () => {
  it('sends the invoice by email and text message, and numbers the stickers of paid notices in the winter’s series', async () => {
    const first = takeNotice();
    const second = takeNotice();
    const before = await highestSticker(central);
    const leaseId = randomUUID();
    expect(await push('berths.createWinterLease', { applicationId: first.application.id, leaseId, placeId: null })).toMatchObject({ status: 'applied' });
    const section = (await central.db.query<{ id: string }>('SELECT id::text AS id FROM winter_section WHERE area_id = $1', [first.area.id])).rows[0]!.id;
    expect(await lease(leaseId)).toMatchObject({ areaType: 'unmarked', areaId: first.area.id, sectionId: section, placeId: null, status: 'drafted', invoice: { lines: [{ product: 'winter_storage_unmarked' }] } });

    const due = defaultWinterDueDate(today(), first.application.winter)!;
    expect(await push('berths.sendWinterInvoice', { leaseId, dueDate: today() })).toMatchObject({ status: 'rejected', code: 'due_date_out_of_range' });
    expect(await push('berths.sendWinterInvoice', { leaseId, dueDate: due })).toMatchObject({ status: 'applied' });
    const sent = await lease(leaseId);
    expect(sent).toMatchObject({ status: 'offered', invoice: { status: 'offered', dueDate: due } });
    expect((await application(first.application.id)).status).toBe('offer_sent');

    // The invoice in the outbox: to the applicant, in the invoice's language, with the texts the customer reads.
    const queued = (await central.db.query<{ channel: string; recipient: string; language: 'fi' | 'sv' | 'en'; params: Record<string, string> }>(
      `SELECT channel, recipient, language, params FROM notification_outbox WHERE template = 'berths.winter_invoice' AND entity_id = $1 ORDER BY channel`,
      [first.application.id],
    )).rows;
    expect(queued.map((q) => [q.channel, q.recipient])).toEqual([
      ['email', deliverableEmail(first.application.applicant.email)],
      ['sms', deliverableSmsNumber(first.application.applicant.phone)],
    ]);
    const language = sent.invoice.language;
    const w = first.application.winter;
    const euros = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(sent.invoice.totalCents / 100);
    const [y, m, d] = due.split('-').map(Number);
    expect(queued[0]).toMatchObject({ language, params: { name: first.application.applicant.firstName, place: first.area.name[language], season: `${w}–${w + 1}`, price: euros, dueDate: `${d}.${m}.${y}`, reference: sent.invoice.number } });
    const email = renderTemplate(BERTH_WINTER_INVOICE, language, queued[0]!.params);
    expect(email.subject).toContain(first.area.name[language]);
    expect(email.body).toContain(sent.invoice.number);
    expect(email.body).toContain(euros);
    expect(email.body).toMatch({ fi: /tarra postitetaan/, sv: /dekalen postas/, en: /sticker is posted/ }[language]);
    expect(renderTemplate(BERTH_WINTER_INVOICE, language, queued[1]!.params).sms).toContain(sent.invoice.number);

    expect(await push('berths.reassignWinterSticker', { leaseId })).toMatchObject({ status: 'rejected', code: 'sticker_not_available' });
    expect(await push('berths.markWinterInvoicePaid', { leaseId })).toMatchObject({ status: 'applied' });
    expect(await lease(leaseId)).toMatchObject({ status: 'paid', stickerNumber: before + 1, stickerPostedOn: null, invoice: { status: 'paid_man', paidVia: 'elsewhere' } });
    expect((await application(first.application.id)).status).toBe('handled');
    expect(await push('berths.markWinterInvoicePaid', { leaseId })).toMatchObject({ status: 'rejected', code: 'invalid_transition' });

    const secondLease = await invoiced(central, aino, second);
    expect(await push('berths.markWinterInvoicePaid', { leaseId: secondLease })).toMatchObject({ status: 'applied' });
    expect((await lease(secondLease)).stickerNumber).toBe(before + 2);

    // Posted, then lost: the next number of the series, and a letter to post again.
    expect(await push('berths.setWinterStickerPosted', { leaseId, postedOn: today() })).toMatchObject({ status: 'applied' });
    expect((await lease(leaseId)).stickerPostedOn).toBe(today());
    expect(await push('berths.reassignWinterSticker', { leaseId })).toMatchObject({ status: 'applied' });
    expect(await lease(leaseId)).toMatchObject({ stickerNumber: before + 3, stickerPostedOn: null });
    expect(await push('berths.setWinterStickerPosted', { leaseId, postedOn: '2099-01-01' })).toMatchObject({ status: 'rejected', code: 'sticker_posted_date_invalid' });
    expect(await push('berths.setWinterStickerPosted', { leaseId, postedOn: today() })).toMatchObject({ status: 'applied' });
    // The number given up stays given: the next payment does not get it back.
    const third = await invoiced(central, aino, takeNotice());
    expect(await push('berths.markWinterInvoicePaid', { leaseId: third })).toMatchObject({ status: 'applied' });
    expect((await lease(third)).stickerNumber).toBe(before + 4);
    const kinds = (await central.db.query<{ kind: string }>(`SELECT data->>'kind' AS kind FROM winter_event WHERE lease_id = $1 ORDER BY data->>'at', id`, [leaseId])).rows.map((r) => r.kind);
    expect(kinds.sort()).toEqual(['invoice_paid', 'invoice_sent', 'lease_created', 'sticker_posted', 'sticker_posted', 'sticker_reassigned']);
    await expect(central.db.query(`UPDATE winter_event SET data = data WHERE lease_id = $1`, [leaseId])).rejects.toThrow(/append-only/);
  });
});

describe('a race the locks did not catch', () => {
  it('is answered as the decider would: the place is taken, the sticker number is simply taken again', async () => {
    const create = { id: randomUUID(), type: 'berths.createWinterLease' as const, payload: { applicationId: randomUUID(), leaseId: randomUUID(), placeId: randomUUID() } };
    expect(await winterCommandHandler.explainViolation(central.db, create, 'winter_lease_one_active_per_place', new Map())).toMatchObject({ ok: false, status: 'conflict', code: 'place_taken' });
    expect(await winterCommandHandler.explainViolation(central.db, create, 'winter_lease_one_active_per_application', new Map())).toMatchObject({ ok: false, status: 'rejected', code: 'application_has_offer' });
    const paid = { id: randomUUID(), type: 'berths.markWinterInvoicePaid' as const, payload: { leaseId: randomUUID() } };
    expect(await winterCommandHandler.explainViolation(central.db, paid, 'winter_lease_sticker', new Map())).toMatchObject({ ok: false, status: 'conflict', code: 'version_mismatch' });
    expect(await winterCommandHandler.explainViolation(central.db, paid, 'commands_pkey', new Map())).toBeNull();
  });
});

/** Two handlers mark payments of one winter at the same moment, round after round: no number is given twice. */
async function paymentRace(c: Central, rounds: number): Promise<void> {
  const tokens = await Promise.all(['aino', 'eero'].map((u) => signIn(c.url, u)));
  const available = await invoiceableNotices(c);
  for (let round = 0; round < rounds; round++) {
    const batch = available.splice(0, 4);
    if (batch.length < 4) throw new Error('the seed has too few invoiceable unmarked notices');
    const leases = await Promise.all(batch.map((n, i) => invoiced(c, tokens[i % 2]!, n)));
    const before = await highestSticker(c);
    const answers = await Promise.all(leases.map((id, i) => pushOn(c, tokens[i % 2]!, 'berths.markWinterInvoicePaid', { leaseId: id })));
    expect(answers.map((a) => a.status), `round ${round}`).toEqual(['applied', 'applied', 'applied', 'applied']);
    const numbers = await Promise.all(leases.map(async (id) => (await lease(id, c)).stickerNumber));
    expect([...numbers].sort((a, b) => a! - b!), `round ${round}`).toEqual([before + 1, before + 2, before + 3, before + 4]);
  }
}

describe('payments at the same moment (PGlite)', () => {
  it('never give two leases of one winter the same sticker', async () => {
    await paymentRace(central, 2);
  });
});

const pg = pgAvailable();
if (!pg) console.warn('[skip] central/berths/winter-handler.test.ts: PostgreSQL 15 is missing; the payment race runs on PGlite only.');

describe.skipIf(!pg)('payments at the same moment on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let onPg: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    onPg = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 52 }, notifications: false });
  });
  afterAll(async () => {
    await onPg?.close();
    await cluster?.stop();
  });

  it('never give two leases of one winter the same sticker', async () => {
    await paymentRace(onPg, 4);
  });
});

describe('rights', () => {
  it('shows the cases to the handlers, the areas and places to harbour services and no case', async () => {
    const entities = async (user: string) => new Set<string>((await pullAll(central.url, await signIn(central.url, user))).changes.map((c) => c.entity));
    const harri = await entities('harri');
    expect(['winter_area', 'winter_section', 'winter_place'].every((e) => harri.has(e))).toBe(true);
    expect(['winter_application', 'winter_lease', 'winter_event'].filter((e) => harri.has(e))).toEqual([]);
    for (const user of ['aino', 'olli']) {
      const seen = await entities(user);
      expect(['winter_application', 'winter_lease', 'winter_event', 'winter_place'].every((e) => seen.has(e)), user).toBe(true);
    }
  });

  it('refuses a supervisor and harbour services every winter command, and bad input with 400', async () => {
    const leaseId = (await central.db.query<{ id: string }>(`SELECT id::text AS id FROM winter_lease WHERE status = 'paid' LIMIT 1`)).rows[0]!.id;
    for (const user of ['olli', 'harri']) {
      const token = await signIn(central.url, user);
      for (const [type, payload] of [
        ['berths.createWinterLease', { applicationId: notices[0]!.application.id, leaseId: randomUUID(), placeId: null }],
        ['berths.sendWinterInvoice', { leaseId, dueDate: defaultWinterDueDate(today(), offerWinter(today())) }],
        ['berths.markWinterInvoicePaid', { leaseId }],
        ['berths.reassignWinterSticker', { leaseId }],
        ['berths.setWinterStickerPosted', { leaseId, postedOn: today() }],
      ] as const) {
        const res = await pushAs(central, token, type, payload);
        expect(res.status, `${user} ${type}`).toBe(403);
      }
    }
    for (const [type, payload] of [
      ['berths.createWinterLease', { applicationId: notices[0]!.application.id, leaseId: randomUUID() }],
      ['berths.sendWinterInvoice', { leaseId, dueDate: '2027-02-30' }],
      ['berths.setWinterStickerPosted', { leaseId, postedOn: 'today' }],
      ['berths.markWinterInvoicePaid', { leaseId: 'not-a-uuid' }],
    ] as const) {
      expect((await pushAs(central, aino, type, payload)).status, type).toBe(400);
    }
  });
});
