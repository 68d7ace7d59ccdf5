import { randomUUID } from 'node:crypto';
import type { SqliteDatabase } from '../db/open-database.ts';

interface StateRow {
  client_id: string;
  user_id: string;
  cursor: string | null;
  last_sync_at: string | null;
}

/** A cache file belongs to one user on one installation; its client id is made once, on first open. */
export function createSyncState(db: SqliteDatabase, userId: string) {
  const read = db.prepare<[], StateRow>('SELECT client_id, user_id, cursor, last_sync_at FROM sync_state WHERE singleton = 1');
  let row = read.get();
  if (!row) {
    db.prepare('INSERT INTO sync_state (singleton, client_id, user_id) VALUES (1, ?, ?)').run(randomUUID(), userId);
    row = read.get()!;
  } else if (row.user_id !== userId) {
    throw new Error(`This local cache belongs to another user (${row.user_id}); each user has a cache file of their own.`);
  }
  const clientId = row.client_id;
  const setCursor = db.prepare<[string | null]>('UPDATE sync_state SET cursor = ? WHERE singleton = 1');
  const setLast = db.prepare<[string]>('UPDATE sync_state SET last_sync_at = ? WHERE singleton = 1');
  return {
    clientId,
    cursor: () => read.get()!.cursor,
    lastSyncAt: () => read.get()!.last_sync_at,
    setCursor: (cursor: string | null) => void setCursor.run(cursor),
    setLastSyncAt: (iso: string) => void setLast.run(iso),
  };
}
