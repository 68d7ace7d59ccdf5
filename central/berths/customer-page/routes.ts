import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Language } from '../../../domain/languages.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { Db } from '../../db/db.ts';
import { handleError } from '../../http/errors.ts';
import { demoBankRoutes } from '../../payments/demo-bank-routes.ts';
import { formFields, sendPage, type PageParts } from '../../payments/html-document.ts';
import { PAYMENT_CALLBACK_PATH } from '../../payments/provider.ts';
import { paymentProvider, paymentSettings, type PaymentSettings } from '../../payments/settings.ts';
import { LINK_PREFIX, type LinkPurpose } from '../offer-link.ts';
import { loadOffer, OFFER_PAYMENTS, offerPayable, type LoadedOffer } from './offer-store.ts';
import { resolveLinkToken } from './offer-token.ts';
import { beginPayment, completePayment, type Payable, type PaymentRecorder, type RecorderOf } from './payment-flow.ts';
import { offerPage, problemPage, winterInvoicePage, type FormTarget, type Problem } from './render.ts';
import { pushAsCustomer } from './system-actor.ts';
import { NOTICES, type Notice } from './view.ts';
import { loadWinterInvoice, WINTER_PAYMENTS, winterPayable, type LoadedWinterInvoice } from './winter-store.ts';

type TokenRequest = FastifyRequest<{ Params: { token: string; action?: string }; Querystring: { lang?: string; notice?: string } }>;

const problemStatus: Readonly<Record<Problem, number>> = { not_found: 404, bad_request: 400 };

/**
 * One kind of customer page behind a signed link (decision 39): what its link's purpose names,
 * how the record is loaded and shown, what the customer may answer on it, and how it is paid.
 */
interface PageKind<T> {
  purpose: LinkPurpose;
  /** The problem page's wording: "offer not found" or "invoice not found". */
  problem: 'offer' | 'winter';
  load(db: Db, id: string, today: string): Promise<T | null>;
  language(record: T): Language;
  render(record: T, lang: Language, target: FormTarget, notice: Notice | null): PageParts;
  /** What the page's payment is for, or null when its state allows none. */
  payable(record: T, lang: Language): Payable | null;
  payments: PaymentRecorder;
  /** Another action than paying (an offer's accept, decline): its notice, or null for no such action. */
  answer?(db: Db, record: T, action: string, now: Date): Promise<Notice | null>;
}

const OFFER_PAGE: PageKind<LoadedOffer> = {
  purpose: 'berth-offer',
  problem: 'offer',
  load: loadOffer,
  language: (offer) => offer.view.language,
  render: (offer, lang, target, notice) => offerPage(offer.view, lang, target, notice),
  payable: (offer, lang) => (offer.view.state === 'accepted' || offer.view.state === 'payable' ? offerPayable(offer, lang) : null),
  payments: OFFER_PAYMENTS,
  answer: async (db, offer, action, now) => {
    if (action !== 'accept' && action !== 'decline') return null;
    if (offer.view.state !== 'open' || !offer.application) return 'not_possible';
    const answer = action === 'accept' ? 'accepted' : 'declined';
    const result = await pushAsCustomer(db, 'berths.recordOfferAnswer', { applicationId: offer.application.id, leaseId: offer.lease.id, answer }, `answer:${offer.lease.id}:${answer}`, now);
    return result.status === 'applied' ? answer : 'not_possible';
  },
};

const WINTER_INVOICE_PAGE: PageKind<LoadedWinterInvoice> = {
  purpose: 'winter-invoice',
  problem: 'winter',
  load: loadWinterInvoice,
  language: (invoice) => invoice.view.language,
  render: (invoice, lang, target, notice) => winterInvoicePage(invoice.view, lang, target, notice),
  payable: (invoice, lang) => (invoice.view.state === 'payable' ? winterPayable(invoice, lang) : null),
  payments: WINTER_PAYMENTS,
};

/**
 * The recorder of whatever a payment attempt was kept under (an order, a winter lease's invoice),
 * for the answers no page brings back: the provider's callback and the reconciliation job.
 */
export const pageRecorderOf: RecorderOf = async (db, attempt) => {
  // Whether the record exists is all that is asked: the day only shapes the page's view of it.
  const today = helsinkiDateOf(Date.now());
  if (await OFFER_PAGE.load(db, attempt.orderId, today)) return OFFER_PAGE.payments;
  if (await WINTER_INVOICE_PAGE.load(db, attempt.orderId, today)) return WINTER_INVOICE_PAGE.payments;
  return null;
};

/**
 * The customer's side of an offer and of a winter storage invoice, served by the central at the
 * links their messages carry: see it, answer an offer, pay through the payment provider. Forms
 * carry a token derived from the link (a page elsewhere cannot make one) and must come from this
 * origin.
 */
export function customerOfferRoutes(app: FastifyInstance, db: Db, clock: () => Date, settings: PaymentSettings = paymentSettings()): void {
  const provider = paymentProvider(db, settings);
  const csrfFor = (purpose: LinkPurpose, token: string) => createHmac('sha256', settings.secret).update(`${purpose}-form:${token}`).digest('hex');
  const baseUrl = (request: FastifyRequest) => settings.publicUrl ?? `${request.protocol}://${request.headers.host ?? '127.0.0.1'}`;

  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8192 }, (_request, body, done) => done(null, body));
    // Bad input is the customer's page's 4xx, in their words; a fault of the central stays the API's answer.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        const kind = request.url.startsWith(LINK_PREFIX['winter-invoice']) ? 'winter' : 'offer';
        return sendPage(reply, error.statusCode, problemPage('bad_request', kind));
      }
      return handleError(error, request, reply);
    });

    if (settings.provider === 'demo') demoBankRoutes(scope, db, settings.secret);

    const backTo = (reply: FastifyReply, path: string, lang: Language, notice: Notice) => reply.redirect(`${path}?lang=${lang}&notice=${notice}`, 303);

    function pageRoutes<T>(kind: PageKind<T>): void {
      const pagePath = LINK_PREFIX[kind.purpose].replace(/\/$/, '');
      const sendProblem = (reply: FastifyReply, problem: Problem, status = problemStatus[problem]) => sendPage(reply, status, problemPage(problem, kind.problem));

      /** The record behind a link, or the problem page already sent. */
      async function recordOf(request: TokenRequest, reply: FastifyReply): Promise<{ record: T; id: string; lang: Language; path: string } | null> {
        const id = await resolveLinkToken(db, kind.purpose, request.params.token);
        const record = id ? await kind.load(db, id, helsinkiDateOf(clock().getTime())) : null;
        if (!id || !record) {
          await sendProblem(reply, 'not_found');
          return null;
        }
        const asked = Language.safeParse(request.query.lang ?? (request.body ? formFields(request.body).get('lang') : undefined));
        return { record, id, lang: asked.success ? asked.data : kind.language(record), path: `${pagePath}/${encodeURIComponent(request.params.token)}` };
      }

      scope.get<{ Params: { token: string }; Querystring: { lang?: string; notice?: string } }>(`${pagePath}/:token`, async (request, reply) => {
        const found = await recordOf(request, reply);
        if (!found) return reply;
        const notice = (NOTICES as readonly string[]).includes(request.query.notice ?? '') ? (request.query.notice as Notice) : null;
        const target = { path: found.path, csrf: csrfFor(kind.purpose, request.params.token) };
        return sendPage(reply, 200, kind.render(found.record, found.lang, target, notice), provider.formOrigins);
      });

      scope.post<{ Params: { token: string; action: string }; Querystring: { lang?: string; notice?: string } }>(`${pagePath}/:token/:action`, async (request, reply) => {
        const found = await recordOf(request, reply);
        if (!found) return reply;
        const { record, lang, path } = found;
        const given = Buffer.from(formFields(request.body).get('csrf') ?? '');
        const expected = Buffer.from(csrfFor(kind.purpose, request.params.token));
        const origin = request.headers.origin;
        const sameOrigin = origin === undefined || origin === new URL(baseUrl(request)).origin;
        if (given.length !== expected.length || !timingSafeEqual(given, expected) || !sameOrigin) return sendProblem(reply, 'bad_request', 403);
        const action = request.params.action;
        if (action === 'pay') {
          const payable = kind.payable(record, lang);
          if (!payable) return backTo(reply, path, lang, 'not_possible');
          const base = `${baseUrl(request)}${path}`;
          const urls = { returnUrl: `${base}/payment/return?lang=${lang}`, cancelUrl: `${base}/payment/cancel?lang=${lang}`, callbackUrl: `${baseUrl(request)}${PAYMENT_CALLBACK_PATH}` };
          const redirect = await beginPayment(db, provider, payable, urls, lang, clock());
          return reply.redirect(redirect, 303);
        }
        const answered = kind.answer ? await kind.answer(db, record, action, clock()) : null;
        return answered ? backTo(reply, path, lang, answered) : sendProblem(reply, 'not_found');
      });

      // Anything else under the page's path (a link cut or run together in a mail program): the same clear page.
      scope.all(`${pagePath}/*`, (_request, reply) => sendProblem(reply, 'not_found'));

      // The provider sends the customer back here, to either address, with its signed answer (its
      // callback brings the same answer to callback-routes.ts; either records it, once).
      for (const way of ['return', 'cancel']) {
        scope.get<{ Params: { token: string }; Querystring: { lang?: string; notice?: string } }>(`${pagePath}/:token/payment/${way}`, async (request, reply) => {
          const found = await recordOf(request, reply);
          if (!found) return reply;
          const query = new URLSearchParams(request.url.split('?')[1] ?? '');
          const notice = await completePayment(db, provider, kind.payments, found.id, query, clock());
          return backTo(reply, found.path, found.lang, notice);
        });
      }
    }

    pageRoutes(OFFER_PAGE);
    pageRoutes(WINTER_INVOICE_PAGE);
  });
}
