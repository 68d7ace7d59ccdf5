import { afterEach, beforeEach } from 'vitest';
import type { Method } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { HANDLER, world } from './fixtures.ts';
import { tempCache } from './temp-cache.ts';

/**
 * A fresh cache holding the fixture world for each test of the calling file, and a contract call
 * on it at `now` as a user (a handler unless told). Call at the top of a test file.
 */
export function worldCacheEach(now: Date) {
  const at: { t: ReturnType<typeof tempCache> | null; w: ReturnType<typeof world> | null } = { t: null, w: null };
  beforeEach(() => {
    at.t = tempCache();
    at.w = world();
    at.t.cache.applyChanges(at.w.changes, 'c1');
  });
  afterEach(() => at.t?.dispose());
  return {
    cache: () => at.t!.cache,
    /** Closes the cache file and opens it again, as a restart would. */
    reopen: () => at.t!.reopen(),
    world: () => at.w!,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    call: <M extends Method>(method: M, input: any, actor: StaffUser = HANDLER) => at.t!.cache.handle(method, input, actor, now),
  };
}
