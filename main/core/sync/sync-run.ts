import type { Cache } from '../cache/cache-port.ts';
import type { CoreEvent, SyncStatus } from '../../../domain/contract.ts';
import type { CentralClient } from './central-client.ts';
import type { CentralFailure } from './central-failure.ts';

/** What one push or pull step needs from the engine that runs it. */
export interface SyncRun {
  cache: Cache;
  client: CentralClient;
  token: string;
  /** Aborts requests in flight when the engine stops. */
  signal: AbortSignal;
  stopped(): boolean;
  emit(event: CoreEvent): void;
  setPhase(phase: SyncStatus['phase']): void;
  setBootstrap(progress: SyncStatus['bootstrap']): void;
  /** The central answered: it is reachable. */
  reached(): void;
  publishStatus(): void;
}

export type Outcome = { ok: true } | { ok: false; failure: CentralFailure };
export const OK: Outcome = { ok: true };

export function brokenCentral(message: string): Outcome {
  return { ok: false, failure: { kind: 'transient', code: 'internal', message, status: 200 } };
}
