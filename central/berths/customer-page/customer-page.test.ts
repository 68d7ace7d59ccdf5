import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchCentral } from '../../server.ts';
import { PAYMENT_PROVIDER_ACTOR } from '../record-payment.ts';
import { OFFER_PAGE_ACTOR } from './system-actor.ts';
import { addPercentLines, sendOffers, statusesOf, type SentOffer } from './offer.test-support.ts';
import { buttonsOf, csrfOf, pageClient, stateOf } from './page-client.test-support.ts';
import { decidedAtBankQuietly } from '../../payments/demo-bank.test-support.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let offers: SentOffer[];

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 23 }, notifications: false });
  offers = await sendOffers(central, 5);
});
afterAll(() => central.close());

const { get, post, act: actOn, payAtBank: payOn } = pageClient(() => central.url);
const act = (offer: SentOffer, action: 'accept' | 'decline' | 'pay') => actOn(offer.path, action);
const payAtBank = (offer: SentOffer, button: 'pay' | 'cancel') => payOn(offer.path, button);

describe('the customer offer page', () => {
  it('shows the offer in the customer’s language and in the others on request, under a strict policy', async () => {
    const offer = offers[0]!;
    const plain = await get(offer.path);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = plain.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toMatch(/style-src 'nonce-[^']+'/);
    expect(plain.headers.get('referrer-policy')).toBe('same-origin');
    expect(plain.html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);
    const titles = { fi: 'Venepaikkatarjous', sv: 'Båtplatserbjudande', en: 'Berth offer' };
    for (const [lang, title] of Object.entries(titles)) {
      const page = await get(`${offer.path}?lang=${lang}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<html lang="${lang}">`);
      expect(page.html).toContain(`<h1>${title}</h1>`);
      expect(stateOf(page.html)).toBe('open');
      expect(buttonsOf(page.html)).toEqual(['accept', 'decline']);
    }
    const en = await get(`${offer.path}?lang=en`);
    expect(en.html).toMatch(/€\d+\.\d\d/);
    expect(en.html).toContain('Price before VAT');
    expect(plain.html).toMatch(/<html lang="(fi|sv|en)">/);
  });

  it('shows a service line priced as a share of the berth line with its percent, in the page’s language', async () => {
    const offer = offers[4]!;
    await addPercentLines(central, offer, [{ service: 'electricity', percent: 12.5 }]);
    const fi = await get(`${offer.path}?lang=fi`);
    expect(fi.status).toBe(200);
    expect(fi.html).toContain('<small data-percent="12.5">12,5\u00a0% venepaikan hinnasta</small>');
    expect((await get(`${offer.path}?lang=sv`)).html).toContain('12,5\u00a0% av båtplatsens pris');
    const en = await get(`${offer.path}?lang=en`);
    expect(en.html).toContain('12.5\u00a0% of the berth price');
    // One line has a percent: the berth line shows its amount only.
    expect(en.html.match(/data-percent=/g)).toHaveLength(1);
  });

  it('refuses a forged, altered or unknown link with a page in all three languages, never a 5xx', async () => {
    const offer = offers[0]!;
    const token = offer.path.split('/').pop() ?? '';
    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    // A link whose escapes are not even text never reaches a route: the framework's 400.
    expect((await get('/customer/offer/%00%ff')).status).toBe(400);
    for (const path of [`/customer/offer/${altered}`, '/customer/offer/nonsense', `/customer/offer/${'x'.repeat(3000)}`, `/customer/offer/${token}/extra`]) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.html).toContain('Tarjousta ei löydy');
      expect(page.html).toContain('Erbjudandet hittades inte');
      expect(page.html).toContain('Offer not found');
    }
    const forgedPost = await post(`/customer/offer/${altered}/accept`, { csrf: 'x' });
    expect(forgedPost.status).toBe(404);
    expect((await statusesOf(central.db, offer)).order).toBe('offered');
  });

  it('refuses a form without its token or from another origin, and changes nothing', async () => {
    const offer = offers[0]!;
    expect((await post(`${offer.path}/accept`, { lang: 'en' })).status).toBe(403);
    const page = await get(offer.path);
    expect((await post(`${offer.path}/accept`, { csrf: csrfOf(page.html) }, 'http://evil.example')).status).toBe(403);
    const junk = await fetch(new URL(`${offer.path}/accept`, central.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{', redirect: 'manual' });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    expect(await statusesOf(central.db, offer)).toMatchObject({ order: 'offered', lease: 'offered', application: 'offer_sent' });
  });

  it('accept, then pay through the demo provider: the lease is paid and the application handled, once, on the record', async () => {
    const offer = offers[1]!;
    const csrf = csrfOf((await get(offer.path)).html);
    const accepted = await act(offer, 'accept');
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`${offer.path}?lang=en&notice=accepted`);
    expect(await statusesOf(central.db, offer)).toEqual({ order: 'offered', lease: 'awaiting_payment', application: 'awaiting_payment' });
    const waiting = await get(`${offer.path}?lang=en`);
    expect(stateOf(waiting.html)).toBe('accepted');
    expect(buttonsOf(waiting.html)).toEqual(['pay']);

    const { returnUrl, back } = await payAtBank(offer, 'pay');
    expect(back.status).toBe(303);
    expect(back.location).toBe(`${offer.path}?lang=en&notice=paid`);
    expect(await statusesOf(central.db, offer)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
    const paid = await get(back.location ?? '');
    expect(stateOf(paid.html)).toBe('paid');
    expect(buttonsOf(paid.html)).toEqual([]);
    expect(paid.html).toContain('Thank you, the payment was received.');

    // The same signed answer again (a reload, a replayed callback): nothing is paid twice.
    const replay = await get(returnUrl);
    expect(replay.location).toBe(`${offer.path}?lang=en&notice=paid`);
    const record = await central.db.query<{ kind: string; actor: string }>(
      "SELECT data->>'kind' AS kind, data->>'actorName' AS actor FROM application_event WHERE data->>'applicationId' = $1 ORDER BY data->>'at'",
      [offer.applicationId],
    );
    const made = record.rows.findIndex((r) => r.kind === 'offer_made');
    expect(record.rows.slice(made)).toEqual([
      { kind: 'offer_made', actor: 'Aino Virtanen' },
      { kind: 'offer_accepted', actor: OFFER_PAGE_ACTOR.name },
      { kind: 'order_paid', actor: PAYMENT_PROVIDER_ACTOR.name },
    ]);
    const commands = await central.db.query<{ type: string }>("SELECT type FROM commands WHERE user_id = $1 AND payload->>'leaseId' = $2", [OFFER_PAGE_ACTOR.id, offer.leaseId]);
    expect(commands.rows).toEqual([{ type: 'berths.recordOfferAnswer' }]);
    const attempts = await central.db.query<{ status: string }>('SELECT status FROM payment_attempt WHERE order_id = $1', [offer.orderId]);
    expect(attempts.rows).toEqual([{ status: 'paid' }]);
    // Paid: the page asks for nothing more, and a pay form posted anyway changes nothing.
    expect((await post(`${offer.path}/pay`, { csrf, lang: 'en' })).location).toBe(`${offer.path}?lang=en&notice=not_possible`);
  });

  it('a cancelled or altered payment answer pays nothing and leaves the offer payable', async () => {
    const offer = offers[2]!;
    await act(offer, 'accept');
    const { back } = await payAtBank(offer, 'cancel');
    expect(back.location).toBe(`${offer.path}?lang=en&notice=payment_cancelled`);
    expect((await statusesOf(central.db, offer)).order).toBe('offered');

    // Paid at the bank, its callback lost: only the customer's return can bring the answer.
    const { returnUrl } = await decidedAtBankQuietly(central, offer.path);
    const cheaper = new URL(returnUrl);
    cheaper.searchParams.set('kuva-amount', '1');
    const refused = await get(cheaper.toString());
    expect(refused.location).toBe(`${offer.path}?lang=en&notice=payment_refused`);
    expect((await statusesOf(central.db, offer)).order).toBe('offered');
    // The untouched answer still pays.
    expect((await get(returnUrl)).location).toBe(`${offer.path}?lang=en&notice=paid`);
    expect(await statusesOf(central.db, offer)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });
  });

  it('decline frees the berth, and the page then shows the answer, not the buttons', async () => {
    const offer = offers[3]!;
    const csrf = csrfOf((await get(offer.path)).html);
    const declined = await act(offer, 'decline');
    expect(declined.location).toBe(`${offer.path}?lang=en&notice=declined`);
    expect(await statusesOf(central.db, offer)).toEqual({ order: 'rejected', lease: 'refused', application: 'declined_by_customer' });
    const holders = await central.db.query("SELECT 1 FROM lease WHERE berth_id = $1 AND status IN ('drafted', 'offered', 'awaiting_payment', 'paid', 'error')", [offer.berthId]);
    expect(holders.rows).toHaveLength(0);
    const page = await get(offer.path);
    expect(stateOf(page.html)).toBe('declined');
    expect(buttonsOf(page.html)).toEqual([]);
    // A second answer, or a payment, posted from the page as it was: refused, the state shown again.
    expect((await post(`${offer.path}/accept`, { csrf, lang: 'en' })).location).toBe(`${offer.path}?lang=en&notice=not_possible`);
    expect((await post(`${offer.path}/pay`, { csrf, lang: 'en' })).location).toBe(`${offer.path}?lang=en&notice=not_possible`);
    expect((await statusesOf(central.db, offer)).order).toBe('rejected');
  });
});
