import type { SyncStatus } from '../../../domain/contract.ts';

/** A signed-in user's sync status, online with one change waiting; override what a test is about. */
export function syncStatus(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    userId: 'user-aino',
    revision: 1,
    connection: 'online',
    phase: 'idle',
    signedIn: true,
    authExpired: false,
    pendingCommands: 1,
    openConflicts: 0,
    lastSyncAt: null,
    lastError: null,
    bootstrap: null,
    ...over,
  };
}
