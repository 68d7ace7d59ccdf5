import { parentPort, workerData } from 'node:worker_threads';
import { createCore, type Core } from '../core.ts';
import type { SecretStore } from '../session/secret-store.ts';
import type { CoreWorkerData, FromWorker, ToWorker } from './worker-protocol.ts';

/**
 * Worker entry: the core (SQLite, sync) lives here so the Electron main thread never waits on it.
 * Electron bundles this file to out/main/core-worker.js; the browser host runs the .ts directly.
 */
const port = parentPort;
if (!port) throw new Error('core-worker.ts runs only as a worker thread.');

const data = workerData as CoreWorkerData;
const send = (message: FromWorker) => port.postMessage(message);

let secretSeq = 0;
const secretCalls = new Map<number, { resolve: (v: string) => void; reject: (e: Error) => void }>();

/** safeStorage exists only on the main thread: ask it. */
function remoteSecretStore(kind: string): SecretStore {
  const ask = (op: 'encrypt' | 'decrypt', value: string) =>
    new Promise<string>((resolve, reject) => {
      const id = ++secretSeq;
      secretCalls.set(id, { resolve, reject });
      send({ type: 'secret', id, op, data: value });
    });
  return { kind, encrypt: (plain) => ask('encrypt', plain), decrypt: (value) => ask('decrypt', value) };
}

let closing = false;
// Calls that arrive while the core still opens wait for it.
const opened: Promise<Core | null> = createCore({
  ...data.options,
  ...(data.secretStoreKind === null ? {} : { secretStore: remoteSecretStore(data.secretStoreKind) }),
}).then(
  (c) => {
    c.onEvent((event) => send({ type: 'event', event }));
    send({ type: 'ready' });
    return c;
  },
  (err: unknown) => {
    send({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
    return null;
  },
);

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'invoke':
      void opened.then(async (c) => {
        const result = c
          ? await c.invoke(message.method as never, message.input as never, message.caller)
          : { ok: false as const, error: { code: 'internal' as const, message: 'The core did not start.' } };
        send({ type: 'result', id: message.id, result });
      });
      return;
    case 'secret.reply': {
      const call = secretCalls.get(message.id);
      if (!call) return;
      secretCalls.delete(message.id);
      if (message.ok) call.resolve(message.value);
      else call.reject(new Error(message.message));
      return;
    }
    case 'close':
      if (closing) return;
      closing = true;
      void opened
        .then((c) => c?.close())
        .catch(() => undefined)
        .finally(() => {
          send({ type: 'closed' });
          port.close();
        });
      return;
  }
});
