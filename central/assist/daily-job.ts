import type { Appointment, HelpSession } from '../../domain/assist/entities.ts';
import { contactsEndedBy, expireContacts, expireNotes } from '../../domain/assist/retention.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Db, Queryable } from '../db/db.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';

export interface AssistDailyCounts {
  notesErased: number;
  contactsErased: number;
}

async function write(tx: Queryable, entity: 'as_help_session' | 'as_appointment', rows: readonly Versioned<{ id: string }>[]): Promise<void> {
  if (rows.length === 0) return;
  const refused = await writePuts(tx, rows.map((r) => ({ entity, id: r.record.id, version: r.version, data: r.record })));
  if (refused) throw new Error(`Assistance daily job: ${refused.message}`);
  await numberChanges(tx);
}

const lockedRows = async <T>(tx: Queryable, table: string, where: string, params: unknown[]): Promise<Versioned<T>[]> =>
  (await tx.query<{ data: T; version: number }>(`SELECT data, version FROM ${table} WHERE ${where} ORDER BY id FOR UPDATE`, params)).rows.map((r) => ({ record: r.data, version: r.version }));

/**
 * The Assistance workspace's daily job: notes past their expiry are erased (the sessions stay,
 * anonymous), appointments' contacts are erased once kept long enough after the end, whatever
 * the status (domain/assist/retention.ts). Reminders have their hour and their own job
 * (reminder-job.ts). Each part is one transaction with its feed lines; rows are locked, so a
 * helper's command on one waits; rerunning finds nothing more to do.
 */
export async function runAssistDaily(db: Db, now: Date = new Date()): Promise<AssistDailyCounts> {
  const at = now.toISOString();
  const notesErased = await db.transaction(async (tx) => {
    const sessions = await lockedRows<HelpSession>(tx, 'as_help_session', 'note_expires_at <= $1', [at]);
    const erased = expireNotes(sessions, at);
    await write(tx, 'as_help_session', erased);
    return erased.length;
  });
  const contactsErased = await db.transaction(async (tx) => {
    const appointments = await lockedRows<Appointment>(tx, 'as_appointment', 'has_contact AND ends_at <= $1', [contactsEndedBy(at)]);
    const erased = expireContacts(appointments, at);
    await write(tx, 'as_appointment', erased);
    return erased.length;
  });
  return { notesErased, contactsErased };
}
