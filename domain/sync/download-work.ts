import { ENTITIES } from '../workspaces.ts';

/**
 * What one row of an entity costs a first download, against a plain row (1): its table's indexes,
 * its search index entries, its child rows. An entity says so with `downloadCost` beside its
 * schema (domain/workspaces.ts); one that does not is a plain row. The figures are the berths'
 * wall time per row in the 100,000-application sign-in, through the app and through the core
 * alone (2026-12-07; a berth, about 16 µs, is 1): customers 22–29 µs, boats 16–22, applications
 * 48–49, application events 10–11, boat certificates 22–24. Counted in rows, the time left read
 * 27–54 % long once the applications were in (the events and certificates after them cost a
 * quarter as much a row) and short while they came.
 */
export function rowCost(entity: string): number {
  if (!Object.hasOwn(ENTITIES, entity)) return 1;
  const spec = ENTITIES[entity as keyof typeof ENTITIES];
  return 'downloadCost' in spec ? spec.downloadCost : 1;
}

/** The work of a download announced by entity (the stream's start line), in row costs. */
export function workOf(counts: Readonly<Record<string, number>>): number {
  let work = 0;
  for (const [entity, n] of Object.entries(counts)) work += n * rowCost(entity);
  return work;
}

/**
 * The first second of a download runs slow: the window still loading beside it, statements and
 * code still cold. Counted from the start line, that second made every estimate long (in two
 * sign-ins of 100,000 applications, 19–37 % at 2 s and still 20–40 % at 6 s in the slower one),
 * so the rate is counted from the first batch after it.
 */
export const WARM_UP_MS = 1000;

/**
 * What the time left is counted in: row costs when the start line said how many rows of each
 * entity come, rows when it gave the total alone (an older central).
 */
export interface DownloadWork {
  byEntity: boolean;
  /** The work announced; null before the start line. */
  total: number | null;
  done: number;
  /** When the start line came (ms since the epoch). */
  began: number;
  /** The work done at the first batch past the warm-up, and when: the rate is counted from there. */
  mark: { at: number; done: number } | null;
}

/** The work of a download as its start line announces it at `now`; `null`: no start line (yet). */
export function downloadWork(start: { total: number; entities?: Readonly<Record<string, number>> | undefined } | null, now: number): DownloadWork {
  const base = { done: 0, began: now, mark: null };
  if (start === null) return { ...base, byEntity: false, total: null };
  return start.entities ? { ...base, byEntity: true, total: workOf(start.entities) } : { ...base, byEntity: false, total: start.total };
}

/** The work after a batch of rows, written by `now`. */
export function workAdded(work: DownloadWork, rows: readonly { entity: string }[], now: number): DownloadWork {
  let done = work.done;
  if (work.byEntity) for (const r of rows) done += rowCost(r.entity);
  else done += rows.length;
  const mark = work.mark ?? (now - work.began >= WARM_UP_MS ? { at: now, done } : null);
  return { ...work, done, mark };
}
