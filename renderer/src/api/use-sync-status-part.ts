import type { SyncStatus } from '../../../domain/contract.ts';
import { useSyncStatusQuery } from './kuva-api.ts';

/**
 * One part of the sync status (a primitive: a flag, a count). The component re-renders when that
 * part changes, not at every status: an idle desk gets two every sync (pulling, then idle with the
 * new time), and a whole workspace rendered again each time for a dot in the status bar.
 */
export function useSyncStatusPart<T extends string | number | boolean | null>(pick: (status: SyncStatus | undefined) => T): T {
  return useSyncStatusQuery(undefined, { selectFromResult: ({ data }) => ({ part: pick(data) }) }).part;
}

/** A first download is running: an empty list means "not here yet", not "nothing matches". */
export const useDownloading = (): boolean => useSyncStatusPart((s) => Boolean(s?.bootstrap));

/** The desk cannot reach the central (work is kept here and sent later). */
export const useOffline = (): boolean => useSyncStatusPart((s) => s?.connection === 'offline');
