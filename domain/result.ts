import type { ErrorCode } from './errors.ts';

/** What crosses every boundary (IPC, browser host, central): data, never a thrown error. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** Structured extras a screen can show (for example the server's current state on a conflict). */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): { ok: false; error: AppError } {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}
