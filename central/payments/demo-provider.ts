import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.ts';
import { PAYMENT_CALLBACK_PATH, type CallbackCheck, type CreatedPayment, type PaymentProvider, type PaymentRequest, type ProviderPaymentStatus } from './provider.ts';
import { SIGNED_PREFIX, sign, signatureMatches } from './signature.ts';

/** Where the demo "bank" serves its page on the central itself (demo-bank-routes.ts). */
export const DEMO_BANK_PATH = '/demo-bank/payments';

export const DEMO_PROVIDER_NAME = 'demo';

export interface DemoBankPayment {
  id: string;
  reference: string;
  amountCents: number;
  currency: string;
  description: string;
  language: 'fi' | 'sv' | 'en';
  returnUrl: string;
  cancelUrl: string;
  status: 'pending' | 'paid' | 'cancelled';
}

/** The bank's answer on a payment, signed: what a real provider sends with the customer and to the callback alike. */
function signedAnswer(secret: string, payment: DemoBankPayment, now: Date, to: URL): URL {
  const params: Record<string, string> = {
    [`${SIGNED_PREFIX}payment-id`]: payment.id,
    [`${SIGNED_PREFIX}reference`]: payment.reference,
    [`${SIGNED_PREFIX}amount`]: String(payment.amountCents),
    [`${SIGNED_PREFIX}currency`]: payment.currency,
    [`${SIGNED_PREFIX}status`]: payment.status === 'paid' ? 'paid' : 'cancelled',
    [`${SIGNED_PREFIX}timestamp`]: now.toISOString(),
  };
  const url = new URL(to);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set('signature', sign(secret, params));
  return url;
}

/** The parameters the bank sends the customer back with, signed: what a real provider does. */
export function signedReturn(secret: string, payment: DemoBankPayment, now: Date): URL {
  return signedAnswer(secret, payment, now, new URL(payment.status === 'paid' ? payment.returnUrl : payment.cancelUrl));
}

/**
 * The same answer as the bank's own server-to-server call to the central's callback. The demo
 * bank runs inside the central, so it calls back the central it runs on, at the address the
 * customer's press reached (`central`, e.g. http://127.0.0.1:8787): never at an address taken
 * from a request's Host header, which a customer could point anywhere.
 */
export function signedCallback(secret: string, payment: DemoBankPayment, now: Date, central: string): URL {
  return signedAnswer(secret, payment, now, new URL(PAYMENT_CALLBACK_PATH, central));
}

/** Checks a return's signature and reads it; anything unsigned, altered or malformed is refused. */
export function verifySignedReturn(secret: string, query: URLSearchParams): CallbackCheck {
  const signature = query.get('signature');
  if (!signature) return { ok: false, reason: 'missing' };
  const params: Record<string, string> = {};
  for (const [k, v] of query) if (k.startsWith(SIGNED_PREFIX)) params[k] = v;
  if (!signatureMatches(secret, params, signature)) return { ok: false, reason: 'bad_signature' };
  const id = params[`${SIGNED_PREFIX}payment-id`];
  const reference = params[`${SIGNED_PREFIX}reference`];
  const amount = Number(params[`${SIGNED_PREFIX}amount`]);
  const currency = params[`${SIGNED_PREFIX}currency`];
  const status = params[`${SIGNED_PREFIX}status`];
  if (!id || !reference || !currency || !Number.isSafeInteger(amount) || amount <= 0 || (status !== 'paid' && status !== 'cancelled')) {
    return { ok: false, reason: 'malformed' };
  }
  return { ok: true, payment: { providerPaymentId: id, reference, amountCents: amount, currency, status } };
}

interface BankRow {
  id: string;
  reference: string;
  amount_cents: number;
  currency: string;
  description: string;
  language: 'fi' | 'sv' | 'en';
  return_url: string;
  cancel_url: string;
  status: DemoBankPayment['status'];
}

const toPayment = (r: BankRow): DemoBankPayment => ({
  id: r.id,
  reference: r.reference,
  amountCents: r.amount_cents,
  currency: r.currency,
  description: r.description,
  language: r.language,
  returnUrl: r.return_url,
  cancelUrl: r.cancel_url,
  status: r.status,
});

export async function demoBankPayment(db: Queryable, id: string): Promise<DemoBankPayment | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const res = await db.query<BankRow>('SELECT * FROM demo_bank_payment WHERE id = $1', [id]);
  return res.rows[0] ? toPayment(res.rows[0]) : null;
}

/** The bank's decision, once: a second press answers what was decided first. */
export async function settleDemoBankPayment(db: Queryable, id: string, outcome: 'paid' | 'cancelled', now: Date): Promise<DemoBankPayment | null> {
  await db.query("UPDATE demo_bank_payment SET status = $2, settled_at = $3 WHERE id = $1 AND status = 'pending'", [id, outcome, now.toISOString()]);
  return demoBankPayment(db, id);
}

/**
 * The demo provider: its "bank" is a page on the central (demo-bank-routes.ts) where the
 * customer pays or cancels, and its answer is signed with a secret the bank and the provider
 * share, exactly as a real provider's merchant secret. The bank sends the answer twice, as a real
 * provider does: to the central's callback itself, and with the customer's browser.
 */
export function demoPaymentProvider(db: Queryable, secret: string): PaymentProvider {
  return {
    name: DEMO_PROVIDER_NAME,
    formOrigins: [],
    async createPayment(request: PaymentRequest): Promise<CreatedPayment> {
      // The bank calls back the central it runs on (signedCallback), so it takes only the central's own callback.
      if (new URL(request.callbackUrl).pathname !== PAYMENT_CALLBACK_PATH) throw new Error(`The demo bank calls back only the central's own ${PAYMENT_CALLBACK_PATH}.`);
      const id = randomUUID();
      await db.query(
        `INSERT INTO demo_bank_payment (id, reference, amount_cents, currency, description, language, return_url, cancel_url, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', now())`,
        [id, request.reference, request.amountCents, request.currency, request.description, request.language, request.returnUrl, request.cancelUrl],
      );
      // The bank runs on the central, so it is found where the customer is sent back to.
      return { providerPaymentId: id, redirectUrl: new URL(`${DEMO_BANK_PATH}/${id}`, request.returnUrl).toString() };
    },
    verifyCallback: (params) => verifySignedReturn(secret, params),
    async paymentStatus(providerPaymentId: string): Promise<ProviderPaymentStatus> {
      return (await demoBankPayment(db, providerPaymentId))?.status ?? 'unknown';
    },
  };
}
