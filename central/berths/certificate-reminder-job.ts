import type { BoatCertificate } from '../../domain/berths/boat-certificate-entity.ts';
import {
  CERTIFICATE_REMINDER_DAYS_BEFORE,
  CERTIFICATE_REMINDER_GRACE_DAYS,
  certificateRemindersDue,
  type CertificateReminder,
  type CertificateReminderKind,
  type HoldingLease,
  type SentCertificateReminder,
} from '../../domain/berths/boat-certificate-reminders.ts';
import type { Boat, Customer } from '../../domain/berths/entities.ts';
import { ACTIVE_LEASE_STATUSES } from '../../domain/berths/lease-machine.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import { addDays } from '../../domain/wall-clock.ts';
import type { Db, Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { NOTIFICATION_LANGUAGES, NotificationInput, type NotificationLanguage } from '../notifications/message.ts';
import { BOAT_CERTIFICATE_EXPIRED, BOAT_CERTIFICATE_EXPIRING, CERTIFICATE_NAMES } from '../notifications/templates/boat-certificates.ts';
import { formatDay } from './customer-page/dates.ts';
import { customerName } from './customer-page/offer-store.ts';

interface CertificateRow {
  certificate: BoatCertificate;
  boat: Boat;
  customer: Customer;
}

const TEMPLATE: Readonly<Record<CertificateReminderKind, string>> = {
  expiring: BOAT_CERTIFICATE_EXPIRING.key,
  expired: BOAT_CERTIFICATE_EXPIRED.key,
};

/** The customer's language when the outbox has texts in it, else Finnish. */
function languageOf(customer: Customer): NotificationLanguage {
  return NOTIFICATION_LANGUAGES.find((l) => l === customer.language) ?? 'fi';
}

/** "Merituuli (A-12345)", or whichever of the two the boat has. */
function boatText(boat: Boat): string {
  const name = boat.name.trim();
  const registration = boat.registrationNumber.trim();
  if (name && registration) return `${name} (${registration})`;
  return name || registration;
}

/**
 * One reminder's e-mail and text message, to whichever of the customer's contacts can be written
 * to; none when neither can, and such a reminder is not claimed, so it goes when one is fixed.
 */
function reminderMessages(reminder: CertificateReminder, row: CertificateRow): NotificationInput[] {
  const language = languageOf(row.customer);
  const base = {
    language,
    template: TEMPLATE[reminder.kind],
    workspace: 'berths',
    entityId: row.certificate.id,
    params: {
      name: customerName(row.customer),
      certificate: CERTIFICATE_NAMES[row.certificate.certificateType][language],
      boat: boatText(row.boat),
      validUntil: formatDay(row.certificate.validUntil, language),
      ...(reminder.kind === 'expiring' ? { daysLeft: reminder.daysLeft } : {}),
    },
  };
  const email = deliverableEmail(row.customer.email);
  const phone = deliverableSmsNumber(row.customer.phone);
  const out: NotificationInput[] = [];
  if (email) out.push({ ...base, channel: 'email', recipient: email });
  if (phone) out.push({ ...base, channel: 'sms', recipient: phone });
  return out.filter((m) => NotificationInput.safeParse(m).success);
}

/**
 * Reminders of boat certificates running out (domain/berths/boat-certificate-reminders.ts,
 * decision 50) through the notification outbox, for customers holding a berth: 30 days before a
 * live certificate's last day and the day after it. Each is claimed in boat_certificate_reminder
 * in the transaction that queues its messages, once per certificate, kind and last day: a second
 * run, or a second central running it at the same moment, finds the key taken and sends nothing.
 * The certificate's customer is the boat's owner now. Returns the reminders sent.
 */
export async function sendCertificateReminders(db: Db, today: string, now: Date = new Date()): Promise<CertificateReminder[]> {
  return db.transaction(async (tx) => {
    const rows = await remindable(tx, today);
    if (rows.length === 0) return [];
    const customerIds = [...new Set(rows.map((r) => r.customer.id))];
    const leases = await holdingLeases(tx, customerIds, today);
    const sent = await sentReminders(tx, rows.map((r) => r.certificate.id));
    const byId = new Map(rows.map((r) => [r.certificate.id, r]));
    const certificates = rows.map((r) => ({ ...r.certificate, customerId: r.customer.id }));
    const due = certificateRemindersDue(certificates, leases, sent, today)
      .map((reminder) => ({ reminder, messages: reminderMessages(reminder, byId.get(reminder.certificateId)!) }))
      .filter((d) => d.messages.length > 0);
    if (due.length === 0) return [];
    const claimed = await tx.query<{ certificate_id: string; kind: CertificateReminderKind }>(
      `INSERT INTO boat_certificate_reminder (certificate_id, kind, valid_until, customer_id, sent_on)
       SELECT c, k, v, cu, $5::date FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS u(c, k, v, cu)
       ON CONFLICT DO NOTHING RETURNING certificate_id::text, kind`,
      [due.map((d) => d.reminder.certificateId), due.map((d) => d.reminder.kind), due.map((d) => d.reminder.validUntil), due.map((d) => d.reminder.customerId), today],
      'certificate_reminder_claim',
    );
    const mine = new Set(claimed.rows.map((r) => `${r.certificate_id}:${r.kind}`));
    const won = due.filter((d) => mine.has(`${d.reminder.certificateId}:${d.reminder.kind}`));
    await enqueueNotifications(tx, won.flatMap((d) => d.messages), { now });
    return won.map((d) => d.reminder);
  });
}

/**
 * Live certificates whose last day is close enough to today to be reminded of, with their boat
 * and its owner now: ISO days compare as text, so the window is a range on the stored column.
 */
async function remindable(tx: Queryable, today: string): Promise<CertificateRow[]> {
  const res = await tx.query<CertificateRow>(
    `SELECT c.data AS certificate, b.data AS boat, cu.data AS customer
     FROM boat_certificate c JOIN boat b ON b.id = c.boat_id JOIN customer cu ON cu.id = b.customer_id
     WHERE NOT c.removed AND c.valid_until BETWEEN $1 AND $2
     ORDER BY c.id`,
    [addDays(today, -1 - CERTIFICATE_REMINDER_GRACE_DAYS), addDays(today, CERTIFICATE_REMINDER_DAYS_BEFORE)],
    'certificate_reminder_candidates',
  );
  return res.rows;
}

/** The customers' leases that may hold a berth today; the domain rule has the last word. */
async function holdingLeases(tx: Queryable, customerIds: readonly string[], today: string): Promise<HoldingLease[]> {
  const res = await tx.query<HoldingLease>(
    `SELECT customer_id::text AS "customerId", status, data->>'endDate' AS "endDate"
     FROM lease WHERE customer_id = ANY($1::uuid[]) AND status = ANY($2::text[]) AND data->>'endDate' >= $3`,
    [customerIds, ACTIVE_LEASE_STATUSES, today],
    'certificate_reminder_leases',
  );
  return res.rows;
}

async function sentReminders(tx: Queryable, certificateIds: readonly string[]): Promise<SentCertificateReminder[]> {
  const res = await tx.query<SentCertificateReminder>(
    `SELECT certificate_id::text AS "certificateId", kind, valid_until AS "validUntil"
     FROM boat_certificate_reminder WHERE certificate_id = ANY($1::uuid[])`,
    [certificateIds],
    'certificate_reminder_sent',
  );
  return res.rows;
}
