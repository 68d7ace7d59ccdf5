import type { Localized } from '../../domain/languages.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import type { WinterLease } from '../../domain/berths/winter-entities.ts';
import { stickerSeason } from '../../domain/berths/winter-seasons.ts';
import type { Queryable } from '../db/db.ts';
import { NotificationInput } from '../notifications/message.ts';

/** A day as the city writes it to customers: 12.12.2026. */
export function finnishDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

interface RecipientRow {
  applicant_email: string | null;
  customer_email: string | null;
  applicant_phone: string | null;
  customer_phone: string | null;
  first_name: string | null;
  area: Localized;
  section: string;
  number: number | null;
}

/**
 * A winter lease's message to its customer: by email to the applicant's address (else the
 * customer's), and by text message when there is a number to send it to, in the invoice's
 * language, with the name, the place (or the area, unmarked) and the winter filled in. An address
 * that cannot be written to is left out, never allowed to fail the command or the job.
 */
export async function winterMessages(tx: Queryable, lease: WinterLease, template: string, params: Record<string, string | number>): Promise<NotificationInput[]> {
  const res = await tx.query<RecipientRow>(
    `SELECT a.data->'applicant'->>'email' AS applicant_email, c.data->>'email' AS customer_email,
       a.data->'applicant'->>'phone' AS applicant_phone, c.data->>'phone' AS customer_phone,
       coalesce(a.data->'applicant'->>'firstName', c.data->>'firstName') AS first_name,
       ar.data->'name' AS area, s.data->>'identifier' AS section, (p.data->>'number')::int AS number
     FROM winter_lease l JOIN customer c ON c.id = l.customer_id JOIN winter_area ar ON ar.id = l.area_id
       JOIN winter_section s ON s.id = l.section_id LEFT JOIN winter_place p ON p.id = l.place_id
       LEFT JOIN winter_application a ON a.id = l.application_id
     WHERE l.id = $1`,
    [lease.id],
    'winter_invoice_recipient',
  );
  const r = res.rows[0];
  if (!r) return [];
  const language = lease.invoice.language;
  const email = deliverableEmail(r.applicant_email ?? '') ?? deliverableEmail(r.customer_email ?? '');
  const phone = deliverableSmsNumber(r.applicant_phone ?? '') ?? deliverableSmsNumber(r.customer_phone ?? '');
  const message = {
    language,
    template,
    workspace: 'berths',
    entityId: lease.applicationId ?? lease.id,
    params: {
      name: r.first_name ?? '',
      place: r.number === null ? r.area[language] : `${r.area[language]} ${r.section}-${r.number}`,
      season: stickerSeason(lease.winter).replace('_', '–'),
      ...params,
    },
  };
  const out: NotificationInput[] = [];
  if (email) out.push({ ...message, channel: 'email', recipient: email });
  if (phone) out.push({ ...message, channel: 'sms', recipient: phone });
  return out.filter((m) => NotificationInput.safeParse(m).success);
}
