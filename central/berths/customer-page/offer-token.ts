import type { Queryable } from '../../db/db.ts';
import { offerLinkPath, offerLinkSecret, publicBaseUrl, verifyOfferLinkToken } from '../offer-link.ts';

/** The order a link names, or null: a forged, altered or truncated link names none. */
export async function resolveOfferToken(db: Queryable, token: string): Promise<string | null> {
  return verifyOfferLinkToken(token, await offerLinkSecret(db));
}

/** /customer/offer/<token> for an order. */
export async function offerLinkPathFor(db: Queryable, orderId: string): Promise<string> {
  return offerLinkPath(orderId, await offerLinkSecret(db));
}

/** The absolute link a message carries. */
export async function offerLinkUrl(db: Queryable, orderId: string): Promise<string> {
  return `${publicBaseUrl()}${await offerLinkPathFor(db, orderId)}`;
}
