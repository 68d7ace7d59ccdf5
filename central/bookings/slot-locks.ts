import { addDays, helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { Queryable } from '../db/db.ts';
import type { SlotRow } from './slots.ts';

/**
 * The advisory lock class of slot writers (taken as this key and a hash): 74_210_001 is the
 * migrations', 74_210_002 the feed's, 74_210_003 a winter's sticker series.
 */
export const SLOT_LOCK_KEY = 74_210_004;

/**
 * The most slot locks one transaction takes. PostgreSQL's shared lock table holds about 64 locks
 * per connection (max_locks_per_transaction × max_connections, some 7000 by default), and a pool
 * runs ten transactions at once (KUVA_DB_POOL_SIZE): more per transaction would eat the room of
 * other connections and fail them with "out of shared memory". A command past this goes without
 * these locks: the constraint alone, as before them, still right but two writers of clashing rows
 * may deadlock again (found after deadlock_timeout, retried by the push). A booking takes a lock
 * per key and day (three to six a day), so this covers one of some fifty days, a series of some
 * fifty dates, or a chunk of some fifty bookings on different days.
 */
export const SLOT_LOCK_BUDGET = 256;

/**
 * The names of the locks that cover rows: each key on each Helsinki day its [from, to) touches;
 * null past `most`. Two rows the constraint compares share a key and an instant, so they share a
 * name; the day keeps writers of one room on other days from waiting on each other.
 */
export function slotLockNames(rows: readonly SlotRow[], most: number): string[] | null {
  const names = new Set<string>();
  for (const row of rows) {
    const last = helsinkiDateOf(Date.parse(row.to) - 1);
    for (let day = helsinkiDateOf(Date.parse(row.from)); day <= last; day = addDays(day, 1)) {
      names.add(`${row.key}|${day}`);
      if (names.size > most) return null;
    }
  }
  return [...names];
}

/**
 * Takes, until the transaction ends, the locks covering rows about to be inserted; `held` names
 * the locks this transaction took before (answers false, taking none, past the budget).
 *
 * Why: PostgreSQL checks an exclusion constraint after inserting the new index entry, so two
 * transactions inserting clashing rows at once can each wait for the other's entry: a deadlock,
 * found only after deadlock_timeout. Under these locks a clashing row of another locking writer
 * is always committed or rolled back before ours goes in, so the insert never waits on one.
 *
 * All locks of one call are taken in one statement in the order of their hashes (the subquery
 * sorts before the outer select locks row by row), so two calls never hold one lock each of the
 * other's set. Two names with one hash share a lock: that only adds waits, never wrong answers.
 *
 * What remains: a transaction keeps the locks of its chunk's earlier commands while it takes the
 * next command's. Two chunks that each write room A on day 1 and room B on day 2, in opposite
 * orders, can deadlock on these locks even when their times on those days do not meet (a hash
 * collision can make such a pair too); without the locks they deadlocked only when the times met.
 * Chunks of one command each take all their locks in one statement: no cycle among them.
 */
export async function lockSlotRows(tx: Queryable, rows: readonly SlotRow[], held: Set<string>): Promise<boolean> {
  const names = slotLockNames(rows, SLOT_LOCK_BUDGET);
  if (names === null) return false;
  const fresh = names.filter((n) => !held.has(n));
  if (held.size + fresh.length > SLOT_LOCK_BUDGET) return false;
  if (names.length === 0) return true;
  for (const n of fresh) held.add(n);
  // Every name again, not just the fresh ones: a savepoint rolled back gave its locks away.
  await tx.query(
    'SELECT pg_advisory_xact_lock($1::int, s.h) FROM (SELECT DISTINCT hashtext(n) AS h FROM unnest($2::text[]) AS n ORDER BY h) AS s',
    [SLOT_LOCK_KEY, names],
    'bookings_lock_slots',
  );
  return true;
}
