import type { Queryable } from '../../db/db.ts';
import { linkPath, offerLinkSecret, publicBaseUrl, verifyLinkToken, type LinkPurpose } from '../offer-link.ts';

/** The record a link names for its purpose, or null: a forged, altered, truncated or other kind's link names none. */
export async function resolveLinkToken(db: Queryable, purpose: LinkPurpose, token: string): Promise<string | null> {
  return verifyLinkToken(purpose, token, await offerLinkSecret(db));
}

/** /customer/offer/<token> for an order, /customer/winter/<token> for a winter lease's invoice. */
export async function linkPathFor(db: Queryable, purpose: LinkPurpose, id: string): Promise<string> {
  return linkPath(purpose, id, await offerLinkSecret(db));
}

/** The absolute link a message carries. */
export async function linkUrl(db: Queryable, purpose: LinkPurpose, id: string): Promise<string> {
  return `${publicBaseUrl()}${await linkPathFor(db, purpose, id)}`;
}

export const offerLinkPathFor = (db: Queryable, orderId: string): Promise<string> => linkPathFor(db, 'berth-offer', orderId);
export const offerLinkUrl = (db: Queryable, orderId: string): Promise<string> => linkUrl(db, 'berth-offer', orderId);
