import type { Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { NotificationInput, type NotificationLanguage } from '../notifications/message.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import type { Queryable } from '../db/db.ts';
import type { EntityPut } from '../sync/feed.ts';
import type { ChunkCache } from '../sync/handler.ts';
import { offerLinkPath, offerLinkSecret, publicBaseUrl } from './offer-link.ts';

const LOCALES: Record<NotificationLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

// Built once: a formatter per message cost more than the rest of the message.
const EUROS = Object.fromEntries(Object.entries(LOCALES).map(([language, locale]) => [language, new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })])) as Record<NotificationLanguage, Intl.NumberFormat>;

function euros(cents: number, language: NotificationLanguage): string {
  return EUROS[language].format(cents / 100);
}

/** A day as the customer reads it: 12.12.2026 in every language the city writes to them in. */
function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

interface Recipient {
  email: string | null;
  /** In the form the SMS gateway takes (+358401234567). */
  phone: string | null;
  name: string;
  berth: string;
  language: NotificationLanguage;
}

/** Who the lease's customer is written to (the application's applicant, else the customer) and the berth in words. */
async function recipientOf(tx: Queryable, leaseId: string): Promise<Recipient | null> {
  const res = await tx.query<{ email: string | null; phone: string | null; first_name: string | null; language: NotificationLanguage | null; harbour: Record<NotificationLanguage, string>; number: string }>(
    `SELECT coalesce(a.data->'applicant'->>'email', c.data->>'email') AS email,
       coalesce(a.data->'applicant'->>'phone', c.data->>'phone') AS phone,
       coalesce(a.data->'applicant'->>'firstName', c.data->>'firstName') AS first_name,
       coalesce(a.data->'applicant'->>'language', c.data->>'language') AS language,
       h.data->'name' AS harbour, b.data->>'number' AS number
     FROM lease l JOIN customer c ON c.id = l.customer_id JOIN berth b ON b.id = l.berth_id JOIN harbour h ON h.id = b.harbour_id
       LEFT JOIN application a ON a.id = l.application_id
     WHERE l.id = $1`,
    [leaseId],
    'berths_notice_recipient',
  );
  const r = res.rows[0];
  if (!r) return null;
  const email = r.email ? deliverableEmail(r.email) : null;
  const phone = r.phone ? deliverableSmsNumber(r.phone) : null;
  if (!email && !phone) return null;
  const language = r.language ?? 'fi';
  return { email, phone, name: r.first_name ?? '', berth: `${r.harbour[language]} ${r.number}`, language };
}

/** Commands whose offered orders go to the customer: an offer, one sent again, a season renewal. */
const SENDING = new Set(['berths.offerBerth', 'berths.resendOffer', 'berths.renewLease']);

/**
 * The offer links' secret, read once per transaction chunk: a bulk send asks for it once, not
 * twice per offer. Kept only once it was there before this command: one this command makes would
 * roll back with the command's savepoint, and the links signed with it would be worthless.
 */
async function chunkSecret(tx: Queryable, cache: ChunkCache): Promise<string> {
  const cached = cache.get('offer_link_secret');
  if (typeof cached === 'string') return cached;
  const known =
    process.env.KUVA_OFFER_LINK_SECRET?.trim() ||
    (await tx.query<{ value: string }>(`SELECT value FROM central_secret WHERE name = 'offer_link'`, [], 'offer_link_secret')).rows[0]?.value;
  if (known) cache.set('offer_link_secret', known);
  return known || offerLinkSecret(tx);
}

async function renewsLease(tx: Queryable, leaseId: string): Promise<boolean> {
  const res = await tx.query<{ renewal: boolean }>("SELECT (data->>'renewalOf') IS NOT NULL AS renewal FROM lease WHERE id = $1", [leaseId], 'berths_notice_renewal');
  return res.rows[0]?.renewal ?? false;
}

/**
 * The messages a berth command's writes call for, queued in its savepoint: an offer sent (or sent
 * again) goes to the customer with the link to the customer page; a terminated lease is noticed.
 * An offer goes by email and text message, a termination notice by email; an address or number
 * that cannot be written to is left out, and the command itself stands.
 */
export async function queueBerthNotices(tx: Queryable, type: string, puts: readonly EntityPut[], cache: ChunkCache): Promise<void> {
  const out: NotificationInput[] = [];
  const sent = puts.filter((p) => p.entity === 'berth_order').map((p) => p.data as BerthOrder).filter((o) => o.status === 'offered' && SENDING.has(type));
  for (const order of sent) {
    const to = await recipientOf(tx, order.leaseId);
    if (!to || !order.dueDate) continue;
    const link = `${publicBaseUrl()}${offerLinkPath(order.id, await chunkSecret(tx, cache))}`;
    // A renewal (the lease renews last season's) is written to as one: "your berth for next season".
    const renewal = type === 'berths.renewLease' || (type === 'berths.resendOffer' && (await renewsLease(tx, order.leaseId)));
    const message = { language: to.language, template: renewal ? 'berths.renewal_offer' : 'berths.offer', workspace: 'berths', entityId: order.applicationId ?? order.id, params: { name: to.name, berth: to.berth, price: euros(order.totalCents, to.language), dueDate: day(order.dueDate), season: String(order.season), link } };
    // Brief 6.2: an offer goes out by email and by text message, each with the link.
    if (to.email) out.push({ ...message, channel: 'email', recipient: to.email });
    if (to.phone) out.push({ ...message, channel: 'sms', recipient: to.phone });
  }
  if (type === 'berths.terminateLease') {
    for (const lease of puts.filter((p) => p.entity === 'lease').map((p) => p.data as Lease).filter((l) => l.status === 'terminated')) {
      const to = await recipientOf(tx, lease.id);
      if (to?.email) out.push({ channel: 'email', recipient: to.email, language: to.language, template: 'berths.lease_terminated', workspace: 'berths', entityId: lease.applicationId ?? lease.id, params: { name: to.name, berth: to.berth, endDate: day(lease.endDate) } });
    }
  }
  const sendable = out.filter((m) => NotificationInput.safeParse(m).success);
  if (sendable.length > 0) await enqueueNotifications(tx, sendable);
}

