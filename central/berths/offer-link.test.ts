import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OFFER_LINK_PREFIX, offerLinkPath, offerLinkToken, publicBaseUrl, verifyOfferLinkToken } from './offer-link.ts';

describe('offer links', () => {
  const orderId = randomUUID();

  it('name the order they were made for, under the customer page path', () => {
    const path = offerLinkPath(orderId, 's3cret');
    expect(path.startsWith(OFFER_LINK_PREFIX)).toBe(true);
    expect(verifyOfferLinkToken(path.slice(OFFER_LINK_PREFIX.length), 's3cret')).toBe(orderId);
  });

  it('refuse another secret, another order, a cut or altered signature and rubbish', () => {
    const token = offerLinkToken(orderId, 's3cret');
    const other = randomUUID();
    expect(verifyOfferLinkToken(token, 'other')).toBeNull();
    expect(verifyOfferLinkToken(`${other}${token.slice(orderId.length)}`, 's3cret')).toBeNull();
    expect(verifyOfferLinkToken(token.slice(0, -2), 's3cret')).toBeNull();
    // Every other last character, those that decode to the same bytes included, is refused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const c of alphabet) if (c !== token.at(-1)) expect(verifyOfferLinkToken(`${token.slice(0, -1)}${c}`, 's3cret'), c).toBeNull();
    expect(verifyOfferLinkToken(`${token}=`, 's3cret')).toBeNull();
    expect(verifyOfferLinkToken(`${token.slice(0, 40)}!${token.slice(40)}`, 's3cret')).toBeNull();
    for (const rubbish of ['', '.', 'abc', `${orderId}.`, `not-a-uuid.${token.split('.')[1]}`]) expect(verifyOfferLinkToken(rubbish, 's3cret'), rubbish).toBeNull();
  });

  it('go to KUVA_PUBLIC_URL, else to the central itself', () => {
    expect(publicBaseUrl({ KUVA_PUBLIC_URL: 'https://venepaikat.example/' })).toBe('https://venepaikat.example');
    expect(publicBaseUrl({ KUVA_CENTRAL_PORT: '9000' })).toBe('http://127.0.0.1:9000');
    expect(publicBaseUrl({})).toBe('http://127.0.0.1:8787');
  });
});
