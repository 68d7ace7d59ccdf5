import type { Random } from './random.ts';

/** A name as the part of an e-mail address: lower case, accents and spaces dropped ("Pääkkönen" → "paakkonen"). */
export const ascii = (s: string): string =>
  s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '');

/** A Finnish business id (Y-tunnus) with a valid check digit. */
export function businessId(rng: Random): string {
  for (;;) {
    const digits = Array.from({ length: 7 }, () => rng.int(0, 9));
    digits[0] = rng.int(1, 3);
    const sum = digits.reduce((acc, d, i) => acc + d * [7, 9, 10, 5, 8, 4, 2][i]!, 0);
    const rest = sum % 11;
    if (rest === 1) continue;
    return `${digits.join('')}-${rest === 0 ? 0 : 11 - rest}`;
  }
}
