import { afterEach, describe, expect, it } from 'vitest';
import type { Caller, CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { createStore } from '../store/store.ts';
import { signedIn } from '../store/window-slice.ts';
import { startEventPump } from './event-pump.ts';
import { kuvaApi } from './kuva-api.ts';
import { syncStatus } from './sync-status.test-support.ts';

const AINO: StaffUser = { id: 'user-aino', name: 'Aino Virtanen', roles: ['berth_handler'], grants: [] };
const EERO: StaffUser = { id: 'user-eero', name: 'Eero Lindqvist', roles: ['berth_handler'], grants: [] };

const status = syncStatus;

/**
 * A bridge whose answers the test releases by hand and whose events it sends, so answers and
 * events can arrive in either order, as they do over two connections.
 */
function controlledBridge() {
  const listeners = new Set<(e: CoreEvent) => void>();
  const waiting: { method: string; caller?: Caller; resolve: (r: Result<unknown>) => void }[] = [];
  const api: KuvaApi = {
    invoke: ((method: string, _input: unknown, caller?: Caller) =>
      new Promise((resolve) => waiting.push({ method, ...(caller ? { caller } : {}), resolve }))) as KuvaApi['invoke'],
    onEvent(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { api, waiting, send: (e: CoreEvent) => listeners.forEach((l) => l(e)) };
}

/** A window showing Aino, with its store, event pump and sync status query running. */
async function ainosWindow() {
  const bridge = controlledBridge();
  (globalThis as { window?: unknown }).window = { kuva: bridge.api };
  const store = createStore();
  store.dispatch(signedIn({ user: AINO, username: 'aino' }));
  startEventPump(bridge.api, store);
  void store.dispatch(kuvaApi.endpoints.syncStatus.initiate());
  const cached = () => kuvaApi.endpoints.syncStatus.select()(store.getState());
  await expect.poll(() => bridge.waiting.length).toBe(1);
  bridge.waiting.shift()!.resolve({ ok: true, value: status({ revision: 1 }) });
  await expect.poll(() => cached().data?.revision).toBe(1);
  return { bridge, store, cached };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('the window’s sync status', () => {
  it('keeps a newer event when an older answer arrives after it (the lost "sign in again" banner)', async () => {
    const { bridge, store, cached } = await ainosWindow();
    // A refetch goes out and is answered from the state before the central refused the token...
    const refetch = store.dispatch(kuvaApi.endpoints.syncStatus.initiate(undefined, { forceRefetch: true }));
    await expect.poll(() => bridge.waiting.length).toBe(1);
    // ...but the event saying so overtakes that answer.
    bridge.send({ type: 'sync.status', status: status({ revision: 3, authExpired: true }) });
    await expect.poll(() => cached().data?.authExpired).toBe(true);
    bridge.waiting.shift()!.resolve({ ok: true, value: status({ revision: 2, authExpired: false }) });
    await refetch;
    expect(cached().data).toMatchObject({ revision: 3, authExpired: true });
  });

  it('carries the user the window shows on every call', async () => {
    const { bridge, store } = await ainosWindow();
    void store.dispatch(kuvaApi.endpoints.listConflicts.initiate());
    await expect.poll(() => bridge.waiting.at(-1)?.method).toBe('conflicts.list');
    expect(bridge.waiting.at(-1)?.caller).toEqual({ userId: AINO.id });
  });

  it('never shows another user’s status or events', async () => {
    const { bridge, store, cached } = await ainosWindow();
    bridge.send({ type: 'sync.status', status: status({ userId: EERO.id, revision: 9, pendingCommands: 4 }) });
    bridge.send({ type: 'command.settled', commandId: 'c1', commandType: 'berths.addNote', status: 'applied', userId: EERO.id });
    expect(cached().data).toMatchObject({ userId: AINO.id, pendingCommands: 1 });
    expect(store.getState().commands.byId).toEqual({});
  });

  it('locks when another user signs in, keeping what it knew of the shown user’s unsent work', async () => {
    const { bridge, store } = await ainosWindow();
    bridge.send({ type: 'session.changed', user: null });
    expect(store.getState().window.locked).toEqual({ now: null, pending: 1 });
    bridge.send({ type: 'session.changed', user: EERO });
    expect(store.getState().window.locked).toEqual({ now: EERO, pending: 1 });
    expect(store.getState().window.shown).toEqual(AINO);
    // Aino signs in again elsewhere: nothing stands between this window and her any more.
    bridge.send({ type: 'session.changed', user: AINO });
    expect(store.getState().window.locked).toBeNull();
  });

  it('says when the host is lost and asks again for everything once it is back', async () => {
    const { bridge, store } = await ainosWindow();
    bridge.send({ type: 'host.connection', state: 'lost', reason: 'unreachable' });
    expect(store.getState().window.host).toBe('lost');
    const revision = store.getState().ui.applicationsRevision;
    bridge.send({ type: 'host.connection', state: 'connected', resumed: true });
    expect(store.getState().window.host).toBe('up');
    expect(store.getState().ui.applicationsRevision).toBe(revision + 1);
    // The status is asked for again.
    await expect.poll(() => bridge.waiting.some((w) => w.method === 'sync.status')).toBe(true);
  });
});
