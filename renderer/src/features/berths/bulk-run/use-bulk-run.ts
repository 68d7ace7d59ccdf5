import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulkOutcome, BulkProgress } from './bulk-run.ts';

/** The list's work: queue it (queueInChunks), reporting progress and asking between calls whether to stop. */
export type BulkWork = (onProgress: (done: number) => void, shouldStop: () => boolean) => Promise<Omit<BulkOutcome, 'stopped'>>;

export interface BulkRun {
  /** Null when no run is going. */
  progress: BulkProgress | null;
  /** The last run's, until the next starts. */
  outcome: BulkOutcome | null;
  busy: boolean;
  /** Runs `work` over `total` commands; the outcome also comes back for the screen's announcement. */
  start: (total: number, work: BulkWork) => Promise<BulkOutcome>;
  /** Ends the run between calls (the Stop button); leaving the screen does the same. */
  stop: () => void;
}

/** A bulk screen's run (decision 47): its progress, its outcome and its Stop, for BulkRunPanel. */
export function useBulkRun(): BulkRun {
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const stopRef = useRef(false);
  useEffect(() => () => void (stopRef.current = true), []);

  const start = useCallback(async (total: number, work: BulkWork) => {
    setOutcome(null);
    setProgress({ done: 0, total });
    stopRef.current = false;
    const result = await work(
      (done) => setProgress({ done, total }),
      () => stopRef.current,
    );
    const ended: BulkOutcome = { ...result, stopped: stopRef.current };
    setProgress(null);
    setOutcome(ended);
    return ended;
  }, []);
  const stop = useCallback(() => void (stopRef.current = true), []);

  return { progress, outcome, busy: progress !== null, start, stop };
}

/** The central's answers arrive with a sync: a bulk screen asks again when one has ended, unless its run is going. */
export function useRefetchAfterSync(lastSyncAt: string | null | undefined, busy: boolean, refetch: () => unknown): void {
  useEffect(() => {
    if (!busy && lastSyncAt) void refetch();
  }, [lastSyncAt, busy, refetch]);
}
