import type { CoreEvent } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { Core } from '../core.ts';
import { startCoreWorker, type CoreWorkerOptions, type WorkerCore } from './start-core-worker.ts';

export interface SupervisionOptions {
  /** Crashes tolerated within `windowMs` before the supervisor gives up. */
  maxRestarts?: number;
  windowMs?: number;
  /** Wait before a restart; doubles with each crash in the window. */
  restartDelayMs?: number;
  log?: (message: string) => void;
}

export type SupervisedCore = Core & {
  /** Ends the current worker abruptly (for tests and diagnostics); the supervisor restarts it. */
  crashForTest(): Promise<void>;
};

/**
 * The core in a worker thread that is started again when it dies. Everything the core holds that
 * matters is on disk (the outbox commits with synchronous=FULL), so a restart loses nothing but
 * the calls that were in flight, which answer with an error. Calls made during the restart wait
 * for it. Listeners stay subscribed across restarts. A core that keeps crashing is given up on,
 * and calls then answer with the reason.
 */
export async function startSupervisedCore(options: CoreWorkerOptions, supervision: SupervisionOptions = {}): Promise<SupervisedCore> {
  const { maxRestarts = 5, windowMs = 60_000, restartDelayMs = 250, log = () => {} } = supervision;
  const listeners = new Set<(event: CoreEvent) => void>();
  const crashes: number[] = [];
  let closed = false;
  let givenUp: string | null = null;
  let current: WorkerCore;
  let restarting: Promise<void> | null = null;

  const spawn = async (): Promise<WorkerCore> => {
    const core = await startCoreWorker({ ...options, onDeath: (reason) => onDeath(reason) });
    core.onEvent((event) => {
      for (const listener of listeners) listener(event);
    });
    return core;
  };

  function onDeath(reason: string) {
    if (closed) return;
    const t = Date.now();
    crashes.push(t);
    while (crashes.length > 0 && crashes[0]! < t - windowMs) crashes.shift();
    if (crashes.length > maxRestarts) {
      givenUp = `The core stopped ${crashes.length} times in a row and was not started again: ${reason}`;
      log(givenUp);
      return;
    }
    const delay = restartDelayMs * 2 ** (crashes.length - 1);
    log(`${reason} Starting it again in ${delay} ms.`);
    restarting = new Promise<void>((resolve) => setTimeout(resolve, delay))
      .then(spawn)
      .then(
        (core) => {
          current = core;
          log('The core is running again.');
        },
        (error: unknown) => {
          givenUp = `The core could not be started again: ${error instanceof Error ? error.message : String(error)}`;
          log(givenUp);
        },
      )
      .finally(() => {
        restarting = null;
      });
  }

  current = await spawn();

  return {
    async invoke(method, input, caller) {
      if (restarting) await restarting;
      if (givenUp) return { ok: false, error: { code: 'internal', message: givenUp } } as Result<never>;
      return current.invoke(method, input, caller);
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (restarting) await restarting;
      await current.close();
    },
    crashForTest: () => current.terminate(),
  };
}
