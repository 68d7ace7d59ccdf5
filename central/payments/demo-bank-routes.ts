import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/db.ts';
import { DEMO_BANK_PATH, demoBankPayment, settleDemoBankPayment, signedCallback, signedReturn, type DemoBankPayment } from './demo-provider.ts';
import { escapeHtml, formFields, sendPage } from './html-document.ts';
import { formatEuro } from './money.ts';

type Lang = 'fi' | 'sv' | 'en';

const TEXT: Readonly<Record<Lang, { brand: string; title: string; intro: string; reference: string; amount: string; pay: string; cancel: string; missing: string; refused: string }>> = {
  fi: {
    brand: 'Demopankki',
    title: 'Maksa verkkopankissa',
    intro: 'Tämä on KuVa Deskin demomaksupalvelu. Rahaa ei siirry.',
    reference: 'Viite',
    amount: 'Summa',
    pay: 'Maksa',
    cancel: 'Peruuta maksu',
    missing: 'Maksua ei löydy.',
    refused: 'Pyyntöä ei hyväksytty. Avaa maksusivu uudelleen.',
  },
  sv: {
    brand: 'Demobanken',
    title: 'Betala i nätbanken',
    intro: 'Det här är KuVa Desks demobetaltjänst. Inga pengar överförs.',
    reference: 'Referens',
    amount: 'Belopp',
    pay: 'Betala',
    cancel: 'Avbryt betalningen',
    missing: 'Betalningen finns inte.',
    refused: 'Begäran godkändes inte. Öppna betalningssidan på nytt.',
  },
  en: {
    brand: 'Demo bank',
    title: 'Pay in your online bank',
    intro: 'This is the demo payment service of KuVa Desk. No money moves.',
    reference: 'Reference',
    amount: 'Amount',
    pay: 'Pay',
    cancel: 'Cancel payment',
    missing: 'No such payment.',
    refused: 'The request was not accepted. Open the payment page again.',
  },
};

/** A form is the bank's own: a page from elsewhere cannot press its buttons. */
const formToken = (secret: string, id: string): string => createHmac('sha256', secret).update(`demo-bank:${id}`).digest('hex');

/** How long the bank waits for the central's callback before it sends the customer on all the same. */
export const CALLBACK_TIMEOUT_MS = 5_000;

/** The central this request reached, as the bank calls it: the connection's own local address (the central serves plain HTTP). */
function centralAddress(request: FastifyRequest): string | null {
  const { localAddress, localPort } = request.raw.socket;
  if (!localAddress || !localPort) return null;
  return `http://${isIPv6(localAddress) ? `[${localAddress}]` : localAddress}:${localPort}`;
}

/**
 * The bank's server-to-server call to the central's callback, with the signed answer: a failure
 * (no answer, a refusal, a timeout) is logged and the customer is sent on all the same, with the
 * same answer the return carries.
 */
async function callBack(secret: string, payment: DemoBankPayment, request: FastifyRequest): Promise<void> {
  const { log } = request;
  const central = centralAddress(request);
  if (!central) {
    log.warn({ payment: payment.id }, 'demo bank: no address to call the payment callback at');
    return;
  }
  try {
    const res = await fetch(signedCallback(secret, payment, new Date(), central), { redirect: 'manual', signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS) });
    await res.arrayBuffer();
    if (!res.ok) log.warn({ payment: payment.id, status: res.status }, 'demo bank: the payment callback was not accepted');
  } catch (error) {
    log.warn({ payment: payment.id, err: error }, 'demo bank: the payment callback failed');
  }
}

/**
 * The demo provider's "bank", on the central itself: the customer sees the amount and pays or
 * cancels; either way the bank calls the central's payment callback with its answer signed and
 * then sends the customer back with the same answer, so a customer who closes the tab has paid
 * all the same. Pressing twice, or coming back later, gives the first answer again (a second
 * press calls back again, as a provider retries; the central records a payment once).
 */
export function demoBankRoutes(app: FastifyInstance, db: Queryable, secret: string): void {
  app.get<{ Params: { id: string } }>(`${DEMO_BANK_PATH}/:id`, async (request, reply) => {
    const payment = await demoBankPayment(db, request.params.id);
    if (!payment) return sendPage(reply, 404, { lang: 'en', title: TEXT.en.missing, brand: TEXT.en.brand, nav: '', main: `<h1>${TEXT.en.missing}</h1>` });
    const t = TEXT[payment.language];
    if (payment.status !== 'pending') return reply.redirect(signedReturn(secret, payment, new Date()).toString(), 303);
    const token = formToken(secret, payment.id);
    const form = (action: 'pay' | 'cancel', label: string, cls: string) =>
      `<form method="post" action="${DEMO_BANK_PATH}/${payment.id}/${action}"><input type="hidden" name="csrf" value="${token}"><button type="submit"${cls}>${label}</button></form>`;
    return sendPage(reply, 200, {
      lang: payment.language,
      title: t.title,
      brand: t.brand,
      nav: '',
      main: `<h1>${t.title}</h1>
<p>${t.intro}</p>
<section><dl>
<dt>${t.reference}</dt><dd>${escapeHtml(payment.reference)}</dd>
<dt>${t.amount}</dt><dd>${formatEuro(payment.amountCents, payment.language)}</dd>
</dl><p>${escapeHtml(payment.description)}</p>
<div class="actions">${form('pay', t.pay, '')}${form('cancel', t.cancel, ' class="secondary"')}</div></section>`,
    });
  });

  app.post<{ Params: { id: string; action: string } }>(`${DEMO_BANK_PATH}/:id/:action`, async (request, reply) => {
    const { id, action } = request.params;
    const payment = await demoBankPayment(db, id);
    const outcome = action === 'pay' ? 'paid' : action === 'cancel' ? 'cancelled' : null;
    if (!payment || !outcome) return sendPage(reply, 404, { lang: 'en', title: TEXT.en.missing, brand: TEXT.en.brand, nav: '', main: `<h1>${TEXT.en.missing}</h1>` });
    if (formFields(request.body).get('csrf') !== formToken(secret, id)) {
      const t = TEXT[payment.language];
      return sendPage(reply, 403, { lang: payment.language, title: t.title, brand: t.brand, nav: '', main: `<h1>${t.refused}</h1>` });
    }
    const settled = (await settleDemoBankPayment(db, id, outcome, new Date())) ?? payment;
    await callBack(secret, settled, request);
    return reply.redirect(signedReturn(secret, settled, new Date()).toString(), 303);
  });
}
