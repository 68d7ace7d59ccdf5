import { Worker } from 'node:worker_threads';
import type { CoreEvent } from '../../../domain/contract.ts';
import type { AppError, Result } from '../../../domain/result.ts';
import type { Core, CoreOptions } from '../core.ts';
import type { CoreWorkerData, FromWorker, ToWorker } from './worker-protocol.ts';

export type CoreWorkerOptions = CoreOptions & {
  /** The worker entry: out/main/core-worker.js in the Electron build, core-worker.ts from source. */
  workerUrl?: URL;
  /** How long close waits for the worker to shut the core down before terminating it. */
  closeTimeoutMs?: number;
  /** Called once if the worker dies without being asked to close (a crash). */
  onDeath?: (reason: string) => void;
};

/** The proxy, plus an abrupt end: the worker is stopped at once, as a crash would stop it. */
export type WorkerCore = Core & { terminate(): Promise<void> };

const stopped = (message: string): { ok: false; error: AppError } => ({ ok: false, error: { code: 'internal', message } });

/**
 * Starts the core in a worker thread and answers with a proxy of the same Core interface. `now`
 * cannot cross threads and is ignored here; the SecretStore stays on this thread and serves the
 * worker's calls.
 */
export function startCoreWorker(options: CoreWorkerOptions): Promise<WorkerCore> {
  const { workerUrl, secretStore, closeTimeoutMs = 10_000, onDeath, now: _now, ...coreOptions } = options;
  const data: CoreWorkerData = { options: coreOptions, secretStoreKind: secretStore?.kind ?? null };
  const worker = new Worker(workerUrl ?? new URL('./core-worker.ts', import.meta.url), { workerData: data });

  const listeners = new Set<(event: CoreEvent) => void>();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let seq = 0;
  let dead: string | null = null;
  let onClosed: (() => void) | null = null;
  let closing: Promise<void> | null = null;

  const post = (message: ToWorker) => worker.postMessage(message);

  function die(reason: string) {
    if (dead) return;
    dead = reason;
    for (const resolve of pending.values()) resolve(stopped(reason));
    pending.clear();
    onClosed?.();
    if (closing === null) onDeath?.(reason);
  }

  return new Promise<WorkerCore>((resolveStart, rejectStart) => {
    let started = false;

    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          started = true;
          resolveStart(proxy);
          return;
        case 'fatal':
          die(`The core did not start: ${message.message}`);
          void worker.terminate();
          if (!started) rejectStart(new Error(message.message));
          return;
        case 'result': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          resolve?.(message.result);
          return;
        }
        case 'event':
          for (const listener of listeners) {
            try {
              listener(message.event);
            } catch {
              // a listener's bug stays with the listener
            }
          }
          return;
        case 'secret': {
          const { id, op } = message;
          if (!secretStore) {
            post({ type: 'secret.reply', id, ok: false, message: 'No secret store on the main thread.' });
            return;
          }
          const work = op === 'encrypt' ? secretStore.encrypt(message.data) : secretStore.decrypt(message.data);
          work.then(
            (value) => post({ type: 'secret.reply', id, ok: true, value }),
            (err: unknown) => post({ type: 'secret.reply', id, ok: false, message: err instanceof Error ? err.message : String(err) }),
          );
          return;
        }
        case 'closed':
          die('The core is closed.');
          return;
      }
    });
    worker.on('error', (err) => {
      die(`The core stopped: ${err.message}`);
      if (!started) rejectStart(err);
    });
    worker.on('exit', (code) => {
      die(`The core stopped (exit code ${code}).`);
      if (!started) rejectStart(new Error(`The core worker exited with code ${code} before it was ready.`));
    });

    const proxy: WorkerCore = {
      invoke(method, input, caller) {
        if (dead) return Promise.resolve(stopped(dead)) as never;
        const id = ++seq;
        return new Promise((resolve) => {
          pending.set(id, resolve as (r: Result<unknown>) => void);
          try {
            post(caller === undefined ? { type: 'invoke', id, method, input } : { type: 'invoke', id, method, input, caller });
          } catch (err) {
            pending.delete(id);
            resolve({ ok: false, error: { code: 'bad_request', message: `The input cannot be sent: ${err instanceof Error ? err.message : String(err)}` } } as never);
          }
        });
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async terminate() {
        await worker.terminate();
      },
      close() {
        closing ??= new Promise<void>((resolve) => {
          if (dead) {
            void worker.terminate().finally(resolve);
            return;
          }
          const timer = setTimeout(() => die('The core did not close in time.'), closeTimeoutMs);
          onClosed = () => {
            clearTimeout(timer);
            void worker.terminate().finally(resolve);
          };
          post({ type: 'close' });
        });
        return closing;
      },
    };
  });
}
