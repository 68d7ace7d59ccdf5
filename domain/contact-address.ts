import { z } from 'zod';

/**
 * What the notification outbox can deliver to, decided in one place: the central refuses to queue
 * anything else, and a desk counting who a message will reach counts with the same rules.
 * Deliberately simple: the SMTP server has the last word on an address; this keeps out what could
 * never be one (and any CR/LF that could smuggle a header).
 */
export const EMAIL_ADDRESS = /^[^\s@<>(),;:"[\]\\]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** E.164: a plus, then 7 to 15 digits. */
export const SMS_NUMBER = /^\+[1-9][0-9]{6,14}$/;

/** The address as stored, trimmed, when a message can be sent to it. */
export function deliverableEmail(raw: string): string | null {
  const email = raw.trim();
  return EMAIL_ADDRESS.test(email) ? email : null;
}

/** A phone number as the SMS gateway takes it (+358 40 123 4567 becomes +358401234567), when it is one. */
export function deliverableSmsNumber(raw: string): string | null {
  const phone = raw.replace(/[\s-]/g, '');
  return SMS_NUMBER.test(phone) ? phone : null;
}

/** An e-mail address a customer types as their contact (a kiosk's forms, a help desk appointment). */
export const TypedEmail = z.email('Expected an e-mail address.').max(254);
/** A phone number a customer types as their contact: digits, spaces and dashes, a plus first if any. */
export const TypedPhone = z.string().regex(/^\+?[\d\s-]{6,20}$/, 'Expected a phone number.');
