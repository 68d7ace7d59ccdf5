import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/db.ts';

/**
 * The links in customer messages: `<prefix><id>.<HMAC-SHA256 of purpose:id, base64url>`, e.g.
 * `/customer/offer/<order id>.<mac>` in an offer message and `/customer/winter/<winter lease
 * id>.<mac>` in a winter storage invoice. The customer page (served by the central) verifies it
 * with the same secret for the purpose its path names, so a link names exactly one record of one
 * kind and cannot be made for another, or turned into another kind's, without the secret.
 */
export const LINK_PURPOSES = ['berth-offer', 'winter-invoice'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

export const LINK_PREFIX: Readonly<Record<LinkPurpose, string>> = { 'berth-offer': '/customer/offer/', 'winter-invoice': '/customer/winter/' };
export const OFFER_LINK_PREFIX = LINK_PREFIX['berth-offer'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(purpose: LinkPurpose, id: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}:${id}`).digest();
}

export function linkToken(purpose: LinkPurpose, id: string, secret: string): string {
  return `${id}.${mac(purpose, id, secret).toString('base64url')}`;
}

export function linkPath(purpose: LinkPurpose, id: string, secret: string): string {
  return `${LINK_PREFIX[purpose]}${linkToken(purpose, id, secret)}`;
}

/** The id a token was made for with this purpose, or null when it was not made with this secret for it. */
export function verifyLinkToken(purpose: LinkPurpose, token: string, secret: string): string | null {
  const dot = token.indexOf('.');
  if (dot < 0 || token.length > 200) return null;
  const id = token.slice(0, dot);
  if (!UUID.test(id)) return null;
  // The signature as text, compared with the one canonical encoding: decoding first would let
  // another text through that decodes to the same bytes (a last character that differs only in its
  // unused bits, or characters the decoder skips).
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const wanted = Buffer.from(mac(purpose, id, secret).toString('base64url'), 'utf8');
  return given.length === wanted.length && timingSafeEqual(given, wanted) ? id : null;
}

export const offerLinkToken = (orderId: string, secret: string): string => linkToken('berth-offer', orderId, secret);
export const offerLinkPath = (orderId: string, secret: string): string => linkPath('berth-offer', orderId, secret);
export const verifyOfferLinkToken = (token: string, secret: string): string | null => verifyLinkToken('berth-offer', token, secret);

/**
 * The secret offer links are signed with: KUVA_OFFER_LINK_SECRET when set, else one made once
 * and kept in the central's database, so links stay valid across restarts.
 */
export async function offerLinkSecret(db: Queryable, env: Readonly<Record<string, string | undefined>> = process.env): Promise<string> {
  const configured = env.KUVA_OFFER_LINK_SECRET?.trim();
  if (configured) return configured;
  await db.query(`INSERT INTO central_secret (name, value) VALUES ('offer_link', $1) ON CONFLICT (name) DO NOTHING`, [randomBytes(32).toString('base64url')], 'offer_link_secret_make');
  const res = await db.query<{ value: string }>(`SELECT value FROM central_secret WHERE name = 'offer_link'`, [], 'offer_link_secret');
  return res.rows[0]!.value;
}

/** Where customers reach the central: KUVA_PUBLIC_URL, else the central's own address. */
export function publicBaseUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.KUVA_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  const host = env.KUVA_CENTRAL_HOST || '127.0.0.1';
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${env.KUVA_CENTRAL_PORT ?? 8787}`;
}
