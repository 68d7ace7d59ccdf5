import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

/**
 * What the current customer asked for (command ids and the ids they create), so the kiosk can
 * show their ticket's number and place; forgotten at the wipe. A command decided again later
 * (rebase, settle) is remembered only if it was issued after the last wipe: the next customer
 * never sees the previous one's ticket.
 */
export interface CustomerCommand {
  commandId: string;
  type: string;
  targetId: string | null;
  issuedAt: string;
}

const statements = preparedFor((db: SqliteDatabase) => ({
  wipedAt: db.prepare<[], { wiped_at: string | null }>('SELECT wiped_at FROM kiosk_state WHERE singleton = 1'),
  remember: db.prepare<[string, string, string | null, string]>('INSERT OR IGNORE INTO kiosk_customer (command_id, type, target_id, issued_at) VALUES (?, ?, ?, ?)'),
  recall: db.prepare<[string], { type: string; target_id: string | null }>('SELECT type, target_id FROM kiosk_customer WHERE command_id = ?'),
  forget: db.prepare('DELETE FROM kiosk_customer'),
  setWiped: db.prepare<[string]>('INSERT INTO kiosk_state (singleton, wiped_at) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET wiped_at = excluded.wiped_at'),
}));

export function rememberCustomerCommand(db: SqliteDatabase, c: CustomerCommand): void {
  const s = statements(db);
  const wipedAt = s.wipedAt.get()?.wiped_at ?? null;
  if (wipedAt !== null && Date.parse(c.issuedAt) <= Date.parse(wipedAt)) return;
  s.remember.run(c.commandId, c.type, c.targetId, c.issuedAt);
}

export function recallCustomerCommand(db: SqliteDatabase, commandId: string): { type: string; targetId: string | null } | null {
  const row = statements(db).recall.get(commandId);
  return row ? { type: row.type, targetId: row.target_id } : null;
}

/** Forgets the customer; answers how many commands it forgot. */
export function forgetCustomer(db: SqliteDatabase, at: string): number {
  const s = statements(db);
  const forgotten = Number(s.forget.run().changes);
  s.setWiped.run(at);
  return forgotten;
}
