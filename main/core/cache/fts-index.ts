import type { SqliteDatabase } from '../db/open-database.ts';

/**
 * The rows of one contentless FTS5 table, written by a sidecar on the cache's write path (every
 * workspace's search index is one). The text lives in the entity rows; the index only points at
 * them, so a row is put again whole whenever its words change.
 */
export interface FtsRows {
  put(rowid: number | bigint, values: readonly string[]): void;
  remove(rowid: number | bigint): void;
  clear(): void;
}

export function ftsRows(db: SqliteDatabase, table: string, columns: readonly string[]): FtsRows {
  const put = db.prepare(`INSERT OR REPLACE INTO ${table} (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`);
  const del = db.prepare<[number | bigint]>(`DELETE FROM ${table} WHERE rowid = ?`);
  const clear = db.prepare(`DELETE FROM ${table}`);
  return {
    put: (rowid, values) => void put.run(rowid, ...values),
    remove: (rowid) => void del.run(rowid),
    clear: () => void clear.run(),
  };
}

/** Whether two search texts (column lists) are the same: an unchanged row skips the index work. */
export const sameText = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A migration that makes an index anew (FTS5 tables cannot gain a column) or adds one to caches
 * that already hold rows marks it stale with a one-row table; the index's sidecar, prepared when
 * the cache opens, fills it from the rows once and removes the mark, in one transaction.
 */
export function refillWhenMarked(db: SqliteDatabase, marker: string, refill: () => void): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(marker);
  if (!exists || !db.prepare(`SELECT 1 FROM ${marker}`).get()) return;
  db.transaction(() => {
    refill();
    db.prepare(`DELETE FROM ${marker}`).run();
  })();
}
