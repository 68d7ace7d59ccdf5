import { BookAppointmentPayload } from '../../../../domain/assist/commands.ts';

const Contact = BookAppointmentPayload.shape.contact.unwrap();

/**
 * The reminder contact a booking may carry, checked where it is typed by the command's own rules
 * (domain/assist/commands.ts), so the helper hears of a typo at once. Both empty: no contact.
 */
export function contactProblem(email: string, phone: string): 'email' | 'phone' | null {
  const e = email.trim();
  const p = phone.trim();
  if (e === '' && p === '') return null;
  const r = Contact.safeParse({ email: e === '' ? null : e, phone: p === '' ? null : p });
  if (r.success) return null;
  return r.error.issues.some((i) => i.path[0] === 'email') ? 'email' : 'phone';
}
