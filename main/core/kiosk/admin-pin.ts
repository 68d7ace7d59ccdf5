import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** 4 to 8 digits: typed on the kiosk's PIN pad by staff. */
export const ADMIN_PIN_PATTERN = /^\d{4,8}$/;

export interface AdminPinCheck {
  /** False when the terminal has no admin PIN configured: its admin screen cannot be opened. */
  readonly configured: boolean;
  matches(pin: string): Promise<boolean>;
}

function derive(pin: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(pin, salt, 32, (error, key) => (error ? reject(error) : resolve(key))));
}

/**
 * The terminal's admin PIN kept as a salted scrypt hash only, compared in constant time: the
 * plain PIN is dropped once hashed and never logged. A fresh salt per start, since nothing stores it.
 */
export function createAdminPinCheck(pin: string | undefined): AdminPinCheck {
  if (pin === undefined) return { configured: false, matches: () => Promise.resolve(false) };
  const salt = randomBytes(16);
  const expected = derive(pin, salt);
  // Unhandled otherwise until the first check; a failure then answers "no match".
  expected.catch(() => undefined);
  return {
    configured: true,
    async matches(typed) {
      if (!ADMIN_PIN_PATTERN.test(typed)) return false;
      const [want, got] = await Promise.all([expected, derive(typed, salt)]);
      return timingSafeEqual(want, got);
    },
  };
}
