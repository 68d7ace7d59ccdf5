import type { AppError } from '../../../domain/result.ts';

/** How long to wait before trying again, as the sign-in form says it: seconds, else whole minutes. */
export function retryWait(error: AppError | null): { key: 'login.retryInSeconds' | 'login.retryInMinutes'; count: number } | null {
  const details = error?.details as { retryAfterSeconds?: unknown } | undefined;
  const seconds = details?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  return seconds < 60 ? { key: 'login.retryInSeconds', count: Math.ceil(seconds) } : { key: 'login.retryInMinutes', count: Math.ceil(seconds / 60) };
}
