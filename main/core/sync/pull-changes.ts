import type { Change } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import { OK, type Outcome, type SyncRun } from './sync-run.ts';

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
  run.setPhase(isBootstrap ? 'bootstrapping' : 'pulling');
  if (isBootstrap) run.setBootstrap({ received: 0 });
  let received = 0;
  let lastStatus = 0;
  const changed = throttledChanged(run);
  const r = await run.client.stream(
    run.token,
    cursor,
    (changes: Change[], end) => {
      if (run.stopped()) return;
      const endCursor = end ? end.cursor : null;
      const summary = isBootstrap ? run.cache.applyBootstrap(changes, endCursor) : run.cache.applyChanges(changes, endCursor);
      received += changes.length;
      changed(summary.entities, end !== null);
      if (!isBootstrap) return;
      run.setBootstrap({ received });
      const t = Date.now();
      if (end || t - lastStatus >= THROTTLE_MS) {
        lastStatus = t;
        run.publishStatus();
      }
    },
    run.signal,
  );
  return r.ok ? OK : r;
}

async function pullFrom(run: SyncRun, cursor: string | null, limit: number): Promise<Outcome> {
  if (cursor === null) return stream(run, null);
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
 * page otherwise, the stream again when that page says there is more.
 */
export async function pullChanges(run: SyncRun, limit: number): Promise<Outcome> {
  const r = await pullFrom(run, run.cache.getCursor(), limit);
  if (r.ok || r.failure.kind !== 'resync') return r;
  // What this user may read changed: rebuild the read model; the outbox stays and is rebased.
  run.cache.resetReadModel();
  run.publishStatus();
  return pullFrom(run, null, limit);
}
