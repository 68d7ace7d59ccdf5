import { addDays, helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { Queryable } from '../db/db.ts';
import { RunChunkAgain, type ChunkCache } from '../sync/handler.ts';
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

/** What one attempt of a chunk's transaction knows of its slot locks. */
export interface SlotLocks {
  /** The names this transaction took so far (a savepoint rolled back may have given some away). */
  held: Set<string>;
  /** The names an earlier attempt of the chunk needed: taken with this attempt's first locks. */
  ahead: readonly string[] | null;
}

/** The chunk cache's key of the names carried to the chunk's next attempt (RunChunkAgain). */
const AHEAD_KEY = 'bookings.slotLocksAhead';
const HELD_KEY = 'bookings.slotLocks';

/** The slot locks of the chunk's attempt whose cache this is: one budget for all its commands. */
export function slotLocksOf(cache: ChunkCache): SlotLocks {
  let locks = cache.get(HELD_KEY) as SlotLocks | undefined;
  if (!locks) cache.set(HELD_KEY, (locks = { held: new Set(), ahead: (cache.get(AHEAD_KEY) as string[] | undefined) ?? null }));
  return locks;
}

// All locks of one statement are taken in the order of their hashes (the subquery sorts before the
// outer select locks row by row), so two statements never hold one lock each of the other's set.
// Two names with one hash share a lock: that only adds waits, never wrong answers.
const HASHED = 'SELECT DISTINCT hashtext(n) AS h FROM unnest($2::text[]) AS n ORDER BY h';

async function take(tx: Queryable, names: readonly string[]): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1::int, s.h) FROM (${HASHED}) AS s`, [SLOT_LOCK_KEY, names], 'bookings_lock_slots');
}

/** Takes those of the locks that are free at once; answers whether that was all of them. */
async function tryTake(tx: Queryable, names: readonly string[]): Promise<boolean> {
  const res = await tx.query<{ took: boolean }>(
    `SELECT bool_and(s.ok) AS took FROM (SELECT pg_try_advisory_xact_lock($1::int, x.h) AS ok FROM (${HASHED}) AS x) AS s`,
    [SLOT_LOCK_KEY, names],
    'bookings_try_lock_slots',
  );
  return res.rows[0]?.took === true;
}

/**
 * Takes, until the transaction ends, the locks covering rows about to be inserted (answers false,
 * taking none, past the budget).
 *
 * Why: PostgreSQL checks an exclusion constraint after inserting the new index entry, so two
 * transactions inserting clashing rows at once can each wait for the other's entry: a deadlock,
 * found only after deadlock_timeout. Under these locks a clashing row of another locking writer
 * is always committed or rolled back before ours goes in, so the insert never waits on one.
 *
 * A transaction waits for slot locks only while it holds none: its first call takes its names,
 * with those an earlier attempt needed, in one statement. A later call (a chunk's next booking)
 * takes only what is free at once. Waiting there would hold room A's day while asking for room
 * B's, and a chunk that booked them in the other order waits the other way round: a deadlock,
 * measured in every one of 24 such pairs pushed together. When a lock is taken, the chunk runs
 * again (RunChunkAgain) and takes all the names it met at its first call. That attempt waits if it
 * has to, as before, for what it still meets taken: only a chunk whose bookings changed between
 * its attempts can get there.
 */
export async function lockSlotRows(tx: Queryable, rows: readonly SlotRow[], locks: SlotLocks): Promise<boolean> {
  const names = slotLockNames(rows, SLOT_LOCK_BUDGET);
  if (names === null) return false;
  const { held } = locks;
  const fresh = names.filter((n) => !held.has(n));
  if (held.size + fresh.length > SLOT_LOCK_BUDGET) return false;
  if (names.length === 0) return true;
  if (held.size === 0) {
    const wanted = new Set([...names, ...(locks.ahead ?? [])]);
    const first = wanted.size <= SLOT_LOCK_BUDGET ? [...wanted] : names;
    await take(tx, first);
    for (const n of first) held.add(n);
    return true;
  }
  // Every name again, not just the fresh ones: a savepoint rolled back gave its locks away.
  if (!(await tryTake(tx, names))) {
    if (locks.ahead === null) throw new RunChunkAgain(new Map([[AHEAD_KEY, [...held, ...fresh]]]));
    await take(tx, names);
  }
  for (const n of fresh) held.add(n);
  return true;
}
