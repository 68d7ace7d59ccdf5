import { randomUUID } from 'node:crypto';
import type { Berth, Customer, Harbour, Pier } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { decideOrderExpiry } from '../../domain/berths/order-expiry.ts';
import { isOrderExpired, REMINDER_DAYS, remindersDue, type WaitingOrder } from '../../domain/berths/order-reminders.ts';
import { addDays, helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { Db, Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { offerLinkUrl } from './customer-page/offer-token.ts';
import { loadOrderState } from './order-state.ts';
import { expiredMessages, reminderMessages, type OrderContact } from './order-job-messages.ts';
import { SYSTEM_ACTORS } from '../../domain/system-actors.ts';

/** Who the history says expired an offer: nobody pressed anything, the central's night job did. */
export const ORDER_JOB_ACTOR = SYSTEM_ACTORS.orderJob;

interface Row {
  order: BerthOrder;
  customer: Customer | null;
  berth: Berth;
  pier: Pier;
  harbour: Harbour;
  sent: number[];
}

/** Offered orders with what their messages need. */
async function offeredOrders(tx: Queryable, where: string, params: readonly unknown[]): Promise<Row[]> {
  const res = await tx.query<Row>(
    `SELECT o.data AS order, c.data AS customer,
       b.data AS berth, p.data AS pier, h.data AS harbour,
       ARRAY(SELECT r.days_before FROM berth_order_reminder r WHERE r.order_id = o.id) AS sent
     FROM berth_order o
     JOIN lease l ON l.id = o.lease_id
     JOIN berth b ON b.id = (l.data->>'berthId')::uuid
     JOIN pier p ON p.id = b.pier_id
     JOIN harbour h ON h.id = b.harbour_id
     LEFT JOIN customer c ON c.id = (o.data->>'customerId')::uuid
     WHERE o.status = 'offered' AND ${where}
     ORDER BY o.id`,
    params,
  );
  return res.rows;
}

const waiting = (r: Row): WaitingOrder => ({
  orderId: r.order.id,
  status: r.order.status,
  dueDate: r.order.dueDate,
  offeredOn: r.order.sentAt ? helsinkiDateOf(Date.parse(r.order.sentAt)) : null,
  paperInvoice: r.order.invoicingType === 'paper_invoice',
  sent: r.sent,
});

const contact = (r: Row): OrderContact => ({ order: r.order, customer: r.customer, berth: r.berth, pier: r.pier, harbour: r.harbour });

/**
 * Payment reminders due today (domain/berths/order-reminders.ts) through the notification
 * outbox. Each is recorded in the same transaction as its messages, once per order and
 * threshold: a second run the same day, or one beside this, sends nothing again.
 */
export async function sendOfferReminders(db: Db, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    // ISO days compare as text; only orders due within the furthest threshold can be due a reminder.
    const rows = await offeredOrders(tx, "o.data->>'dueDate' BETWEEN $1 AND $2", [today, addDays(today, Math.max(...REMINDER_DAYS))]);
    const due = remindersDue(rows.map(waiting), today);
    if (due.length === 0) return 0;
    const claimed = await tx.query<{ order_id: string }>(
      `INSERT INTO berth_order_reminder (order_id, days_before, sent_on)
       SELECT * FROM unnest($1::uuid[], $2::int[], array_fill($3::date, ARRAY[cardinality($1::uuid[])]))
       ON CONFLICT DO NOTHING RETURNING order_id::text`,
      [due.map((d) => d.orderId), due.map((d) => d.daysBefore), today],
    );
    const mine = new Set(claimed.rows.map((r) => r.order_id));
    const byId = new Map(rows.map((r) => [r.order.id, r]));
    const messages = [];
    for (const id of mine) {
      const row = byId.get(id);
      if (row) messages.push(...reminderMessages(contact(row), today, await offerLinkUrl(tx, id)));
    }
    await enqueueNotifications(tx, messages);
    return mine.size;
  });
}

/**
 * Offers not paid by their due date expire (brief 4.6): the order, its lease and its application
 * move as the cascades say, the berth is free again, and the customer is told. One transaction
 * per order, so one that cannot move (a handler changed it meanwhile) does not hold back the rest.
 */
export async function expireUnpaidOffers(db: Db, today: string, now: Date = new Date()): Promise<number> {
  const candidates = await offeredOrders(db, "o.data->>'dueDate' < $1", [today]);
  let expired = 0;
  for (const candidate of candidates.filter((r) => isOrderExpired(waiting(r), today))) {
    const done = await db.transaction(async (tx) => {
      // Locked as every order command locks (application, lease, orders), then checked again.
      const state = await loadOrderState(tx, { orderId: candidate.order.id });
      if (!state.order || !state.lease) return false;
      const decision = decideOrderExpiry(
        { order: state.order, lease: state.lease, application: state.application },
        { actor: ORDER_JOB_ACTOR, now: now.toISOString(), today, eventId: randomUUID() },
      );
      if (!decision.ok) return false;
      const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
      if (refused) throw new Error(`Expiring order ${candidate.order.id}: ${refused.message}`);
      await numberChanges(tx);
      await enqueueNotifications(tx, expiredMessages({ ...contact(candidate), order: state.order.record }), { now });
      return true;
    });
    if (done) expired++;
  }
  return expired;
}

/** The daily job: expire first, so nobody is reminded of an offer that just lapsed. */
export async function runOrderJobs(db: Db, today: string, now: Date = new Date()): Promise<{ expired: number; reminded: number }> {
  const expired = await expireUnpaidOffers(db, today, now);
  const reminded = await sendOfferReminders(db, today);
  return { expired, reminded };
}
