import type { Change } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import { OK, type Outcome, type SyncRun } from './sync-run.ts';
import { downloadAdvanced, downloadFinishing, downloadStarted, type DownloadProgress } from '../../../domain/sync/download-progress.ts';
import { downloadWork, workAdded } from '../../../domain/sync/download-work.ts';

/** During a download, `changed` and progress go out at most this often. */
const THROTTLE_MS = 500;

function throttledChanged(run: SyncRun) {
  const pending = new Set<EntityName>();
  let last = 0;
  return (entities: readonly EntityName[], force: boolean) => {
    for (const e of entities) pending.add(e);
    const t = Date.now();
    if (pending.size > 0 && (force || t - last >= THROTTLE_MS)) {
      run.emit({ type: 'changed', entities: [...pending] });
      pending.clear();
      last = t;
    }
  };
}

/** The streamed pull: batches go into the cache as they arrive; the end cursor with the last one. */
async function stream(run: SyncRun, cursor: string | null): Promise<Outcome> {
  const isBootstrap = cursor === null;
  // A download cut off earlier in this process left its rows behind with the indexes still set
  // aside, and the cache clears only when it sets them aside: start from an empty read model.
  if (isBootstrap) run.cache.resetReadModel();
  run.setPhase(isBootstrap ? 'bootstrapping' : 'pulling');
  // Until the start line says how many rows come, a download without a total (an older central's).
  let progress: DownloadProgress = downloadStarted(null);
  let work = downloadWork(null, Date.now());
  if (isBootstrap) run.setBootstrap(progress);
  let received = 0;
  let lastStatus = 0;
  const changed = throttledChanged(run);
  const downloaded = new Set<EntityName>();
  const showProgress = (force: boolean) => {
    const t = Date.now();
    if (!force && t - lastStatus < THROTTLE_MS) return;
    lastStatus = t;
    run.publishStatus();
  };
  const r = await run.client.stream(
    run.token,
    cursor,
    async (changes: Change[], end) => {
      if (run.stopped()) return;
      run.reached();
      if (!isBootstrap) {
        const summary = run.cache.applyChanges(changes, end ? end.cursor : null);
        changed(summary.entities, end !== null);
        return;
      }
      // The last rows first, then the finishing (indexes back, cursor stored) shown as such: on a
      // big download it takes seconds, and the bar at its end must not look stuck.
      // Windows hear of the rows once, at the end: each `changed` made them ask again, and their
      // questions ran on tables whose indexes are set aside, on this thread. At 100,000
      // applications that took the first sign-in from about 35 s to 214 s.
      const summary = changes.length > 0 || !end ? run.cache.applyBootstrap(changes, null) : null;
      received += changes.length;
      const now = Date.now();
      work = workAdded(work, changes, now);
      for (const e of summary?.entities ?? []) downloaded.add(e);
      progress = downloadAdvanced(progress, received, work, now);
      run.setBootstrap(progress);
      if (!end) {
        showProgress(false);
        return;
      }
      progress = downloadFinishing(progress, end.count);
      run.setBootstrap(progress);
      showProgress(true);
      // Let the status out before the rebuild holds the thread: a window served from this thread
      // (the browser host) would otherwise hear of the finishing only once it is over.
      await new Promise((resolve) => setImmediate(resolve));
      if (run.stopped()) return;
      const finished = run.cache.applyBootstrap([], end.cursor);
      changed([...downloaded, ...finished.entities], true);
    },
    run.signal,
    // Only a download shows its total; an incremental stream does without the central's count.
    isBootstrap
      ? (start) => {
          // The central has answered: the status row says so while the download runs, not only
          // once its last row is in (at 100,000 applications, 15 s of "checking the connection").
          run.reached();
          const now = Date.now();
          progress = downloadStarted(start.total);
          work = downloadWork(start, now);
          run.setBootstrap(progress);
          showProgress(true);
        }
      : undefined,
  );
  return r.ok ? OK : r;
}

async function pullFrom(run: SyncRun, cursor: string | null, limit: number, streamFirst: boolean): Promise<Outcome> {
  if (cursor === null || streamFirst) return stream(run, cursor);
  run.setPhase('pulling');
  const r = await run.client.pull(run.token, cursor, limit, run.signal);
  if (!r.ok) return r;
  if (run.stopped()) return OK;
  const summary = run.cache.applyChanges(r.value.changes, r.value.cursor);
  if (summary.entities.length > 0) run.emit({ type: 'changed', entities: summary.entities });
  // More than a page behind: the stream brings the rest faster than paging.
  return r.value.hasMore ? stream(run, r.value.cursor) : OK;
}

/**
 * Brings the cache up to the central: the stream when there is no cursor (bootstrap), one JSON
 * page otherwise, the stream again when that page says there is more. `expected` is how many
 * changes the caller knows are coming (the rows of commands it has just pushed): a page or more
 * go straight to the stream, one request instead of a page and then the stream.
 */
export async function pullChanges(run: SyncRun, limit: number, expected = 0): Promise<Outcome> {
  const r = await pullFrom(run, run.cache.getCursor(), limit, expected >= limit);
  if (r.ok || r.failure.kind !== 'resync') return r;
  // What this user may read changed: rebuild the read model; the outbox stays and is rebased.
  run.cache.resetReadModel();
  run.publishStatus();
  return pullFrom(run, null, limit, false);
}
