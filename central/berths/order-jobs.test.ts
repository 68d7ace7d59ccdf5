import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { addDays } from '../../domain/wall-clock.ts';
import { DAILY_JOBS } from '../jobs/daily-jobs.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { sendOffers, statusesOf, type SentOffer } from './customer-page/offer.test-support.ts';
import { expireUnpaidOffers, ORDER_JOB_ACTOR, sendOfferReminders } from './order-jobs.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let offers: SentOffer[];
let due: string;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 29 }, notifications: false });
  offers = await sendOffers(central, 4);
  due = offers[0]!.dueDate;
  if (offers.some((o) => o.dueDate !== due)) throw new Error('the offers should share their due date');
});
afterAll(() => central.close());

async function outbox(template: string): Promise<{ entity_id: string; channel: string; language: string; params: Record<string, string | number> }[]> {
  const res = await central.db.query<{ entity_id: string; channel: string; language: string; params: Record<string, string | number> }>(
    'SELECT entity_id, channel, language, params FROM notification_outbox WHERE template = $1 ORDER BY entity_id, channel',
    [template],
  );
  return res.rows;
}

async function handlerPush(type: 'berths.markOrderPaidElsewhere', payload: unknown): Promise<void> {
  const token = await signIn(central.url, 'sanna');
  const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, 1)] } });
  if (res.body.results[0]?.status !== 'applied') throw new Error(JSON.stringify(res.body));
}

describe('offer reminders and expiry, with the date advanced', () => {
  it('are one of the central’s daily jobs', () => {
    expect(DAILY_JOBS.map((j) => j.name)).toContain('berth offer reminders and expiry');
  });

  it('remind 7, 3 and 1 days before the due date, each once, in the customer’s language with the offer link', async () => {
    const ids = new Set(offers.map((o) => o.orderId));
    const reminded = async (day: string) => (await sendOfferReminders(central.db, day));
    expect(await reminded(addDays(due, -8))).toBe(0);
    expect(await reminded(addDays(due, -7))).toBe(ids.size);
    expect(await reminded(addDays(due, -7))).toBe(0);
    expect(await reminded(addDays(due, -5))).toBe(0);
    expect(await reminded(addDays(due, -3))).toBe(ids.size);
    expect(await reminded(addDays(due, -1))).toBe(ids.size);
    expect(await reminded(due)).toBe(0);
    const messages = (await outbox('berths.offer_reminder')).filter((m) => ids.has(m.entity_id));
    const emails = messages.filter((m) => m.channel === 'email');
    expect(emails).toHaveLength(3 * ids.size);
    expect(emails.map((m) => m.params.daysLeft).sort()).toEqual([...Array(ids.size).fill(1), ...Array(ids.size).fill(3), ...Array(ids.size).fill(7)].sort());
    for (const m of emails) {
      expect(['fi', 'sv', 'en']).toContain(m.language);
      expect(String(m.params.link)).toMatch(/\/customer\/offer\/[^/]+$/);
      expect(offers.map((o) => o.path)).toContain(new URL(String(m.params.link)).pathname);
    }
  });

  it('expire unpaid offers the day after the due date: the berth is free again and the customer told', async () => {
    const [accepted, untouched, paid] = offers as [SentOffer, SentOffer, SentOffer, SentOffer];
    // The customer accepted but never paid; another was paid elsewhere before the due date.
    const acceptToken = await signIn(central.url, 'aino');
    const acceptedRes = await api<PushResponse>(central.url, 'POST', '/sync/push', {
      token: acceptToken,
      body: { clientId: randomUUID(), commands: [envelope('berths.recordOfferAnswer', { applicationId: accepted.applicationId, leaseId: accepted.leaseId, answer: 'accepted' }, 1)] },
    });
    expect(acceptedRes.body.results[0]?.status).toBe('applied');
    await handlerPush('berths.markOrderPaidElsewhere', { orderId: paid.orderId });

    expect(await expireUnpaidOffers(central.db, due)).toBe(0);
    expect(await expireUnpaidOffers(central.db, addDays(due, 1))).toBe(3);
    expect(await expireUnpaidOffers(central.db, addDays(due, 2))).toBe(0);

    for (const offer of [accepted, untouched]) {
      expect(await statusesOf(central.db, offer)).toEqual({ order: 'expired', lease: 'expired', application: 'expired' });
      const holders = await central.db.query("SELECT 1 FROM lease WHERE berth_id = $1 AND status IN ('drafted', 'offered', 'awaiting_payment', 'paid', 'error')", [offer.berthId]);
      expect(holders.rows).toHaveLength(0);
      const events = await central.db.query<{ actor: string; to: string }>(
        "SELECT data->>'actorName' AS actor, data->>'toStatus' AS to FROM application_event WHERE data->>'applicationId' = $1 AND data->>'actorId' = $2",
        [offer.applicationId, ORDER_JOB_ACTOR.id],
      );
      expect(events.rows).toEqual([{ actor: ORDER_JOB_ACTOR.name, to: 'expired' }]);
    }
    expect(await statusesOf(central.db, paid)).toEqual({ order: 'paid_man', lease: 'paid', application: 'handled' });
    const notices = (await outbox('berths.offer_expired')).filter((m) => m.channel === 'email');
    expect(notices.map((m) => m.entity_id).sort()).toEqual([accepted.orderId, untouched.orderId, offers[3]!.orderId].sort());
    // An expired offer gets no more reminders.
    expect(await sendOfferReminders(central.db, addDays(due, 1))).toBe(0);
  });
});
