import type { AppError } from '../../../domain/result.ts';
import { asAppError } from './base-query.ts';

/** A mutation's answer as the dialogs take it: null when it was queued, else the error to show. */
export function commandError(r: { error?: unknown }): AppError | null {
  return 'error' in r && r.error ? (asAppError(r.error) ?? { code: 'internal', message: 'Unknown error' }) : null;
}
