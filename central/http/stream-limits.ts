/**
 * What long-lived answers (the streamed download and the events stream) may take of one central
 * process. Counts are per process: each process behind a load balancer guards its own memory.
 */
export interface StreamLimits {
  /** Streamed downloads (`sync/stream`) one user may have open at once. */
  streamsPerUser: number;
  /** Events streams (`sync/events`) one user may hold at once. */
  eventsPerUser: number;
  /** Streamed downloads of all users together. */
  maxStreams: number;
  /** Events streams of all users together. */
  maxEvents: number;
  /** How far a download may run ahead of its reader: bytes written but not yet sent. */
  aheadBytes: number;
  /** A download whose reader takes nothing for this long is cut off. */
  stallMs: number;
}

/**
 * A signed-in installation holds one events stream and, now and then, one download. Several
 * installations of one user (two workstations, a test's windows) fit with room for reconnects.
 */
export const DEFAULT_STREAM_LIMITS: StreamLimits = {
  streamsPerUser: 4,
  eventsPerUser: 10,
  maxStreams: 32,
  maxEvents: 2000,
  aheadBytes: 1024 * 1024,
  stallMs: 30_000,
};

export type StreamKind = 'stream' | 'events';

/** Why a new stream was refused. */
export type Refusal = 'user' | 'process';

/** Open streams by kind and user, in this process. */
export class StreamSlots {
  readonly #limits: StreamLimits;
  readonly #byUser: Record<StreamKind, Map<string, number>> = { stream: new Map(), events: new Map() };
  readonly #total: Record<StreamKind, number> = { stream: 0, events: 0 };

  constructor(limits: StreamLimits) {
    this.#limits = limits;
  }

  /** A slot and the function that gives it back (idempotent), or why there is none. */
  take(kind: StreamKind, userId: string): { release: () => void } | { refused: Refusal } {
    const perUser = kind === 'stream' ? this.#limits.streamsPerUser : this.#limits.eventsPerUser;
    const max = kind === 'stream' ? this.#limits.maxStreams : this.#limits.maxEvents;
    const mine = this.#byUser[kind].get(userId) ?? 0;
    if (mine >= perUser) return { refused: 'user' };
    if (this.#total[kind] >= max) return { refused: 'process' };
    this.#byUser[kind].set(userId, mine + 1);
    this.#total[kind]++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.#byUser[kind].get(userId) ?? 1) - 1;
        if (left > 0) this.#byUser[kind].set(userId, left);
        else this.#byUser[kind].delete(userId);
        this.#total[kind]--;
      },
    };
  }

  open(kind: StreamKind): number {
    return this.#total[kind];
  }
}
