import type { SyncStatus } from '../../../domain/contract.ts';

export type Banner = 'authExpired' | 'offline' | 'pushFailed' | 'bootstrap' | null;

/**
 * The one banner that matters most now: signed out by the central, then offline, then changes
 * the central keeps refusing to take (the bar alone would show only a count that never falls),
 * then the first download.
 */
export function bannerFor(status: SyncStatus | undefined): Banner {
  if (!status) return null;
  if (status.authExpired) return 'authExpired';
  if (status.connection === 'offline') return 'offline';
  if (status.lastError?.code === 'push_failed' && status.pendingCommands > 0) return 'pushFailed';
  if (status.bootstrap) return 'bootstrap';
  return null;
}
