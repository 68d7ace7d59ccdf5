import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * What lets a locked screen open offline: a salted scrypt hash of the password the user signed in
 * with, made at sign-in and kept sealed in the profile (never the password itself). scrypt makes
 * each guess cost; the core signs the user out after a few wrong ones.
 */
export const UnlockVerifier = z.object({ salt: z.string().min(16), hash: z.string().min(16), n: z.number().int().min(1024).max(1 << 20) });
export type UnlockVerifier = z.infer<typeof UnlockVerifier>;

const N = 1 << 14;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function makeVerifier(password: string): Promise<UnlockVerifier> {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), hash: (await derive(password, salt, N)).toString('base64'), n: N };
}

export async function passwordMatches(verifier: UnlockVerifier, password: string): Promise<boolean> {
  const expected = Buffer.from(verifier.hash, 'base64');
  const actual = await derive(password, Buffer.from(verifier.salt, 'base64'), verifier.n);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
