/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so many clients
 * that lost the central at the same moment do not all come back in the same second.
 */
export interface Backoff {
  /** The wait before the next attempt after one more failure. */
  fail(): number;
  reset(): void;
  readonly failures: number;
}

export function createBackoff(initialMs: number, maxMs: number, random: () => number = Math.random): Backoff {
  let failures = 0;
  return {
    fail() {
      failures++;
      const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(failures - 1, 30));
      return Math.round(ceiling / 2 + (random() * ceiling) / 2);
    },
    reset() {
      failures = 0;
    },
    get failures() {
      return failures;
    },
  };
}
