import { describe, expect, it } from 'vitest';
import type { BaseQueryApi } from '@reduxjs/toolkit/query';
import type { CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import { asAppError, kuvaBaseQuery } from './base-query.ts';

// The bridge is an interface: this one answers by method name like a host would.
function bridge(answer: (method: string, input: unknown) => unknown): KuvaApi {
  return {
    invoke: (async (method: string, input: unknown) => answer(method, input)) as KuvaApi['invoke'],
    onEvent: (_l: (e: CoreEvent) => void) => () => {},
  };
}

const apiStub = {} as BaseQueryApi;

describe('kuvaBaseQuery', () => {
  it('turns an ok Result into data and passes method and input through', async () => {
    const seen: unknown[] = [];
    const bq = kuvaBaseQuery(() =>
      bridge((method, input) => {
        seen.push([method, input]);
        return { ok: true, value: { total: 3, rows: [] } };
      }),
    );
    const r = await bq({ method: 'berths.listApplications', input: { offset: 0 } }, apiStub, {});
    expect(r).toEqual({ data: { total: 3, rows: [] } });
    expect(seen).toEqual([['berths.listApplications', { offset: 0 }]]);
  });

  it('turns a failed Result into the AppError', async () => {
    const bq = kuvaBaseQuery(() => bridge(() => ({ ok: false, error: { code: 'berth_taken', message: 'taken' } })));
    expect(await bq({ method: 'berths.offerBerth', input: {} }, apiStub, {})).toEqual({ error: { code: 'berth_taken', message: 'taken' } });
  });

  it('turns a throwing bridge into an internal error', async () => {
    const bq = kuvaBaseQuery(() =>
      bridge(() => {
        throw new Error('boom');
      }),
    );
    expect(await bq({ method: 'sync.status', input: {} }, apiStub, {})).toEqual({ error: { code: 'internal', message: 'boom' } });
  });

  it('reports a missing bridge as an error', async () => {
    const r = await kuvaBaseQuery(() => null)({ method: 'sync.status', input: {} }, apiStub, {});
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
