import type { Cache } from '../cache/cache-port.ts';
import type { CoreEvent, SyncStatus } from '../../../domain/contract.ts';
import { MAX_PULL_LIMIT, MAX_PUSH_COMMANDS } from '../../../domain/sync/protocol.ts';
import type { CentralClient } from './central-client.ts';
import type { CentralFailure } from './central-failure.ts';
import { createBackoff } from './backoff.ts';
import { pullChanges } from './pull-changes.ts';
import { pushOutbox } from './push-outbox.ts';
import type { SyncRun } from './sync-run.ts';

export interface SyncTiming {
  /** Regular sync while online. */
  intervalMs?: number;
  /** First wait after the central could not be reached; doubles up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Quiet time after a local command before pushing it. */
  debounceMs?: number;
}

export interface SyncEngineOptions {
  cache: Cache;
  client: CentralClient;
  /** null: no usable token (it could not be unwrapped); sync waits for `resume`. */
  token: string | null;
  timing?: SyncTiming;
  /** Listen to the central's pokes (Server-Sent Events). */
  listen?: boolean;
  pushBatchSize?: number;
  pullLimit?: number;
  now: () => Date;
  emit: (event: CoreEvent) => void;
  /** The central refused the token; sync is paused until `resume` gets a new one. */
  onAuthExpired?: () => void;
}

export interface SyncEngine {
  start(): void;
  status(): SyncStatus;
  /** Sync at once, ignoring any backoff wait; resolves with the status after that sync. */
  syncNow(): Promise<SyncStatus>;
  /** A local command was queued: push it soon (debounced; not while backing off). */
  nudge(): void;
  /** Announce the current status (after local writes that change the counts). */
  publishStatus(): void;
  /** A fresh token after the old one expired: sync resumes with the outbox as it is. */
  resume(token: string): void;
  stop(): Promise<void>;
}

const PUSH_BATCH = 200;
const PULL_LIMIT = 1000;

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { cache, client, emit, now } = options;
  const intervalMs = options.timing?.intervalMs ?? 30_000;
  const debounceMs = options.timing?.debounceMs ?? 100;
  const backoff = createBackoff(options.timing?.initialBackoffMs ?? 1000, options.timing?.maxBackoffMs ?? 60_000);
  // A push the central answers with an error backs off on its own: pulls go on meanwhile.
  const pushBackoff = createBackoff(options.timing?.initialBackoffMs ?? 1000, options.timing?.maxBackoffMs ?? 60_000);
  const eventsBackoff = createBackoff(options.timing?.initialBackoffMs ?? 1000, options.timing?.maxBackoffMs ?? 60_000);
  const pushBatch = Math.min(options.pushBatchSize ?? PUSH_BATCH, MAX_PUSH_COMMANDS);
  const pullLimit = Math.min(options.pullLimit ?? PULL_LIMIT, MAX_PULL_LIMIT);

  let token = options.token ?? '';
  let started = false;
  let stopped = false;
  let authExpired = options.token === null;
  let connection: SyncStatus['connection'] = 'unknown';
  let phase: SyncStatus['phase'] = 'idle';
  let lastError: SyncStatus['lastError'] = null;
  let bootstrap: SyncStatus['bootstrap'] = null;

  let running: Promise<void> | null = null;
  let again = false;
  /** performance.now() before which a failing push is not tried again (unless the user asks). */
  let pushRetryAt = 0;
  let forcePush = false;
  /** Why the outbox waits: the last failure of its push that the central answered. */
  let heldBy: CentralFailure | null = null;
  let waiting: (() => void)[] = [];
  let timer: NodeJS.Timeout | null = null;
  let debounce: NodeJS.Timeout | null = null;
  const stopController = new AbortController();
  let eventsController: AbortController | null = null;
  let eventsLoop: Promise<void> | null = null;

  let counts = { pendingCommands: 0, openConflicts: 0 };
  function status(): SyncStatus {
    try {
      counts = cache.counts();
    } catch {
      // The cache closed under a late caller (sign-out): the last counts are still the truth.
    }
    return {
      connection,
      phase,
      signedIn: true,
      authExpired,
      pendingCommands: counts.pendingCommands,
      openConflicts: counts.openConflicts,
      lastSyncAt: cache.getLastSyncAt(),
      lastError,
      bootstrap,
    };
  }

  function publishStatus() {
    if (stopped) return;
    emit({ type: 'sync.status', status: status() });
  }

  function setPhase(p: SyncStatus['phase']) {
    if (phase === p) return;
    phase = p;
    publishStatus();
  }

  const canSync = () => started && !stopped && !authExpired;

  function clearTimer() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function schedule(delayMs: number) {
    clearTimer();
    if (!canSync()) return;
    timer = setTimeout(() => {
      timer = null;
      request();
    }, delayMs);
    timer.unref?.();
  }

  /** The one entrance to the loop: never two runs at once; a request during a run runs once more after it. */
  function request() {
    if (!canSync()) {
      const w = waiting;
      waiting = [];
      for (const resolve of w) resolve();
      return;
    }
    if (running) {
      again = true;
      return;
    }
    clearTimer();
    const mine = waiting;
    waiting = [];
    running = run()
      .catch((err: unknown) => {
        // A bug in a layer below must not kill the loop; it shows as an error and sync retries.
        lastError = { code: 'internal', message: err instanceof Error ? err.message : String(err) };
        schedule(backoff.fail());
      })
      .finally(() => {
        running = null;
        phase = 'idle';
        bootstrap = null;
        publishStatus();
        for (const resolve of mine) resolve();
        if (again || waiting.length > 0) {
          again = false;
          request();
        }
      });
  }

  async function run(): Promise<void> {
    const step: SyncRun = {
      cache,
      client,
      token,
      signal: stopController.signal,
      stopped: () => stopped,
      emit,
      setPhase,
      setBootstrap: (progress) => {
        bootstrap = progress;
      },
      reached: () => {
        connection = 'online';
        // "Cannot reach the central" is stale the moment it answers.
        if (lastError?.code === 'central_unreachable') lastError = null;
      },
      publishStatus,
    };
    const forced = forcePush;
    forcePush = false;
    let pushFailure: CentralFailure | null = null;
    // Every pushed command brings back at least one change (its application, event, reservation).
    let pushedCommands = 0;
    if (forced || performance.now() >= pushRetryAt) {
      const pushed = await pushOutbox(step, pushBatch);
      pushedCommands = pushed.pushed;
      if (pushed.ok) {
        pushBackoff.reset();
        pushRetryAt = 0;
        heldBy = null;
      } else pushFailure = pushed.failure;
    }
    // Pull whatever the push did: other people's changes must not wait for a command the central
    // keeps refusing with an error. Only a central that cannot be reached, or a token it no longer
    // takes, ends the run here.
    if (pushFailure && !pullsAfter(pushFailure)) return onFailure(pushFailure);
    const pulled = await pullChanges(step, pullLimit, pushedCommands);
    if (!pulled.ok) return onFailure(pulled.failure);
    backoff.reset();
    connection = 'online';
    cache.setLastSyncAt(now().toISOString());
    // After a pull: a scan a record has just let go of, or whose command was just refused, goes a day on.
    cache.sweepDocuments(now());
    if (pushFailure) {
      heldBy = pushFailure;
      pushRetryAt = performance.now() + pushBackoff.fail();
    }
    const waitingToPush = cache.counts().pendingCommands;
    if (heldBy && pushBackoff.failures > 0 && waitingToPush > 0) {
      // Say what is true: the changes wait because the central answers their push with an error.
      lastError = { code: 'push_failed', message: `${waitingToPush} change(s) wait to be sent; the central answered: ${heldBy.message}` };
      // Keep pulling at the usual pace meanwhile.
      schedule(Math.max(0, Math.min(intervalMs, pushRetryAt - performance.now())));
      return;
    }
    heldBy = null;
    pushBackoff.reset();
    lastError = null;
    schedule(intervalMs);
  }

  function onFailure(f: CentralFailure) {
    lastError = { code: f.code, message: f.message };
    if (stopped) return;
    switch (f.kind) {
      case 'auth':
        authExpired = true;
        clearTimer();
        eventsController?.abort();
        options.onAuthExpired?.();
        return;
      case 'transient':
        if (f.code === 'central_unreachable') connection = 'offline';
        schedule(backoff.fail());
        return;
      default:
        // The central is there but refuses (a role that may not pull, a broken resync): retry slowly.
        connection = 'online';
        schedule(Math.max(intervalMs, backoff.fail()));
    }
  }

  /** Whether a pull is worth trying after this push failure: the central answered, and took the token. */
  function pullsAfter(f: CentralFailure): boolean {
    return f.kind !== 'auth' && !(f.kind === 'transient' && f.status === null);
  }

  // ---------- pokes ----------

  function startEvents() {
    if (options.listen === false || eventsLoop || !canSync()) return;
    const controller = new AbortController();
    eventsController = controller;
    eventsLoop = (async () => {
      let opened = 0;
      while (canSync() && !controller.signal.aborted) {
        const r = await client.events(
          token,
          {
            onOpen: () => {
              eventsBackoff.reset();
              // Pokes may have been missed while the stream was down.
              if (opened++ > 0 || backoff.failures > 0) request();
            },
            onPoke: () => request(),
          },
          controller.signal,
        );
        if (controller.signal.aborted) break;
        if (!r.ok && r.failure.kind === 'auth') {
          onFailure(r.failure);
          publishStatus();
          break;
        }
        await sleep(eventsBackoff.fail(), controller.signal);
      }
    })().finally(() => {
      if (eventsController === controller) eventsController = null;
      eventsLoop = null;
    });
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      request();
      startEvents();
    },
    status,
    syncNow() {
      return new Promise<SyncStatus>((resolve) => {
        forcePush = true;
        waiting.push(() => resolve(status()));
        request();
      });
    },
    nudge() {
      if (!canSync()) return;
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        debounce = null;
        // While backing off, the backoff timer decides; the command stays queued.
        if (backoff.failures === 0 && pushBackoff.failures === 0) request();
      }, debounceMs);
      debounce.unref?.();
    },
    publishStatus,
    resume(newToken) {
      token = newToken;
      if (!authExpired) return;
      authExpired = false;
      lastError = null;
      backoff.reset();
      pushBackoff.reset();
      pushRetryAt = 0;
      heldBy = null;
      eventsBackoff.reset();
      publishStatus();
      request();
      startEvents();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimer();
      if (debounce) clearTimeout(debounce);
      stopController.abort();
      eventsController?.abort();
      await Promise.allSettled([running, eventsLoop]);
      for (const resolve of waiting) resolve();
      waiting = [];
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
