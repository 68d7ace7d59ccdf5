import { z } from 'zod';

/**
 * Whether PostgreSQL can store a string as it is. Neither `text` nor `jsonb` holds U+0000, and
 * half of a UTF-16 surrogate pair has no UTF-8 form at all (the driver would silently turn it
 * into U+FFFD, or jsonb refuses it). Such a value must be refused where it is typed, never queued:
 * once in the outbox it could never be delivered.
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/** Every string a client sends (command payloads, contract inputs, sign-in) is built on this. */
export const StorableText = z.string().refine(isStorableText, {
  message: 'The text contains a character that cannot be stored (U+0000 or half of a surrogate pair).',
});

/**
 * The most a free text a handler types (a note, an offer's withdraw reason) may hold, counted as
 * JavaScript counts a string's length (UTF-16 units, as zod's `max` does). Longer text is refused
 * where it is typed and by the contract, never cut.
 */
export const LONG_TEXT_MAX = 2000;
