import type { AssistNotice } from '../../domain/assist/decide.ts';
import type { Appointment, ServicePoint } from '../../domain/assist/entities.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { NotificationInput, type NotificationLanguage } from '../notifications/message.ts';
import { rowById } from './rows.ts';

export const WORKSPACE = 'assist';

export type AppointmentMessage = 'assist.appointment_booked' | 'assist.appointment_reminder' | 'assist.appointment_cancelled';

/**
 * A phone number as a customer gives it ("040 123 4567", "+358 40 1234567") in the form the
 * outbox sends to (+358401234567); null when it cannot be one.
 */
export function e164(phone: string): string | null {
  const digits = phone.replace(/[\s-]/g, '');
  const international = digits.startsWith('+') ? digits : digits.startsWith('00') ? `+${digits.slice(2)}` : digits.startsWith('0') ? `+358${digits.slice(1)}` : null;
  return international && /^\+[1-9]\d{6,14}$/.test(international) ? international : null;
}

/** Help is given in many languages; messages go in fi, sv or en, English for the rest. */
function languageOf(a: Appointment): NotificationLanguage {
  const l = a.intake.language;
  return l === 'fi' || l === 'sv' || l === 'en' ? l : 'en';
}

function when(startsAt: string, language: NotificationLanguage): string {
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language];
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(startsAt));
}

/** The e-mail and the text message of one appointment's notice, to whichever contact it has. */
export function appointmentMessages(template: AppointmentMessage, a: Appointment, point: ServicePoint | null): NotificationInput[] {
  if (!a.contact) return [];
  const language = languageOf(a);
  const params = { place: (point && (point.name[language] || point.name.fi)) || a.servicePointId, when: when(a.startsAt, language) };
  const base = { language, template, params, workspace: WORKSPACE, entityId: a.id };
  const phone = a.contact.phone === null ? null : e164(a.contact.phone);
  const out: NotificationInput[] = [];
  if (a.contact.email !== null) out.push({ ...base, channel: 'email', recipient: a.contact.email });
  if (phone !== null) out.push({ ...base, channel: 'sms', recipient: phone });
  // An address the outbox could never send to is left out; the booking stands.
  return out.filter((m) => NotificationInput.safeParse(m).success);
}

/** The booking notices of a decision, queued in its transaction: a confirmation, or a cancellation. */
export async function queueAppointmentNotices(tx: Queryable, notices: readonly AssistNotice[], now: Date): Promise<void> {
  const out: NotificationInput[] = [];
  for (const n of notices) {
    if (n.kind === 'help_requested') continue;
    const a = (await rowById(tx, 'as_appointment', n.appointmentId))?.record;
    if (!a) continue;
    const point = (await rowById(tx, 'as_service_point', a.servicePointId))?.record ?? null;
    out.push(...appointmentMessages(n.kind === 'appointment_booked' ? 'assist.appointment_booked' : 'assist.appointment_cancelled', a, point));
  }
  await enqueueNotifications(tx, out, { now });
}
