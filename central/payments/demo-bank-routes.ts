import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../db/db.ts';
import { DEMO_BANK_PATH, demoBankPayment, settleDemoBankPayment, signedReturn } from './demo-provider.ts';
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

/**
 * The demo provider's "bank", on the central itself: the customer sees the amount and pays or
 * cancels; either way the bank sends them back with its answer signed. Pressing twice, or
 * coming back later, gives the first answer again.
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
    const settled = await settleDemoBankPayment(db, id, outcome, new Date());
    return reply.redirect(signedReturn(secret, settled ?? payment, new Date()).toString(), 303);
  });
}
