import { describe, expect, it } from 'vitest';
import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import type { Caller, CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { createStore } from '../store/store.ts';
import { signedIn } from '../store/window-slice.ts';
import { asAppError, kuvaBaseQuery } from './base-query.ts';

// The bridge is an interface: this one answers by method name like a host would.
function bridge(answer: (method: string, input: unknown, caller?: Caller) => unknown): KuvaApi {
  return {
    invoke: (async (method: string, input: unknown, caller?: Caller) => answer(method, input, caller)) as KuvaApi['invoke'],
    onEvent: (_l: (e: CoreEvent) => void) => () => {},
  };
}

const AINO: StaffUser = { id: 'user-aino', name: 'Aino Virtanen', roles: ['berth_handler'], grants: [] };
const EERO: StaffUser = { id: 'user-eero', name: 'Eero Lindqvist', roles: ['berth_handler'], grants: [] };

/** A real store with this window showing Aino, as RTK Query hands it to a base query. */
function windowOfAino(): { store: ReturnType<typeof createStore>; api: BaseQueryApi } {
  const store = createStore();
  store.dispatch(signedIn({ user: AINO, username: 'aino' }));
  return { store, api: { getState: store.getState, dispatch: store.dispatch } as unknown as BaseQueryApi };
}

describe('kuvaBaseQuery', () => {
  it('turns an ok Result into data and passes method, input and the shown user through', async () => {
    const seen: unknown[] = [];
    const bq = kuvaBaseQuery(() =>
      bridge((method, input, caller) => {
        seen.push([method, input, caller]);
        return { ok: true, value: { total: 3, rows: [] } };
      }),
    );
    const r = await bq({ method: 'berths.listApplications', input: { offset: 0 } }, windowOfAino().api, {});
    expect(r).toEqual({ data: { total: 3, rows: [] } });
    expect(seen).toEqual([['berths.listApplications', { offset: 0 }, { userId: 'user-aino' }]]);
  });

  it('turns a failed Result into the AppError', async () => {
    const bq = kuvaBaseQuery(() => bridge(() => ({ ok: false, error: { code: 'berth_taken', message: 'taken' } })));
    expect(await bq({ method: 'berths.offerBerth', input: {} }, windowOfAino().api, {})).toEqual({ error: { code: 'berth_taken', message: 'taken' } });
  });

  it('locks the window when the core says another user is signed in now', async () => {
    const { store, api } = windowOfAino();
    const bq = kuvaBaseQuery(() => bridge(() => ({ ok: false, error: { code: 'session_changed', message: 'x', details: { user: EERO } } })));
    await bq({ method: 'berths.addNote', input: {} }, api, {});
    expect(store.getState().window.locked).toEqual({ now: EERO, pending: null });
    expect(store.getState().window.shown).toEqual(AINO);
  });

  it('turns a throwing bridge into an internal error', async () => {
    const bq = kuvaBaseQuery(() =>
      bridge(() => {
        throw new Error('boom');
      }),
    );
    expect(await bq({ method: 'sync.status', input: {} }, windowOfAino().api, {})).toEqual({ error: { code: 'internal', message: 'boom' } });
  });

  it('reports a missing bridge as an error', async () => {
    const r = await kuvaBaseQuery(() => null)({ method: 'sync.status', input: {} }, windowOfAino().api, {});
    expect('error' in r && r.error?.code).toBe('internal');
  });
});

describe('asAppError', () => {
  it('keeps AppErrors and wraps anything else', () => {
    expect(asAppError({ code: 'forbidden', message: 'no' })).toEqual({ code: 'forbidden', message: 'no' });
    expect(asAppError(new Error('x'))).toEqual({ code: 'internal', message: 'x' });
    expect(asAppError(undefined)).toBeNull();
  });
});
