/**
 * Desks waiting on this central come before its background work. A push of 1,000 commands arrives
 * as five requests a few milliseconds apart, and the offers in it queue messages; the sender woke
 * at once and rendered and sent them on the same thread, between the pushes (measured: a push of
 * 200 notes took 80–100 ms beside it, 40–55 ms without). Background work waits until no desk
 * request has run for `quietMs`, and never longer than `maxWaitMs`, so a central that is never
 * quiet still sends.
 */
export interface DeskActivity {
  /** Runs a desk's request; background work waits while it runs and for a moment after. */
  during<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once desks have been quiet for a moment, or when the longest wait is over. */
  quiet(): Promise<void>;
}

export interface DeskActivityOptions {
  /** How long after the last desk request background work waits; longer than a desk's pause between two pushes. */
  quietMs?: number;
  /** The longest background work waits, however busy desks keep the central. */
  maxWaitMs?: number;
}

export function createDeskActivity(opts: DeskActivityOptions = {}): DeskActivity {
  const quietMs = opts.quietMs ?? 250;
  const maxWaitMs = opts.maxWaitMs ?? 5000;
  let running = 0;
  let lastEnd = -Infinity;

  return {
    async during(work) {
      running++;
      try {
        return await work();
      } finally {
        running--;
        lastEnd = Date.now();
      }
    },
    quiet() {
      const givenUp = Date.now() + maxWaitMs;
      return new Promise<void>((resolve) => {
        const check = () => {
          const now = Date.now();
          const quietFor = now - lastEnd;
          if ((running === 0 && quietFor >= quietMs) || now >= givenUp) return resolve();
          const wait = running > 0 ? quietMs : quietMs - quietFor;
          setTimeout(check, Math.max(1, Math.min(wait, givenUp - now))).unref();
        };
        check();
      });
    },
  };
}
