import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Language } from '../../../domain/languages.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { Db } from '../../db/db.ts';
import { handleError } from '../../http/errors.ts';
import { demoBankRoutes } from '../../payments/demo-bank-routes.ts';
import { formFields, sendPage } from '../../payments/html-document.ts';
import { paymentProvider, paymentSettings, type PaymentSettings } from '../../payments/settings.ts';
import { loadOffer, type LoadedOffer } from './offer-store.ts';
import { resolveOfferToken } from './offer-token.ts';
import { beginPayment, completePayment } from './payment-flow.ts';
import { offerPage, problemPage, type Problem } from './render.ts';
import { pushAsCustomer } from './system-actor.ts';
import { NOTICES, type Notice } from './view.ts';

export const OFFER_PAGE_PATH = '/customer/offer';

type TokenRequest = FastifyRequest<{ Params: { token: string; action?: string }; Querystring: { lang?: string; notice?: string } }>;

const problemStatus: Readonly<Record<Problem, number>> = { not_found: 404, bad_request: 400 };

const sendProblem = (reply: FastifyReply, problem: Problem, status = problemStatus[problem]) => sendPage(reply, status, problemPage(problem));

/**
 * The customer's side of an offer, served by the central at the link the offer message carries:
 * see the offer, accept or decline it, pay it through the payment provider. Forms carry a token
 * derived from the link (a page elsewhere cannot make one) and must come from this origin.
 */
export function customerOfferRoutes(app: FastifyInstance, db: Db, clock: () => Date, settings: PaymentSettings = paymentSettings()): void {
  const provider = paymentProvider(db, settings);
  const csrfFor = (token: string) => createHmac('sha256', settings.secret).update(`offer-form:${token}`).digest('hex');
  const baseUrl = (request: FastifyRequest) => settings.publicUrl ?? `${request.protocol}://${request.headers.host ?? '127.0.0.1'}`;

  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8192 }, (_request, body, done) => done(null, body));
    // Bad input is the customer's page's 4xx, in their words; a fault of the central stays the API's answer.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return sendProblem(reply, 'bad_request', error.statusCode);
      return handleError(error, request, reply);
    });

    if (settings.provider === 'demo') demoBankRoutes(scope, db, settings.secret);

    /** The offer behind a link, or the problem page already sent. */
    async function offerOf(request: TokenRequest, reply: FastifyReply): Promise<{ offer: LoadedOffer; lang: Language; path: string } | null> {
      const orderId = await resolveOfferToken(db, request.params.token);
      const offer = orderId ? await loadOffer(db, orderId, helsinkiDateOf(clock().getTime())) : null;
      if (!offer) {
        await sendProblem(reply, 'not_found');
        return null;
      }
      const asked = Language.safeParse(request.query.lang ?? (request.body ? formFields(request.body).get('lang') : undefined));
      return { offer, lang: asked.success ? asked.data : offer.view.language, path: `${OFFER_PAGE_PATH}/${encodeURIComponent(request.params.token)}` };
    }

    const backTo = (reply: FastifyReply, path: string, lang: Language, notice: Notice) => reply.redirect(`${path}?lang=${lang}&notice=${notice}`, 303);

    scope.get<{ Params: { token: string }; Querystring: { lang?: string; notice?: string } }>(`${OFFER_PAGE_PATH}/:token`, async (request, reply) => {
      const found = await offerOf(request, reply);
      if (!found) return reply;
      const notice = (NOTICES as readonly string[]).includes(request.query.notice ?? '') ? (request.query.notice as Notice) : null;
      return sendPage(reply, 200, offerPage(found.offer.view, found.lang, { path: found.path, csrf: csrfFor(request.params.token) }, notice), provider.formOrigins);
    });

    scope.post<{ Params: { token: string; action: string }; Querystring: { lang?: string; notice?: string } }>(`${OFFER_PAGE_PATH}/:token/:action`, async (request, reply) => {
      const found = await offerOf(request, reply);
      if (!found) return reply;
      const { offer, lang, path } = found;
      const given = Buffer.from(formFields(request.body).get('csrf') ?? '');
      const expected = Buffer.from(csrfFor(request.params.token));
      const origin = request.headers.origin;
      const sameOrigin = origin === undefined || origin === new URL(baseUrl(request)).origin;
      if (given.length !== expected.length || !timingSafeEqual(given, expected) || !sameOrigin) return sendProblem(reply, 'bad_request', 403);
      const { view, lease } = offer;
      const action = request.params.action;
      if (action === 'accept' || action === 'decline') {
        if (view.state !== 'open' || !offer.application) return backTo(reply, path, lang, 'not_possible');
        const answer = action === 'accept' ? 'accepted' : 'declined';
        const result = await pushAsCustomer(db, 'berths.recordOfferAnswer', { applicationId: offer.application.id, leaseId: lease.id, answer }, `answer:${lease.id}:${answer}`, clock());
        return backTo(reply, path, lang, result.status === 'applied' ? answer : 'not_possible');
      }
      if (action === 'pay') {
        if (view.state !== 'accepted' && view.state !== 'payable') return backTo(reply, path, lang, 'not_possible');
        const base = `${baseUrl(request)}${path}`;
        const redirect = await beginPayment(db, provider, offer, { returnUrl: `${base}/payment/return?lang=${lang}`, cancelUrl: `${base}/payment/cancel?lang=${lang}` }, lang);
        return reply.redirect(redirect, 303);
      }
      return sendProblem(reply, 'not_found');
    });

    // Anything else under the offer path (a link cut or run together in a mail program): the same clear page.
    scope.all(`${OFFER_PAGE_PATH}/*`, (_request, reply) => sendProblem(reply, 'not_found'));

    // The provider sends the customer back here, to either address, with its signed answer.
    for (const kind of ['return', 'cancel']) {
      scope.get<{ Params: { token: string }; Querystring: { lang?: string; notice?: string } }>(`${OFFER_PAGE_PATH}/:token/payment/${kind}`, async (request, reply) => {
        const found = await offerOf(request, reply);
        if (!found) return reply;
        const query = new URLSearchParams(request.url.split('?')[1] ?? '');
        const notice = await completePayment(db, provider, found.offer.order.id, query, clock());
        return backTo(reply, found.path, found.lang, notice);
      });
    }
  });
}
