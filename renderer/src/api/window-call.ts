import type { KuvaApi, Method, SyncStatus } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { callerOf, screenLockChanged, sessionChanged } from '../store/window-slice.ts';

/** The slice of a store (or of RTK Query's BaseQueryApi) a window call needs. */
export interface WindowStore {
  getState(): unknown;
  dispatch(action: unknown): unknown;
}

interface StateWithStatus {
  window: Parameters<typeof callerOf>[0]['window'];
  kuva?: { queries?: Record<string, { endpointName?: string; data?: unknown } | undefined> };
}

/** The shown user's unsent changes as this window last saw them (its cached sync status). */
export function knownPending(state: unknown): number | null {
  const queries = Object.values((state as StateWithStatus).kuva?.queries ?? {});
  const status = queries.find((q) => q?.endpointName === 'syncStatus')?.data as SyncStatus | undefined;
  return status ? status.pendingCommands : null;
}

/**
 * A call as this window makes it: it carries the user the window shows, and a refusal because
 * another user is signed in now locks the window at once (whatever part of the screen called).
 */
export async function windowInvoke(kuva: KuvaApi, store: WindowStore, method: Method, input: unknown): Promise<Result<unknown>> {
  const state = store.getState() as StateWithStatus;
  let result: Result<unknown>;
  try {
    result = await kuva.invoke(method, input as never, callerOf(state));
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
  }
  if (!result.ok && result.error.code === 'session_changed') {
    const details = result.error.details as { user?: StaffUser | null } | undefined;
    store.dispatch(sessionChanged({ user: details?.user ?? null, pending: knownPending(store.getState()) }));
  }
  // The screen locked while this window was not listening (asleep, reloading): it shows the lock now.
  if (!result.ok && result.error.code === 'screen_locked') store.dispatch(screenLockChanged({ locked: true, userId: state.window.shown?.id }));
  return result;
}
