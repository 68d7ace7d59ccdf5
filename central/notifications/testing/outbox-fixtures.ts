import type { Db, Queryable } from '../../db/db.ts';
import { openDb } from '../../db/db.ts';
import { migrate } from '../../db/migrate.ts';
import { SmtpCatcher, type CatcherOptions } from '../catcher/smtp-catcher.ts';
import { listCaught, storeCaught, type CaughtEntry } from '../caught-store.ts';
import type { NotificationInput, NotificationLanguage, NotificationRow } from '../message.ts';

/** A migrated in-memory PGlite, or the given PostgreSQL. */
export async function outboxDb(databaseUrl?: string): Promise<Db> {
  const db = await openDb({ databaseUrl });
  await migrate(db);
  return db;
}

/** The generic notice to `recipient` in `language`. */
export function notice(recipient: string, language: NotificationLanguage = 'fi', extra: Partial<NotificationInput> = {}): NotificationInput {
  return { channel: 'email', recipient, language, template: 'core.notice', params: { name: 'Aino', message: 'Testiviesti' }, workspace: 'tests', ...extra };
}

export async function outboxRow(db: Queryable, id: string): Promise<NotificationRow> {
  const res = await db.query<NotificationRow>('SELECT * FROM notification_outbox WHERE id = $1', [id]);
  const row = res.rows[0];
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}

/** A clock the test moves by hand: leases and backoffs pass without waiting. */
export function manualClock(start = Date.now()) {
  let now = start;
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A demo catcher storing into `db`, with the given interception. */
export function catcherOn(db: Db, intercept?: CatcherOptions['intercept']): Promise<SmtpCatcher> {
  return new SmtpCatcher({ store: (m) => storeCaught(db, m), ...(intercept ? { intercept } : {}) }).start();
}

/** Everything caught, oldest first. */
export async function allCaught(db: Queryable): Promise<CaughtEntry[]> {
  return (await listCaught(db, { limit: 100_000 })).messages.reverse();
}

/** An SMTP answer for the catcher's intercept: 451 asks to try later, 550 refuses. */
export function smtpAnswer(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}
