import { randomUUID } from 'node:crypto';
import type { Application, Berth, Customer, Harbour, Lease, Pier } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { decideOrderExpiry } from '../../domain/berths/order-expiry.ts';
import { isOrderExpired, REMINDER_DAYS, remindersDue, type WaitingOrder } from '../../domain/berths/order-reminders.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { Db, Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { offerLinkUrl } from './customer-page/offer-token.ts';
import { expiredMessages, reminderMessages, type OrderContact } from './order-job-messages.ts';

/** Who the history says expired an offer: nobody pressed anything, the central's night job did. */
export const ORDER_JOB_ACTOR = { id: '6a1f3c52-7d41-4c0e-9b1a-0000000000c3', name: 'Automaattinen vanhentuminen' } as const;

interface Row {
  order: BerthOrder;
  order_version: number;
  lease: Lease;
  lease_version: number;
  application: Application | null;
  application_version: number | null;
  customer: Customer | null;
  berth: Berth;
  pier: Pier;
  harbour: Harbour;
  sent: number[];
}

/** Offered orders with what their messages need; locked when the caller is about to change them. */
async function offeredOrders(tx: Queryable, where: string, params: readonly unknown[], lock: boolean): Promise<Row[]> {
  const res = await tx.query<Row>(
    `SELECT o.data AS order, o.version AS order_version, l.data AS lease, l.version AS lease_version,
       a.data AS application, a.version AS application_version, c.data AS customer,
       b.data AS berth, p.data AS pier, h.data AS harbour,
       ARRAY(SELECT r.days_before FROM berth_order_reminder r WHERE r.order_id = o.id) AS sent
     FROM berth_order o
     JOIN lease l ON l.id = (o.data->>'leaseId')::uuid
     JOIN berth b ON b.id = (l.data->>'berthId')::uuid
     JOIN pier p ON p.id = b.pier_id
     JOIN harbour h ON h.id = b.harbour_id
     LEFT JOIN customer c ON c.id = (o.data->>'customerId')::uuid
     LEFT JOIN application a ON a.id = (o.data->>'applicationId')::uuid
     WHERE o.data->>'status' = 'offered' AND ${where}
     ORDER BY o.id${lock ? ' FOR UPDATE OF o, l' : ''}`,
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
export async function sendOfferReminders(db: Db, today: string, link: (orderId: string) => string = offerLinkUrl): Promise<number> {
  return db.transaction(async (tx) => {
    const last = Math.max(...REMINDER_DAYS);
    const rows = await offeredOrders(tx, `(o.data->>'dueDate')::date BETWEEN $1::date AND $1::date + $2::int`, [today, last], false);
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
    const messages = [...mine].flatMap((id) => {
      const row = byId.get(id);
      return row ? reminderMessages(contact(row), today, link(id)) : [];
    });
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
  const candidates = await offeredOrders(db, `(o.data->>'dueDate')::date < $1::date`, [today], false);
  let expired = 0;
  for (const candidate of candidates.filter((r) => isOrderExpired(waiting(r), today))) {
    const done = await db.transaction(async (tx) => {
      // Application first, as every command locks: then the order and lease, checked again under the lock.
      if (candidate.application) await tx.query('SELECT 1 FROM application WHERE id = $1 FOR UPDATE', [candidate.application.id]);
      const [row] = await offeredOrders(tx, 'o.id = $1', [candidate.order.id], true);
      if (!row || !isOrderExpired(waiting(row), today)) return false;
      const decision = decideOrderExpiry(
        {
          order: { record: row.order, version: row.order_version },
          lease: { record: row.lease, version: row.lease_version },
          application: row.application && row.application_version !== null ? ({ record: row.application, version: row.application_version } satisfies Versioned<Application>) : null,
        },
        { actor: ORDER_JOB_ACTOR, now: now.toISOString(), today, eventId: randomUUID() },
      );
      if (!decision.ok) return false;
      const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
      if (refused) return false;
      await numberChanges(tx);
      await enqueueNotifications(tx, expiredMessages(contact(row)), { now });
      return true;
    });
    if (done) expired++;
  }
  return expired;
}

/** The daily job: expire first, so nobody is reminded of an offer that just lapsed. */
export async function runOrderJobs(db: Db, today: string): Promise<{ expired: number; reminded: number }> {
  const expired = await expireUnpaidOffers(db, today);
  const reminded = await sendOfferReminders(db, today);
  return { expired, reminded };
}
