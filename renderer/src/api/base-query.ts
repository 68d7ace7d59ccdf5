import type { BaseQueryFn } from '@reduxjs/toolkit/query';
import type { KuvaApi, Method } from '../../../domain/contract.ts';
import type { AppError } from '../../../domain/result.ts';
import { windowInvoke, type WindowStore } from './window-call.ts';

export interface KuvaCall {
  method: Method;
  input: unknown;
}

/**
 * RTK Query over window.kuva: a Result becomes `{ data }` or `{ error }` with the AppError as is,
 * so screens translate `error.code`. Every call says which user this window shows; a bridge that
 * throws (it should not) becomes `internal`.
 */
export function kuvaBaseQuery(getApi: () => KuvaApi | null | undefined): BaseQueryFn<KuvaCall, unknown, AppError> {
  return async ({ method, input }, api) => {
    const kuva = getApi();
    if (!kuva) return { error: { code: 'internal', message: 'No backend bridge (window.kuva) is installed.' } };
    const result = await windowInvoke(kuva, api as unknown as WindowStore, method, input);
    return result.ok ? { data: result.value } : { error: result.error };
  };
}

/** Narrows whatever RTK Query hands a screen as an error to an AppError. */
export function asAppError(error: unknown): AppError | null {
  if (error == null) return null;
  if (typeof error === 'object' && 'code' in error && typeof (error as AppError).code === 'string') return error as AppError;
  return { code: 'internal', message: String((error as { message?: unknown }).message ?? error) };
}
