import type { Appointment } from '../../domain/assist/entities.ts';
import { dueReminders, REMINDER_RULE } from '../../domain/assist/reminders.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Db } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { appointmentMessages } from './notices.ts';
import { rowsBy } from './rows.ts';

const HOUR_MS = 3_600_000;
/** No reminder is due more than this before its appointment (the day before at 16:00 is at most ~32 h before). */
const LOOK_AHEAD_MS = 48 * HOUR_MS;

/**
 * Sends the appointment reminders due at `now` (domain/assist/reminders.ts) through the
 * notification outbox, in one transaction with the rows becoming `reminded` and their feed
 * lines. The candidates are locked, so a run beside a helper's cancellation waits for it, and a
 * second run at once finds them reminded: nothing goes twice. The central runs it every hour.
 */
export async function sendDueReminders(db: Db, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const from = new Date(now.getTime() + REMINDER_RULE.minLeadMin * 60_000).toISOString();
    const to = new Date(now.getTime() + LOOK_AHEAD_MS).toISOString();
    const candidates = (
      await tx.query<{ data: Appointment; version: number }>(
        "SELECT data, version FROM as_appointment WHERE status = 'booked' AND has_contact AND starts_at >= $1 AND starts_at < $2 ORDER BY id FOR UPDATE",
        [from, to],
      )
    ).rows.map((r): Versioned<Appointment> => ({ record: r.data, version: r.version }));
    const due = dueReminders(candidates, now.toISOString());
    if (due.length === 0) return 0;
    const refused = await writePuts(tx, due.map((a) => ({ entity: 'as_appointment' as const, id: a.record.id, version: a.version, data: a.record })));
    if (refused) throw new Error(`Appointment reminders: ${refused.message}`);
    await numberChanges(tx);
    const points = new Map((await rowsBy(tx, 'as_service_point', 'service_point_id', [...new Set(due.map((a) => a.record.servicePointId))])).map((p) => [p.record.id, p.record]));
    await enqueueNotifications(tx, due.flatMap((a) => appointmentMessages('assist.appointment_reminder', a.record, points.get(a.record.servicePointId) ?? null)), { now });
    return due.length;
  });
}
