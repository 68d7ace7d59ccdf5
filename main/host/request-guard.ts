import { createHash, timingSafeEqual } from 'node:crypto';

export type GuardResult = { ok: true } | { ok: false; status: 401 | 403; code: 'unauthorized' | 'forbidden'; message: string };

/** Both sides hashed first so the comparison takes the same time whatever the lengths. */
export function keyMatches(given: string, secret: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

export interface GuardInput {
  key: string | string[] | undefined;
  host: string | undefined;
  origin: string | undefined;
}

/**
 * Who may call the API: the page opened from the printed URL. The Host check defeats DNS
 * rebinding (a foreign name resolving to 127.0.0.1), the Origin check a page on another origin,
 * and the key everything else on the machine that can reach the port.
 */
export function guardApiRequest(input: GuardInput, expected: { secret: string; host: string; origin: string }): GuardResult {
  if (input.host !== expected.host) {
    return { ok: false, status: 403, code: 'forbidden', message: 'Unexpected Host header.' };
  }
  if (input.origin !== undefined && input.origin !== expected.origin) {
    return { ok: false, status: 403, code: 'forbidden', message: 'Foreign origin.' };
  }
  if (input.key === undefined || input.key === '') {
    return { ok: false, status: 401, code: 'unauthorized', message: 'The host key is missing. Open the address the host printed.' };
  }
  if (typeof input.key !== 'string' || !keyMatches(input.key, expected.secret)) {
    return { ok: false, status: 403, code: 'forbidden', message: 'Wrong host key.' };
  }
  return { ok: true };
}
