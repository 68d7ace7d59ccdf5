import type { SyncStatus } from '../../../domain/contract.ts';

/**
 * Which of two statuses to keep. A call's answer and the event stream travel on different
 * connections and can overtake each other; the core numbers every status it hands out, so an
 * older one that arrives late never hides a newer one (a lost "sign in again" banner).
 */
export function newerStatus(current: SyncStatus, incoming: SyncStatus): SyncStatus {
  return (incoming.revision ?? 0) >= (current.revision ?? 0) ? incoming : current;
}

/** Whether a status is about the user this window shows (a window never shows another's counts). */
export function statusIsFor(status: SyncStatus, shownUserId: string | null | undefined): boolean {
  return shownUserId != null && (status.userId === undefined || status.userId === shownUserId);
}
