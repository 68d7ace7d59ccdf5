import { randomUUID } from 'node:crypto';
import { defaultDueDate } from '../../../domain/berths/due-date.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import type { PushResponse } from '../../../domain/sync/protocol.ts';
import type { Db } from '../../db/db.ts';
import { api, envelope, signIn } from '../../testing/api-client.ts';
import { offerableCases } from '../../testing/berth-fixtures.ts';
import { offerLinkPathFor } from './offer-token.ts';

export interface SentOffer {
  applicationId: string;
  leaseId: string;
  orderId: string;
  berthId: string;
  dueDate: string;
  /** /customer/offer/<token> */
  path: string;
}

/** A handler (aino) offers free, fitting berths to pending applications through the real push. */
export async function sendOffers(central: { url: string; db: Db }, count: number, skip = 0): Promise<SentOffer[]> {
  const token = await signIn(central.url, 'aino');
  // Customers invoiced online: a paper invoice is not sent, and a non-billable customer's order is paid at once.
  const online = new Set(
    (await central.db.query<{ id: string }>("SELECT id::text AS id FROM customer WHERE data->>'invoicingType' = 'online_payment' AND data->>'kind' <> 'non_billable'")).rows.map((r) => r.id),
  );
  const cases = (await offerableCases(central.db, 5 * count + skip)).slice(skip).filter((c) => online.has(c.application.customerId));
  const offers: SentOffer[] = [];
  for (const c of cases) {
    const dueDate = defaultDueDate(helsinkiDate(new Date()), c.application.season);
    if (!dueDate) throw new Error(`No due date is possible for season ${c.application.season}.`);
    const leaseId = randomUUID();
    const orderId = randomUUID();
    const payload = { applicationId: c.application.id, berthId: c.berthId, leaseId, orderId, dueDate, acceptShorter: false };
    const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('berths.offerBerth', payload, 1, c.version)] } });
    // Two applications may have found the same free berth: only the first gets it.
    if (res.body.results[0]?.status !== 'applied') continue;
    offers.push({ applicationId: c.application.id, leaseId, orderId, berthId: c.berthId, dueDate, path: await offerLinkPathFor(central.db, orderId) });
    if (offers.length === count) break;
  }
  if (offers.length < count) throw new Error(`Only ${offers.length} of ${count} offers could be sent.`);
  return offers;
}

/** The statuses the central holds now for an offer's order, lease and application. */
export async function statusesOf(db: Db, offer: SentOffer): Promise<{ order: string; lease: string; application: string }> {
  const res = await db.query<{ order: string; lease: string; application: string }>(
    `SELECT (SELECT data->>'status' FROM berth_order WHERE id = $1) AS order,
            (SELECT data->>'status' FROM lease WHERE id = $2) AS lease,
            (SELECT data->>'status' FROM application WHERE id = $3) AS application`,
    [offer.orderId, offer.leaseId, offer.applicationId],
  );
  const row = res.rows[0];
  if (!row) throw new Error('no statuses');
  return row;
}

/** A handler (aino) adds service lines priced as percents of the berth line to a sent offer (decision 48). */
export async function addPercentLines(central: { url: string }, offer: SentOffer, lines: readonly { service: string; percent: number }[]): Promise<void> {
  const token = await signIn(central.url, 'aino');
  const payload = { orderId: offer.orderId, services: lines.map((l) => ({ ...l, vatPercent: 25.5 })) };
  const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('berths.editOrderLines', payload, 1)] } });
  if (res.body.results?.[0]?.status !== 'applied') throw new Error(`The lines were not added: ${JSON.stringify(res.body)}`);
}
