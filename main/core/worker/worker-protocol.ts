import type { Caller, CoreEvent } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { CoreOptions } from '../core.ts';

/** Messages between the main thread's proxy and the core's worker thread (structured clone). */
export interface CoreWorkerData {
  options: Omit<CoreOptions, 'secretStore' | 'now'>;
  /** The main thread's SecretStore kind; its calls travel back as `secret` messages. */
  secretStoreKind: string | null;
}

export type ToWorker =
  | { type: 'invoke'; id: number; method: string; input: unknown; caller?: Caller }
  | { type: 'secret.reply'; id: number; ok: true; value: string }
  | { type: 'secret.reply'; id: number; ok: false; message: string }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: CoreEvent }
  | { type: 'secret'; id: number; op: 'encrypt' | 'decrypt'; data: string }
  | { type: 'closed' };
