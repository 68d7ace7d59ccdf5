import { useEffect, useState } from 'react';
import type { Chunk } from './lazy-workspaces.ts';

/**
 * Whether a chunk is in, asking for it when not: the screen that shows it first waits here, so its
 * lazy components render at once instead of suspending (lazy-workspaces.ts says why that matters).
 * A chunk that fails to load counts as ready: its lazy component then meets the error where it
 * renders, as it would without this wait.
 */
export function useChunkReady(chunk: Chunk | null): boolean {
  const [settled, setSettled] = useState<Chunk | null>(null);
  const ready = chunk === null || chunk.loaded() || settled === chunk;
  useEffect(() => {
    if (ready || chunk === null) return;
    let live = true;
    const done = () => live && setSettled(chunk);
    chunk.load().then(done, done);
    return () => {
      live = false;
    };
  }, [chunk, ready]);
  return ready;
}
