import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed parameters of a provider's return and callback, done as real providers do it: the
 * provider's own parameters (one prefix) sorted by name, `name:value` lines, HMAC-SHA256 in hex,
 * sent as `signature`. A parameter outside the prefix is not signed and never read.
 */
export const SIGNED_PREFIX = 'kuva-';

export function canonical(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((k) => k.startsWith(SIGNED_PREFIX))
    .sort()
    .map((k) => `${k}:${params[k]}`)
    .join('\n');
}

export function sign(secret: string, params: Readonly<Record<string, string>>): string {
  return createHmac('sha256', secret).update(canonical(params)).digest('hex');
}

/** Constant-time: how much of a forged signature is right is never measurable. */
export function signatureMatches(secret: string, params: Readonly<Record<string, string>>, signature: string): boolean {
  const expected = Buffer.from(sign(secret, params), 'hex');
  const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
