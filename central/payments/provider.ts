import { API_PREFIX } from '../../domain/sync/protocol.ts';

/**
 * A payment service provider as the central sees one (Paytrail, Visma Pay and the like): it
 * creates a payment for an order and sends the customer to its own page, sends the customer back
 * with signed parameters and calls the central's callback URL server to server the same way (the
 * customer may close the tab after paying), and answers a payment's status when asked. The demo
 * provider (demo-provider.ts) is one; a real one is a second implementation of this interface,
 * picked in settings.ts.
 */

/** Where on the central the provider calls back (callback-routes.ts): outside any sign-in, the signature is the proof. */
export const PAYMENT_CALLBACK_PATH = `${API_PREFIX}/payments/callback`;

export interface PaymentRequest {
  /** What the payment settles; also the merchant's own key for it. */
  orderId: string;
  /** The reference the customer and the bank statement show (the order number). */
  reference: string;
  amountCents: number;
  currency: 'EUR';
  /** One line for the provider's page. */
  description: string;
  language: 'fi' | 'sv' | 'en';
  /** Absolute URLs the provider sends the customer back to, with its signed parameters appended. */
  returnUrl: string;
  cancelUrl: string;
  /** The absolute URL the provider calls itself (GET, the same signed parameters) when the payment is decided. */
  callbackUrl: string;
}

export interface CreatedPayment {
  providerPaymentId: string;
  /** Where the customer's browser goes to pay. */
  redirectUrl: string;
}

export type ProviderPaymentStatus = 'pending' | 'paid' | 'cancelled' | 'unknown';

/** What a verified return or callback says happened. */
export interface VerifiedPayment {
  providerPaymentId: string;
  reference: string;
  amountCents: number;
  currency: string;
  status: 'paid' | 'cancelled';
}

export type CallbackCheck = { ok: true; payment: VerifiedPayment } | { ok: false; reason: 'missing' | 'bad_signature' | 'malformed' };

export interface PaymentProvider {
  /** Stored with every attempt, so an answer is only ever matched to its own provider's payment. */
  readonly name: string;
  /** Origins the customer's browser is sent to (for the offer page's form-action policy). */
  readonly formOrigins: readonly string[];
  createPayment(request: PaymentRequest): Promise<CreatedPayment>;
  /** Checks the signature over the parameters a return or callback carries; nothing unsigned is believed. */
  verifyCallback(params: URLSearchParams): CallbackCheck;
  /** The provider's own word on a payment nobody came back from (the reconciliation job asks it). */
  paymentStatus(providerPaymentId: string): Promise<ProviderPaymentStatus>;
}
