import { offerLinkPath, verifyOfferLinkToken } from '../offer-link.ts';
import type { Problem } from './render.ts';

// ADAPT at merge: where the orders helper keeps the link secret.
const SECRET = process.env.KUVA_OFFER_LINK_SECRET ?? 'kuva-demo-offer-link-secret-0123456789abcdef';

/** The order a link names, or why the page cannot use it (404 forged or unknown, 410 expired). */
export function resolveOfferToken(token: string): { ok: true; orderId: string } | { ok: false; problem: Exclude<Problem, 'bad_request'> } {
  if (token.length > 512) return { ok: false, problem: 'not_found' };
  const checked = verifyOfferLinkToken(token, SECRET);
  return checked.ok ? { ok: true, orderId: checked.orderId } : { ok: false, problem: 'not_found' };
}

/** /customer/offer/<token> for an order. */
export function offerLinkPathFor(orderId: string): string {
  return offerLinkPath(orderId, SECRET);
}

/** The absolute link a message carries. */
export function offerLinkUrl(orderId: string): string {
  const base = (process.env.KUVA_PUBLIC_URL?.trim() || 'http://127.0.0.1:8787').replace(/\/+$/, '');
  return `${base}${offerLinkPathFor(orderId)}`;
}
