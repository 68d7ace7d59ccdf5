import type { BaseQueryFn } from '@reduxjs/toolkit/query';
import type { KuvaApi, Method } from '../../../domain/contract.ts';
import type { AppError } from '../../../domain/result.ts';

export interface KuvaCall {
  method: Method;
  input: unknown;
}

/**
 * RTK Query over window.kuva: a Result becomes `{ data }` or `{ error }` with the AppError as is,
 * so screens translate `error.code`. A bridge that throws (it should not) becomes `internal`.
 */
export function kuvaBaseQuery(getApi: () => KuvaApi | null | undefined): BaseQueryFn<KuvaCall, unknown, AppError> {
  return async ({ method, input }) => {
    const api = getApi();
    if (!api) return { error: { code: 'internal', message: 'No backend bridge (window.kuva) is installed.' } };
    try {
      const result = await api.invoke(method, input as never);
      return result.ok ? { data: result.value } : { error: result.error };
    } catch (err) {
      return { error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
    }
  };
}

/** Narrows whatever RTK Query hands a screen as an error to an AppError. */
export function asAppError(error: unknown): AppError | null {
  if (error == null) return null;
  if (typeof error === 'object' && 'code' in error && typeof (error as AppError).code === 'string') return error as AppError;
  return { code: 'internal', message: String((error as { message?: unknown }).message ?? error) };
}
