import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';

/** An application's place in queue order (the key of index application_season_queue). */
export interface QueueKey {
  id: string;
  season: number;
  priority: number;
  received_ms: number;
}

// Range counts over application_season_queue (status, season, priority DESC, received_ms, id):
// each one walks only the index entries inside its range, never the table. A queue is a season's:
// an application extended to the next season waits in that season's queue, not in this one.
const PENDING = "status = 'pending' AND season = ?";
const statements = preparedFor((db: SqliteDatabase) => ({
  key: db.prepare<[string], QueueKey & { status: string }>('SELECT id, status, season, priority, received_ms FROM application WHERE id = ?'),
  higher: db.prepare<[number, number], { n: number }>(`SELECT COUNT(*) AS n FROM application WHERE ${PENDING} AND priority > ?`),
  between: db.prepare<[number, number, number], { n: number }>(`SELECT COUNT(*) AS n FROM application WHERE ${PENDING} AND priority > ? AND priority < ?`),
  sameBefore: db.prepare<[number, number, number, string], { n: number }>(
    `SELECT COUNT(*) AS n FROM application WHERE ${PENDING} AND priority = ? AND (received_ms, id) < (?, ?)`,
  ),
  sameFrom: db.prepare<[number, number, number, string], { n: number }>(
    `SELECT COUNT(*) AS n FROM application WHERE ${PENDING} AND priority = ? AND (received_ms, id) >= (?, ?)`,
  ),
  sameRange: db.prepare<[number, number, number, string, number, string], { n: number }>(
    `SELECT COUNT(*) AS n FROM application WHERE ${PENDING} AND priority = ? AND (received_ms, id) >= (?, ?) AND (received_ms, id) < (?, ?)`,
  ),
}));

const inQueueOrder = (a: QueueKey, b: QueueKey) =>
  a.season - b.season || b.priority - a.priority || a.received_ms - b.received_ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Queue positions (1 = next to serve in its season) of some pending applications. Per season, the
 * first one is counted from the head of the queue, each next one from the previous, so the work
 * is one walk over the span the keys cover instead of numbering the whole queue.
 */
export function queuePositionsOf(db: SqliteDatabase, pending: readonly QueueKey[]): Map<string, number> {
  const s = statements(db);
  const keys = [...pending].sort(inQueueOrder);
  const out = new Map<string, number>();
  let prev: QueueKey | null = null;
  let pos = 0;
  for (const k of keys) {
    const season = k.season;
    if (prev === null || prev.season !== season) {
      pos = s.higher.get(season, k.priority)!.n + s.sameBefore.get(season, k.priority, k.received_ms, k.id)!.n + 1;
    } else if (prev.priority === k.priority) {
      pos += s.sameRange.get(season, k.priority, prev.received_ms, prev.id, k.received_ms, k.id)!.n;
    } else {
      pos +=
        s.sameFrom.get(season, prev.priority, prev.received_ms, prev.id)!.n +
        s.between.get(season, k.priority, prev.priority)!.n +
        s.sameBefore.get(season, k.priority, k.received_ms, k.id)!.n;
    }
    out.set(k.id, pos);
    prev = k;
  }
  return out;
}

/** Position in its season's queue of pending applications, null when the application is not pending. */
export function queuePositionOf(db: SqliteDatabase, id: string): number | null {
  const key = statements(db).key.get(id);
  if (!key || key.status !== 'pending') return null;
  return queuePositionsOf(db, [key]).get(id) ?? null;
}
