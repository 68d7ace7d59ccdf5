import type { Language, Localized } from '../languages.ts';
import { LANGUAGES } from '../languages.ts';
import { deliverableEmail, deliverableSmsNumber } from '../contact-address.ts';
import type { Application, Customer, Lease } from './entities.ts';
import type { MessageAudience, MessageChannel } from './message-entity.ts';

/** A lease as the group is chosen by: its season and status, its berth's harbour, its customer's group. */
export interface AudienceLease {
  season: Lease['season'];
  status: Lease['status'];
  harbourId: string;
  customerKind: Customer['kind'];
}

/** Whether a lease makes its customer one of the group. The desk and the central both ask this. */
export function inAudience(lease: AudienceLease, audience: MessageAudience): boolean {
  return (
    lease.season === audience.season &&
    (audience.leaseStatuses as readonly string[]).includes(lease.status) &&
    (audience.harbourIds.length === 0 || audience.harbourIds.includes(lease.harbourId)) &&
    (audience.customerKinds.length === 0 || audience.customerKinds.includes(lease.customerKind))
  );
}

/** An application as the group is chosen by: its season and status, the harbours it chose, its customer's group. */
export interface AudienceApplication {
  season: number;
  status: Application['status'];
  harbourChoices: readonly string[];
  customerKind: Customer['kind'];
}

/** Whether a waiting application makes its customer one of the group: a chosen harbour is any of its choices. */
export function inApplicationAudience(app: AudienceApplication, audience: MessageAudience): boolean {
  return (
    app.season === audience.season &&
    (audience.applicationStatuses ?? ([] as readonly string[])).includes(app.status) &&
    (audience.harbourIds.length === 0 || app.harbourChoices.some((h) => audience.harbourIds.includes(h))) &&
    (audience.customerKinds.length === 0 || audience.customerKinds.includes(app.customerKind))
  );
}

/** One customer of the group and where each chosen channel reaches them (null: it does not). */
export interface MessageContact {
  customerId: string;
  language: Language;
  email: string | null;
  sms: string | null;
}

export function messageContacts(customers: readonly Pick<Customer, 'id' | 'email' | 'phone' | 'language'>[], channels: readonly MessageChannel[]): MessageContact[] {
  const seen = new Set<string>();
  const out: MessageContact[] = [];
  for (const c of customers) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push({
      customerId: c.id,
      language: c.language,
      email: channels.includes('email') ? deliverableEmail(c.email) : null,
      sms: channels.includes('sms') ? deliverableSmsNumber(c.phone) : null,
    });
  }
  return out;
}

/** One email or text message of a message to a group. */
export interface MessageDelivery {
  channel: MessageChannel;
  recipient: string;
  customerId: string;
  language: Language;
}

/**
 * What goes out: one message per channel to each customer the channel reaches, but one only to
 * an address or number two customers share (a person and their company), written to the first.
 */
export function messageDeliveries(contacts: readonly MessageContact[]): MessageDelivery[] {
  const seen = new Set<string>();
  const out: MessageDelivery[] = [];
  for (const c of contacts) {
    for (const [channel, recipient] of [['email', c.email], ['sms', c.sms]] as const) {
      if (recipient === null || seen.has(`${channel}:${recipient.toLowerCase()}`)) continue;
      seen.add(`${channel}:${recipient.toLowerCase()}`);
      out.push({ channel, recipient, customerId: c.customerId, language: c.language });
    }
  }
  return out;
}

/** What a message to the group comes to: the handler sees it before sending, the record keeps it. */
export interface MessageReach {
  customers: number;
  emails: number;
  sms: number;
  /** Customers no chosen channel reaches: no usable address or number. */
  unreachable: number;
  /** Customers by the language they are written to in. */
  byLanguage: Record<Language, number>;
}

export function messageReach(contacts: readonly MessageContact[]): MessageReach {
  const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Record<Language, number>;
  let unreachable = 0;
  for (const c of contacts) {
    byLanguage[c.language]++;
    if (!c.email && !c.sms) unreachable++;
  }
  const deliveries = messageDeliveries(contacts);
  const emails = deliveries.filter((d) => d.channel === 'email').length;
  return { customers: contacts.length, emails, sms: deliveries.length - emails, unreachable, byLanguage };
}

/** The text in the customer's language; Finnish where the handler wrote none in it. */
export function textIn(texts: Localized, language: Language): string {
  const own = texts[language].trim();
  return own !== '' ? own : texts.fi.trim();
}

/** Languages some of the group are written to in, but which have no text of their own: they get Finnish. */
export function languagesFallingBack(body: Localized, reach: MessageReach): Language[] {
  return LANGUAGES.filter((l) => l !== 'fi' && reach.byLanguage[l] > 0 && body[l].trim() === '');
}
