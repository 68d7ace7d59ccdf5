import type { FastifyInstance, FastifyReply } from 'fastify';
import { settlePayment, type Settled } from '../berths/customer-page/payment-flow.ts';
import { pageRecorderOf } from '../berths/customer-page/routes.ts';
import type { Db } from '../db/db.ts';
import { PAYMENT_CALLBACK_PATH } from './provider.ts';
import { paymentProvider, paymentSettings, type PaymentSettings } from './settings.ts';

/** What the provider is told, by how the answer was settled. */
const ANSWERS: Readonly<Record<Settled, { status: number; text: string }>> = {
  paid: { status: 200, text: 'paid' },
  cancelled: { status: 200, text: 'cancelled' },
  refused: { status: 400, text: 'refused: not a payment asked for' },
  // A true payment no payable took: the central recorded it for staff to refund; nothing for the provider to retry.
  unapplied: { status: 200, text: 'unapplied: recorded for refund' },
};

const send = (reply: FastifyReply, status: number, text: string) => reply.code(status).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(`${text}\n`);

/**
 * The payment provider's server-to-server callback (GET, as Paytrail and Visma Pay call it): the
 * same signed parameters the customer's return carries, for the customer who closed the tab after
 * paying. No sign-in: the provider's signature is the proof, and the answer is settled by the one
 * path the return takes (payment-flow.ts), so a return and a callback record a payment once.
 * 200 when paid (now or before), cancelled, or recorded as unapplied (a true payment no payable
 * took, which staff refund, decision 54), 400 for anything unsigned, altered, malformed or not a
 * payment the central asked for (nothing changes); a fault of the central stays its 5xx, for the
 * provider to call again.
 */
export function paymentCallbackRoutes(app: FastifyInstance, db: Db, clock: () => Date, settings: PaymentSettings = paymentSettings()): void {
  const provider = paymentProvider(db, settings);
  app.get(PAYMENT_CALLBACK_PATH, async (request, reply) => {
    const check = provider.verifyCallback(new URLSearchParams(request.url.split('?')[1] ?? ''));
    if (!check.ok) return send(reply, 400, `refused: ${check.reason}`);
    const answer = ANSWERS[await settlePayment(db, provider, check.payment, pageRecorderOf, clock())];
    return send(reply, answer.status, answer.text);
  });
}
