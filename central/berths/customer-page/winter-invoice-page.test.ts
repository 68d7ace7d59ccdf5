import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../../domain/berths/entities.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease } from '../../../domain/berths/winter-entities.ts';
import { defaultWinterDueDate } from '../../../domain/berths/winter-seasons.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { deliverableEmail } from '../../../domain/contact-address.ts';
import type { PushResponse } from '../../../domain/sync/protocol.ts';
import { addDays } from '../../../domain/wall-clock.ts';
import { BERTH_WINTER_INVOICE, BERTH_WINTER_REMINDER } from '../../notifications/templates/berths.ts';
import { renderTemplate } from '../../notifications/templates/template.ts';
import { launchCentral } from '../../server.ts';
import { api, envelope, pullAll, signIn } from '../../testing/api-client.ts';
import { PAYMENT_PROVIDER_ACTOR } from '../record-payment.ts';
import { expireUnpaidWinterInvoices, sendWinterInvoiceReminders } from '../winter-jobs.ts';
import { linkPathFor, offerLinkPathFor } from './offer-token.ts';
import { buttonsOf, csrfOf, pageClient, stateOf } from './page-client.test-support.ts';
import { decidedAtBankQuietly } from '../../payments/demo-bank.test-support.ts';
import { ASK_AFTER_MS, reconcilePendingPayments } from '../../payments/reconcile-job.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
type Notice = { application: WinterApplication; customer: Customer; area: WinterArea };

let central: Central;
let aino: string;
let seq = 0;
let notices: Notice[] = [];
const today = helsinkiDate(new Date());
const { get, post, payAtBank, openBank, pressOnBank, pressAtBank } = pageClient(() => central.url);

async function push(type: Parameters<typeof envelope>[0], payload: unknown): Promise<string> {
  const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token: aino, body: { clientId: randomUUID(), commands: [envelope(type, payload, ++seq)] } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!.status;
}

const leaseOf = async (id: string) => (await central.db.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE id = $1', [id])).rows[0]!.data;
const eventsOf = async (id: string) =>
  (await central.db.query<{ data: WinterEvent }>("SELECT data FROM winter_event WHERE lease_id = $1 ORDER BY data->>'at', id", [id])).rows.map((r) => r.data);

/** The outbox's messages of one template for an application: params as queued. */
async function queued(template: string, applicationId: string) {
  const res = await central.db.query<{ channel: string; language: 'fi' | 'sv' | 'en'; params: Record<string, string | number> }>(
    'SELECT channel, language, params FROM notification_outbox WHERE template = $1 AND entity_id = $2 ORDER BY channel, id',
    [template, applicationId],
  );
  return res.rows;
}

interface Invoiced {
  notice: Notice;
  leaseId: string;
  due: string;
  /** /customer/winter/<token> as the invoice message carries it. */
  path: string;
}

/** An unmarked notice's lease, made and invoiced by a handler through the push; its page link taken from the queued invoice email. */
async function invoiced(): Promise<Invoiced> {
  const notice = notices.shift();
  if (!notice) throw new Error('the seed has too few invoiceable unmarked notices');
  const leaseId = randomUUID();
  const due = defaultWinterDueDate(today, notice.application.winter)!;
  expect(await push('berths.createWinterLease', { applicationId: notice.application.id, leaseId, placeId: null })).toBe('applied');
  expect(await push('berths.sendWinterInvoice', { leaseId, dueDate: due })).toBe('applied');
  const email = (await queued('berths.winter_invoice', notice.application.id)).find((m) => m.channel === 'email')!;
  const path = new URL(String(email.params.link)).pathname;
  return { notice, leaseId, due, path };
}

/** The highest sticker number the winter has given so far. */
async function highestSticker(winter: number): Promise<number> {
  const res = await central.db.query<{ n: number | null }>(
    `SELECT max(n)::int AS n FROM (SELECT sticker_number AS n FROM winter_lease WHERE winter = $1 UNION ALL
       SELECT e.sticker_number FROM winter_event e JOIN winter_lease l ON l.id = e.lease_id WHERE l.winter = $1) s`,
    [winter],
  );
  return res.rows[0]?.n ?? 0;
}

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, bookings: 0, cultureKidsChildren: 0, seed: 51 }, notifications: false });
  aino = await signIn(central.url, 'aino');
  const res = await central.db.query<Notice>(
    `SELECT a.data AS application, cu.data AS customer, ar.data AS area
     FROM winter_application a JOIN customer cu ON cu.id = a.customer_id JOIN winter_area ar ON ar.id = (a.data->'areaChoices'->>0)::uuid
     WHERE a.area_type = 'unmarked' AND a.status = 'pending' AND ar.data->'price' <> 'null'::jsonb
       AND cu.kind NOT IN ('non_billable', 'internal') AND cu.data->>'invoicingType' = 'online_payment'
     ORDER BY a.reference`,
  );
  notices = res.rows.filter((r) => deliverableEmail(r.customer.email) ?? deliverableEmail(r.application.applicant.email));
});
afterAll(() => central.close());

describe('the winter storage invoice page', () => {
  let paid: Invoiced;
  /** The form token of the first invoice's page, taken while it could still be paid. */
  let csrf = '';

  it('is linked from the invoice message and its reminders, in email and text message', async () => {
    paid = await invoiced();
    const { notice, leaseId, due, path } = paid;
    expect(path).toBe(await linkPathFor(central.db, 'winter-invoice', leaseId));
    const messages = await queued('berths.winter_invoice', notice.application.id);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      const rendered = renderTemplate(BERTH_WINTER_INVOICE, m.language, m.params);
      expect(m.channel === 'sms' ? rendered.sms : rendered.body).toContain(`${path}`);
    }
    expect(await sendWinterInvoiceReminders(central.db, addDays(due, -7))).toContain(leaseId);
    const reminder = (await queued('berths.winter_reminder', notice.application.id)).find((m) => m.channel === 'email')!;
    expect(renderTemplate(BERTH_WINTER_REMINDER, reminder.language, reminder.params).body).toContain(path);
  });

  it('shows the unmarked storage, the boat, the winter, the amount with VAT and the due date, in fi, sv and en', async () => {
    const { notice, path } = paid;
    const lease = await leaseOf(paid.leaseId);
    const plain = await get(path);
    expect(plain.status).toBe(200);
    csrf = csrfOf(plain.html);
    expect(plain.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(plain.html).toContain(`<html lang="${lease.invoice.language}">`);
    const titles = { fi: 'Talvisäilytyksen lasku', sv: 'Faktura för vinterförvaring', en: 'Winter storage invoice' };
    for (const [lang, title] of Object.entries(titles)) {
      const page = await get(`${path}?lang=${lang}`);
      expect(page.html).toContain(`<h1>${title}</h1>`);
      expect(page.html).toContain(notice.area.name[lang as 'fi']);
      expect(stateOf(page.html)).toBe('payable');
      expect(buttonsOf(page.html)).toEqual(['pay']);
    }
    const en = (await get(`${path}?lang=en`)).html;
    const w = notice.application.winter;
    expect(en).toContain('Unmarked storage (lifting order)');
    expect(en).toContain(`${w}–${w + 1}`);
    expect(en).toContain('Price before VAT');
    expect(en).toContain(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(lease.invoice.totalCents / 100));
    expect(en).toContain(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${paid.due}T00:00:00Z`)));
    expect(en).toContain(lease.invoice.number);
    expect(en).toMatch(/Boat size<\/dt><dd>[\d.]+ m × [\d.]+ m/);
    expect(en).not.toContain('sticker number');
  });

  it('pays through the demo provider: the lease paid with the next sticker, an event on the record, the desks get the rows, the page the receipt', async () => {
    const { notice, leaseId, path } = paid;
    const before = await highestSticker(notice.application.winter);
    const { cursor } = await pullAll(central.url, aino);
    const { returnUrl, back } = await payAtBank(path, 'pay');
    expect(back.status).toBe(303);
    expect(back.location).toBe(`${path}?lang=en&notice=paid`);
    const lease = await leaseOf(leaseId);
    expect(lease).toMatchObject({ status: 'paid', stickerNumber: before + 1, stickerPostedOn: null, invoice: { status: 'paid', paidVia: 'online' } });
    const application = await central.db.query<{ status: string }>("SELECT data->>'status' AS status FROM winter_application WHERE id = $1", [notice.application.id]);
    expect(application.rows[0]!.status).toBe('handled');
    const paidEvents = (await eventsOf(leaseId)).filter((e) => e.kind === 'invoice_paid');
    expect(paidEvents).toMatchObject([{ actorId: PAYMENT_PROVIDER_ACTOR.id, actorName: PAYMENT_PROVIDER_ACTOR.name, fromStatus: 'offered', toStatus: 'paid', stickerNumber: before + 1 }]);

    // The desks pull what the payment wrote, as after any command.
    const { changes } = await pullAll(central.url, aino, cursor);
    expect(changes.find((c) => c.entity === 'winter_lease' && c.id === leaseId)).toMatchObject({ data: { status: 'paid', stickerNumber: before + 1 } });
    expect(changes.some((c) => c.entity === 'winter_application' && c.id === notice.application.id)).toBe(true);
    expect(changes.some((c) => c.entity === 'winter_event' && c.id === paidEvents[0]!.id)).toBe(true);

    const receipt = await get(back.location ?? '');
    expect(stateOf(receipt.html)).toBe('paid');
    expect(buttonsOf(receipt.html)).toEqual([]);
    expect(receipt.html).toContain('Thank you, the payment was received.');
    expect(receipt.html).toContain(`<span data-sticker="${before + 1}">${before + 1}</span>`);
    expect(receipt.html).toContain('Your winter storage sticker is posted to you.');

    // The same signed answer again, twice at once: nothing is recorded twice, no second number.
    const replays = await Promise.all([get(returnUrl), get(returnUrl)]);
    expect(replays.map((r) => r.location)).toEqual([`${path}?lang=en&notice=paid`, `${path}?lang=en&notice=paid`]);
    expect((await eventsOf(leaseId)).filter((e) => e.kind === 'invoice_paid')).toHaveLength(1);
    expect((await leaseOf(leaseId)).stickerNumber).toBe(before + 1);
    expect(await highestSticker(notice.application.winter)).toBe(before + 1);
    const attempts = await central.db.query<{ status: string }>('SELECT status FROM payment_attempt WHERE order_id = $1', [leaseId]);
    expect(attempts.rows).toEqual([{ status: 'paid' }]);
    // Paid: a pay form posted from the page as it was changes nothing.
    expect((await post(`${path}/pay`, { csrf, lang: 'en' })).location).toBe(`${path}?lang=en&notice=not_possible`);
    expect((await get(`${path}?lang=en&notice=not_possible`)).html).toContain('because the invoice has changed');
  });

  it('paid twice (two bank payments begun from the page as it was): recorded once, the second is an unapplied payment staff refund', async () => {
    const { notice, leaseId, path } = await invoiced();
    const before = await highestSticker(notice.application.winter);
    const firstBank = await openBank(path);
    const secondBank = await openBank(path);
    const first = await pressOnBank(firstBank, 'pay');
    // The first bank's callback has recorded it; the second's finds it paid by another payment (decision 54).
    expect((await leaseOf(leaseId)).invoice.status).toBe('paid');
    const second = await pressOnBank(secondBank, 'pay');
    expect((await get(first)).location).toBe(`${path}?lang=en&notice=paid`);
    expect((await get(second)).location).toBe(`${path}?lang=en&notice=payment_unapplied`);
    const attempts = await central.db.query<{ status: string; reason: string | null }>('SELECT status, unapplied_reason AS reason FROM payment_attempt WHERE order_id = $1 ORDER BY created_at', [leaseId]);
    expect(attempts.rows).toEqual([
      { status: 'paid', reason: null },
      { status: 'unapplied', reason: 'paid_already' },
    ]);
    const issues = await central.db.query<{ data: { payableKind: string; reason: string } }>('SELECT data FROM berth_payment_issue WHERE payable_id = $1', [leaseId]);
    expect(issues.rows.map((r) => [r.data.payableKind, r.data.reason])).toEqual([['winter_invoice', 'paid_already']]);
    expect((await eventsOf(leaseId)).filter((e) => e.kind === 'invoice_paid')).toHaveLength(1);
    expect(await leaseOf(leaseId)).toMatchObject({ stickerNumber: before + 1, invoice: { status: 'paid' } });
    expect(await highestSticker(notice.application.winter)).toBe(before + 1);
  });

  it('paid at the bank by a customer who never comes back: the bank’s callback alone pays the invoice and gives the sticker, once', async () => {
    const { notice, leaseId, path } = await invoiced();
    const before = await highestSticker(notice.application.winter);
    const { cursor } = await pullAll(central.url, aino);
    // The bank's answer is where it sends the browser; the browser never goes there.
    const returnUrl = await pressAtBank(path, 'pay');
    expect(await leaseOf(leaseId)).toMatchObject({ status: 'paid', stickerNumber: before + 1, invoice: { status: 'paid', paidVia: 'online' } });
    expect((await eventsOf(leaseId)).filter((e) => e.kind === 'invoice_paid')).toMatchObject([{ actorId: PAYMENT_PROVIDER_ACTOR.id, stickerNumber: before + 1 }]);
    const { changes } = await pullAll(central.url, aino, cursor);
    expect(changes.find((c) => c.entity === 'winter_lease' && c.id === leaseId)).toMatchObject({ data: { status: 'paid', stickerNumber: before + 1 } });
    expect(stateOf((await get(path)).html)).toBe('paid');
    // The customer comes back after all: nothing more, no second number.
    expect((await get(returnUrl)).location).toBe(`${path}?lang=en&notice=paid`);
    expect((await eventsOf(leaseId)).filter((e) => e.kind === 'invoice_paid')).toHaveLength(1);
    expect(await highestSticker(notice.application.winter)).toBe(before + 1);
  });

  it('paid at the bank with both answers lost: the hourly status check pays the invoice, and a late callback changes nothing', async () => {
    const { notice, leaseId, path } = await invoiced();
    const before = await highestSticker(notice.application.winter);
    const { callbackUrl } = await decidedAtBankQuietly(central, path);
    const attempt = async () => (await central.db.query<{ id: string; status: string }>('SELECT id, status FROM payment_attempt WHERE order_id = $1', [leaseId])).rows;
    const [pending] = await attempt();
    expect(pending?.status).toBe('pending');
    const checked = await reconcilePendingPayments(central.db, new Date(Date.now() + ASK_AFTER_MS + 60_000));
    expect(checked.paid).toEqual([pending!.id]);
    expect(await leaseOf(leaseId)).toMatchObject({ status: 'paid', stickerNumber: before + 1, invoice: { status: 'paid', paidVia: 'online' } });
    expect(await attempt()).toEqual([{ id: pending!.id, status: 'paid' }]);
    const late = await fetch(callbackUrl);
    expect([late.status, (await late.text()).trim()]).toEqual([200, 'paid']);
    expect((await eventsOf(leaseId)).filter((e) => e.kind === 'invoice_paid')).toHaveLength(1);
    expect(await highestSticker(notice.application.winter)).toBe(before + 1);
  });

  it('a cancelled or altered payment answer pays nothing and leaves the invoice payable', async () => {
    const { leaseId, path } = await invoiced();
    const { back } = await payAtBank(path, 'cancel');
    expect(back.location).toBe(`${path}?lang=en&notice=payment_cancelled`);
    // Paid at the bank, its callback lost: only the customer's return can bring the answer.
    const { returnUrl } = await decidedAtBankQuietly(central, path);
    const cheaper = new URL(returnUrl);
    cheaper.searchParams.set('kuva-amount', '1');
    expect((await get(cheaper.toString())).location).toBe(`${path}?lang=en&notice=payment_refused`);
    expect((await leaseOf(leaseId)).invoice.status).toBe('offered');
    expect(stateOf((await get(path)).html)).toBe('payable');
  });

  it('an expired invoice shows its state, offers no payment and refuses one', async () => {
    const { leaseId, due, path } = await invoiced();
    const page = await get(`${path}?lang=en`);
    expect(await expireUnpaidWinterInvoices(central.db, addDays(due, 1))).toContain(leaseId);
    const expired = await get(`${path}?lang=en`);
    expect(expired.status).toBe(200);
    expect(stateOf(expired.html)).toBe('expired');
    expect(expired.html).toContain('no longer valid');
    expect(buttonsOf(expired.html)).toEqual([]);
    expect((await post(`${path}/pay`, { csrf: csrfOf(page.html), lang: 'en' })).location).toBe(`${path}?lang=en&notice=not_possible`);
    expect((await leaseOf(leaseId)).invoice.status).toBe('expired');
  });

  it('a tampered, unknown or other kind’s link is 404 with a page in three languages; bad input is never a 5xx', async () => {
    const { leaseId, path } = paid;
    const token = path.split('/').pop() ?? '';
    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const offerToken = (await offerLinkPathFor(central.db, leaseId)).split('/').pop() ?? '';
    for (const p of [`/customer/winter/${altered}`, `/customer/winter/${randomUUID()}.${token.split('.')[1]}`, `/customer/winter/${offerToken}`, `/customer/offer/${token}`, '/customer/winter/x', `/customer/winter/${'x'.repeat(3000)}`, `${path}/extra/more`]) {
      const page = await get(p);
      expect(page.status, p).toBe(404);
      expect(page.html).toMatch(/Laskua ei löydy|Tarjousta ei löydy/);
    }
    const notFound = await get(`/customer/winter/${altered}`);
    expect(notFound.html).toContain('Fakturan hittades inte');
    expect(notFound.html).toContain('Invoice not found');

    const answers = [
      await post(`${path}/pay`, { lang: 'en' }),
      await post(`${path}/pay`, { csrf }, 'http://evil.example'),
      await post(`${path}/accept`, { csrf }),
      await post(`/customer/winter/${altered}/pay`, { csrf }),
      await get(`${path}?lang=xx&notice=<script>`),
      await get(`${path}/payment/return?kuva-status=paid&signature=00`),
      await get(`${path}/payment/cancel`),
      await get('/customer/winter/%00%ff'),
    ];
    expect(answers.map((a) => a.status)).toEqual([403, 403, 404, 404, 200, 303, 303, 400]);
    const junk = await fetch(new URL(`${path}/pay`, central.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{', redirect: 'manual' });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    const huge = await post(`${path}/pay`, { csrf: 'x'.repeat(10_000) });
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
    expect(huge.html).toContain('Avaa laskusivu uudelleen');
  });
});
