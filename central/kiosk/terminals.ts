import type { KioskTerminal } from '../../domain/kiosk/entities.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

// Terminal ids are their users' ids: UUIDs. Anything else names no terminal.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The terminal row, locked for the rest of the transaction; null when there is none. */
export async function lockTerminal(tx: Queryable, id: string): Promise<Versioned<KioskTerminal> | null> {
  if (!UUID.test(id)) return null;
  const res = await tx.query<{ data: KioskTerminal; version: number }>('SELECT data, version FROM kiosk_terminal WHERE id = $1 FOR UPDATE', [id.toLowerCase()], 'kiosk_lock_terminal');
  const row = res.rows[0];
  return row ? { record: row.data, version: row.version } : null;
}
