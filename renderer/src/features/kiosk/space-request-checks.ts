import type { z } from 'zod';
import { TypedEmail, TypedPhone } from '../../../../domain/contact-address.ts';
import { partySizeProblem, type PersonLimits } from '../../../../domain/space-holds/party-size.ts';

/**
 * What the space request form can tell a customer without the central: the persons answer against
 * the space's public limits (by the very rule the central's decider refuses a request by), and,
 * once the central has refused a request, the reason in words a customer can act on. The day, the
 * start and the length need no check of their own: the form offers only those the space's rules
 * allow (space-times.ts). The e-mail address and the phone number are checked by the contact rules
 * the kiosk contract and the help desk's appointments hold them to (domain/contact-address.ts),
 * which are the bookings payload's or stricter: what passes them is never refused for its contact
 * details.
 */

/** A text to show: its translation key and values. */
export interface KioskText {
  key: string;
  params?: Record<string, number>;
}

export type PersonsProblem = 'whole' | 'too_few' | 'too_many';

/** The space's limits for the persons field's hint; null when it has none. */
export function personsHint(space: PersonLimits | null): KioskText | null {
  const min = space?.minPersons ?? null;
  const max = space?.maxPersons ?? null;
  if (min !== null && min > 1 && max !== null) return { key: 'kiosk.request.personsRange', params: { min, max } };
  if (max !== null) return { key: 'kiosk.request.personsMax', params: { count: max } };
  if (min !== null && min > 1) return { key: 'kiosk.request.personsMin', params: { count: min } };
  return null;
}

/** The answer as a count of people, or null when it is not a whole number of at least one. */
export function personsCount(answer: string): number | null {
  const text = answer.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const count = Number(text);
  return count >= 1 ? count : null;
}

/**
 * What is wrong with the persons answer for the chosen space, with the text that says it; null
 * when nothing is, or nothing can be told yet (no answer, which the required check names).
 */
export function personsCheck(space: PersonLimits | null, answer: string): { problem: PersonsProblem; text: KioskText } | null {
  if (answer.trim() === '') return null;
  const count = personsCount(answer);
  if (count === null) return { problem: 'whole', text: { key: 'kiosk.request.personsWhole' } };
  const problem = space ? partySizeProblem(space, count) : null;
  if (problem === 'too_many') return { problem, text: { key: 'kiosk.request.personsTooMany', params: { count: space!.maxPersons! } } };
  if (problem === 'too_few') return { problem, text: { key: 'kiosk.request.personsTooFew', params: { count: space!.minPersons! } } };
  return null;
}

/** The fields the customer's contact details go in. */
export type ContactField = 'email' | 'phone';

const CONTACT_RULES: Readonly<Record<ContactField, z.ZodType>> = { email: TypedEmail, phone: TypedPhone };

/**
 * What is wrong with an e-mail address or a phone number, as the text that says it; null when
 * nothing is, or nothing can be told yet (no answer, which the required check names).
 */
export function contactCheck(field: ContactField, answer: string): KioskText | null {
  const text = answer.trim();
  if (text === '') return null;
  return CONTACT_RULES[field].safeParse(text).success ? null : { key: `kiosk.request.${field}Invalid` };
}

/**
 * A refusal of the central's bookings decider (domain/bookings/decide-request.ts) in the
 * customer's words: what was wrong and what to change. The central's own message is English for
 * staff and names the rule's numbers; it never reaches the screen. Null: no specific text (a
 * technical refusal), the request's general one stands.
 */
const REFUSAL_REASONS: Readonly<Record<string, string>> = {
  kiosk_party_size: 'persons',
  kiosk_outside_opening_hours: 'openingHours',
  kiosk_duration_not_allowed: 'length',
  kiosk_start_not_allowed: 'start',
  kiosk_outside_booking_window: 'window',
  reservation_time_taken: 'taken',
  reservation_in_past: 'past',
  kiosk_space_not_bookable: 'notBookable',
  not_found: 'notBookable',
};

export function requestRefusalKey(code: string): string | null {
  const reason = Object.hasOwn(REFUSAL_REASONS, code) ? REFUSAL_REASONS[code] : undefined;
  return reason ? `kiosk.request.refusal.${reason}` : null;
}
