import { useEffect } from 'react';
import type { View } from '../store/ui-slice.ts';
import { chunkOfView, type Chunk } from './lazy-workspaces.ts';

/**
 * How long the shell is left alone before the other chunks are fetched: the first screen's rows
 * and drawing come first (the grid's first render is measured against bare AG Grid).
 */
const FIRST_SCREEN_MS = 2000;

/** Runs `fn` when the page is idle; where there is no idle callback (tests in jsdom), on a timer. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 0);
  return () => clearTimeout(handle);
}

/** The chunks of `views` not in yet, each once, in navigation order. */
export function chunksToFetch(views: readonly View[]): Chunk[] {
  return [...new Set(views.map(chunkOfView))].filter((c) => !c.loaded());
}

/**
 * Fetches the chunks of the user's other workspaces, one per idle moment, once the first screen
 * has had its time. A workspace whose chunk is in then opens at once: a lazy workspace that
 * suspends shows its fallback for at least 300 ms (React 19's FALLBACK_THROTTLE_MS), on every
 * first switch to it. A chunk that fails to load is left to the switch that needs it, which shows
 * the error.
 */
export function useChunkPrefetch(views: readonly View[]): void {
  const key = views.join(' ');
  useEffect(() => {
    // A mark left by the last user's shell in this window is not this one's.
    delete document.body.dataset.chunksPrefetched;
    const queue = chunksToFetch(key.split(' ').filter(Boolean) as View[]);
    let cancel: () => void = () => {};
    let stopped = false;
    const fetchNext = () => {
      if (stopped) return;
      const chunk = queue.shift();
      if (chunk === undefined) {
        // Read by the browser tests, which wait for this state instead of for time.
        document.body.dataset.chunksPrefetched = 'true';
        return;
      }
      const onward = () => {
        if (!stopped) cancel = whenIdle(fetchNext);
      };
      chunk.load().then(onward, onward);
    };
    const timer = setTimeout(() => (cancel = whenIdle(fetchNext)), FIRST_SCREEN_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      cancel();
    };
  }, [key]);
}
