import { randomUUID } from 'node:crypto';
import type { WinterLease } from '../../domain/berths/winter-entities.ts';
import { decideWinterInvoiceExpiry, isWinterInvoiceExpired, winterRemindersDue } from '../../domain/berths/winter-invoice-jobs.ts';
import { REMINDER_DAYS } from '../../domain/berths/order-reminders.ts';
import { addDays, daysBetween } from '../../domain/wall-clock.ts';
import type { NotificationLanguage } from '../notifications/message.ts';
import type { Db, Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { formatEuro } from '../payments/money.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { ORDER_JOB_ACTOR } from './order-jobs.ts';
import { linkUrl } from './customer-page/offer-token.ts';
import { finnishDay, winterMessages } from './winter-messages.ts';
import { loadWinterState } from './winter-state.ts';

interface Row {
  lease: WinterLease;
  sent: number[];
}

/** Leases whose invoice is sent and unpaid, with the reminders they have had. */
async function sentInvoices(tx: Queryable, where: string, params: readonly unknown[]): Promise<Row[]> {
  const res = await tx.query<Row>(
    `SELECT l.data AS lease, ARRAY(SELECT r.days_before FROM winter_invoice_reminder r WHERE r.lease_id = l.id) AS sent
     FROM winter_lease l WHERE l.invoice_status = 'offered' AND ${where} ORDER BY l.id`,
    params,
  );
  return res.rows;
}

/** What an expiry notice says of the place: a marked one is free for others, a boat on an unmarked area may not stay. */
const PLACE_NOTE: Record<'marked' | 'unmarked', Record<NotificationLanguage, string>> = {
  marked: {
    fi: 'Paikka on vapautunut muille hakijoille. Voit hakea talvisäilytyspaikkaa uudelleen.\n\n',
    sv: 'Platsen har blivit ledig för andra sökande. Du kan ansöka om vinterförvaringsplats på nytt.\n\n',
    en: 'The place is free for other applicants again. You may apply for a winter storage place again.\n\n',
  },
  unmarked: {
    fi: 'Venettä ei voi säilyttää alueella ilman voimassa olevaa talvisäilytystä. Ota yhteyttä venepaikkapalveluihin.\n\n',
    sv: 'Båten kan inte förvaras på området utan giltig vinterförvaring. Kontakta båtplatstjänsterna.\n\n',
    en: 'The boat cannot be stored on the area without a valid winter storage. Please contact berth services.\n\n',
  },
};

/**
 * Reminders of unpaid winter invoices due today (domain/berths/winter-invoice-jobs.ts) through
 * the notification outbox, each claimed in the transaction that queues its messages, once per
 * lease and threshold: a second run the same day, or one beside this, sends nothing again.
 * Returns the leases reminded.
 */
export async function sendWinterInvoiceReminders(db: Db, today: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    // ISO days compare as text; only invoices due within the furthest threshold can be due a reminder.
    const rows = await sentInvoices(tx, 'l.due_date BETWEEN $1 AND $2', [today, addDays(today, Math.max(...REMINDER_DAYS))]);
    const due = winterRemindersDue(rows, today);
    if (due.length === 0) return [];
    const claimed = await tx.query<{ lease_id: string }>(
      `INSERT INTO winter_invoice_reminder (lease_id, days_before, sent_on)
       SELECT * FROM unnest($1::uuid[], $2::int[], array_fill($3::date, ARRAY[cardinality($1::uuid[])]))
       ON CONFLICT DO NOTHING RETURNING lease_id::text`,
      [due.map((d) => d.leaseId), due.map((d) => d.daysBefore), today],
    );
    const mine = claimed.rows.map((r) => r.lease_id);
    const byId = new Map(rows.map((r) => [r.lease.id, r.lease]));
    const messages = [];
    for (const id of mine) {
      const lease = byId.get(id);
      if (!lease?.invoice.dueDate) continue;
      messages.push(
        ...(await winterMessages(tx, lease, 'berths.winter_reminder', {
          price: formatEuro(lease.invoice.totalCents, 'fi'),
          dueDate: finnishDay(lease.invoice.dueDate),
          daysLeft: daysBetween(today, lease.invoice.dueDate),
          reference: lease.invoice.number,
          link: await linkUrl(tx, 'winter-invoice', lease.id),
        })),
      );
    }
    await enqueueNotifications(tx, messages);
    return mine;
  });
}

/**
 * Winter invoices not paid by their due date expire: the invoice, the lease and the application
 * as the cascades say, a marked place is free again, the history says the central did it, and the
 * customer is told. One transaction per lease, locked as a lease command locks (its application,
 * then the lease) and decided again under the locks, so a payment recorded meanwhile wins and the
 * lease is left as it is. No sticker is given, so the winter's series lock is not taken.
 * Returns the leases expired.
 */
export async function expireUnpaidWinterInvoices(db: Db, today: string, now: Date = new Date()): Promise<string[]> {
  const candidates = await sentInvoices(db, 'l.due_date < $1', [today]);
  const expired: string[] = [];
  for (const candidate of candidates.filter((r) => isWinterInvoiceExpired(r.lease, today))) {
    const done = await db.transaction(async (tx) => {
      const state = await loadWinterState(tx, 'berths.sendWinterInvoice', { leaseId: candidate.lease.id });
      if (!state.lease) return false;
      const decision = decideWinterInvoiceExpiry(
        { lease: state.lease, application: state.application },
        { actor: ORDER_JOB_ACTOR, now: now.toISOString(), today, eventId: randomUUID() },
      );
      if (!decision.ok) return false;
      const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
      if (refused) throw new Error(`Expiring winter lease ${candidate.lease.id}: ${refused.message}`);
      await numberChanges(tx);
      const lease = state.lease.record;
      await enqueueNotifications(
        tx,
        await winterMessages(tx, lease, 'berths.winter_expired', {
          dueDate: lease.invoice.dueDate ? finnishDay(lease.invoice.dueDate) : '',
          placeNote: PLACE_NOTE[lease.areaType][lease.invoice.language],
        }),
        { now },
      );
      return true;
    });
    if (done) expired.push(candidate.lease.id);
  }
  return expired;
}

/** The daily job: expire first, so nobody is reminded of an invoice that just lapsed. */
export async function runWinterInvoiceJobs(db: Db, today: string, now: Date = new Date()): Promise<{ expired: string[]; reminded: string[] }> {
  const expired = await expireUnpaidWinterInvoices(db, today, now);
  const reminded = await sendWinterInvoiceReminders(db, today);
  return { expired, reminded };
}
