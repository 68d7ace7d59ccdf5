import type { Lease } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { NotificationInput, NotificationLanguage } from '../notifications/message.ts';
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
  /** The lease renews last season's (a renewal's offer is written to as one). */
  renewal: boolean;
}

/**
 * Who each lease's customer is written to (the application's applicant, else the customer), the
 * berth in words and whether the lease is a renewal: one statement for every lease of the chunk.
 */
async function recipientsOf(tx: Queryable, leaseIds: readonly string[]): Promise<Map<string, Recipient>> {
  const res = await tx.query<{ id: string; email: string | null; phone: string | null; first_name: string | null; language: NotificationLanguage | null; harbour: Record<NotificationLanguage, string>; number: string; renewal: boolean }>(
    `SELECT l.id::text AS id, coalesce(a.data->'applicant'->>'email', c.data->>'email') AS email,
       coalesce(a.data->'applicant'->>'phone', c.data->>'phone') AS phone,
       coalesce(a.data->'applicant'->>'firstName', c.data->>'firstName') AS first_name,
       coalesce(a.data->'applicant'->>'language', c.data->>'language') AS language,
       h.data->'name' AS harbour, b.data->>'number' AS number, (l.data->>'renewalOf') IS NOT NULL AS renewal
     FROM lease l JOIN customer c ON c.id = l.customer_id JOIN berth b ON b.id = l.berth_id JOIN harbour h ON h.id = b.harbour_id
       LEFT JOIN application a ON a.id = l.application_id
     WHERE l.id = ANY($1::uuid[])`,
    [leaseIds],
    'berths_notice_recipients',
  );
  const out = new Map<string, Recipient>();
  for (const r of res.rows) {
    const email = r.email ? deliverableEmail(r.email) : null;
    const phone = r.phone ? deliverableSmsNumber(r.phone) : null;
    const language = r.language ?? 'fi';
    out.set(r.id, { email, phone, name: r.first_name ?? '', berth: `${r.harbour[language]} ${r.number}`, language, renewal: r.renewal });
  }
  return out;
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

/** A message a command's writes call for, kept until its chunk's writes are done. */
type Noted = { kind: 'offer'; type: string; order: BerthOrder } | { kind: 'terminated'; lease: Lease };

const NOTED = 'berths.noted_notices';

/**
 * Notes the messages a berth command's writes call for: an offer sent (or sent again) goes to the
 * customer with the link to the customer page; a terminated lease is noticed. They are queued by
 * queueNotedBerthNotices once the chunk's writes are done, in the same transaction, so a chunk's
 * offers cost one read and one insert however many there are. A command refused afterwards
 * cannot exist: the chunk commits whole (a refusal in the first pass runs it again from nothing).
 */
export function noteBerthNotices(type: string, puts: readonly EntityPut[], cache: ChunkCache): void {
  const noted = (cache.get(NOTED) as Noted[] | undefined) ?? [];
  for (const p of puts) {
    if (p.entity === 'berth_order' && SENDING.has(type) && (p.data as BerthOrder).status === 'offered') noted.push({ kind: 'offer', type, order: p.data as BerthOrder });
    if (p.entity === 'lease' && type === 'berths.terminateLease' && (p.data as Lease).status === 'terminated') noted.push({ kind: 'terminated', lease: p.data as Lease });
  }
  if (noted.length > 0) cache.set(NOTED, noted);
}

/**
 * Queues the chunk's noted messages: an offer by email and text message, each with the link, a
 * termination notice by email. An address or number that cannot be written to is left out, and
 * the command itself stands.
 */
export async function queueNotedBerthNotices(tx: Queryable, cache: ChunkCache): Promise<void> {
  const noted = cache.get(NOTED) as Noted[] | undefined;
  cache.delete(NOTED);
  if (!noted || noted.length === 0) return;
  const to = await recipientsOf(tx, [...new Set(noted.map((n) => (n.kind === 'offer' ? n.order.leaseId : n.lease.id).toLowerCase()))]);
  const out: NotificationInput[] = [];
  for (const n of noted) {
    if (n.kind === 'terminated') {
      const r = to.get(n.lease.id.toLowerCase());
      if (r?.email) out.push({ channel: 'email', recipient: r.email, language: r.language, template: 'berths.lease_terminated', workspace: 'berths', entityId: n.lease.applicationId ?? n.lease.id, params: { name: r.name, berth: r.berth, endDate: day(n.lease.endDate) } });
      continue;
    }
    const { order, type } = n;
    const r = to.get(order.leaseId.toLowerCase());
    if (!r || !order.dueDate || (!r.email && !r.phone)) continue;
    const link = `${publicBaseUrl()}${offerLinkPath(order.id, await chunkSecret(tx, cache))}`;
    // A renewal (the lease renews last season's) is written to as one: "your berth for next season".
    const renewal = type === 'berths.renewLease' || (type === 'berths.resendOffer' && r.renewal);
    const message = { language: r.language, template: renewal ? 'berths.renewal_offer' : 'berths.offer', workspace: 'berths', entityId: order.applicationId ?? order.id, params: { name: r.name, berth: r.berth, price: euros(order.totalCents, r.language), dueDate: day(order.dueDate), season: String(order.season), link } };
    // Brief 6.2: an offer goes out by email and by text message, each with the link.
    if (r.email) out.push({ ...message, channel: 'email', recipient: r.email });
    if (r.phone) out.push({ ...message, channel: 'sms', recipient: r.phone });
  }
  if (out.length > 0) await enqueueNotifications(tx, out, { skipMalformed: true });
}
