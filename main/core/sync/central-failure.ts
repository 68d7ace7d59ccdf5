import { z } from 'zod';
import type { ErrorCode } from '../../../domain/errors.ts';
import { ApiError } from '../../../domain/sync/protocol.ts';

/**
 * Why a call to the central did not give a usable answer. The sync engine decides what to do from
 * `kind` alone; `code` and `message` are what a user may see.
 */
export type FailureKind =
  /** Unreachable, timed out, 5xx, 429 elsewhere, cut off mid-answer, or an answer that breaks the protocol: retry later. */
  | 'transient'
  /** 401 on anything but login: the token is no longer accepted. */
  | 'auth'
  /** 401 on login. */
  | 'invalid_credentials'
  /** 429 on login: too many attempts for this user or from this address; `retryAfterSeconds` says when. */
  | 'throttled'
  /** 403: the role may not do this; on push `commandIds` names the commands. */
  | 'forbidden'
  /** 400 / 413: the request itself is wrong; sending it again will not help. */
  | 'malformed'
  /** 409 resync_required: the read model must be rebuilt from scratch. */
  | 'resync'
  /** Any other refusal (404 ...). */
  | 'other';

export interface CentralFailure {
  kind: FailureKind;
  code: ErrorCode;
  message: string;
  /** HTTP status when an answer arrived. */
  status: number | null;
  commandIds?: string[];
  /** From a 429 (or 503): how long the central asks us to wait. */
  retryAfterSeconds?: number;
}

export type CentralResult<T> = { ok: true; value: T } | { ok: false; failure: CentralFailure };

export function unreachable(message: string): CentralFailure {
  return { kind: 'transient', code: 'central_unreachable', message, status: null };
}

export function garbled(what: string, detail: string, status: number | null = null): CentralFailure {
  return {
    kind: 'transient',
    code: 'internal',
    message: `The central sent ${what} that does not follow the sync protocol: ${detail.slice(0, 300)}`,
    status,
  };
}

/** The body's `retryAfterSeconds`, else the Retry-After header in seconds (a proxy's 429 has only that). */
const RetryAfterBody = z.object({ error: z.object({ retryAfterSeconds: z.number().int().nonnegative() }) });

function retryAfter(json: unknown, header: string | null): number | undefined {
  const body = RetryAfterBody.safeParse(json);
  if (body.success) return body.data.error.retryAfterSeconds;
  const seconds = header === null ? NaN : Number(header.trim());
  return Number.isInteger(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Classifies a non-2xx answer; the body is whatever text came with it. */
export function failureFromStatus(status: number, bodyText: string, path: string, retryAfterHeader: string | null = null): CentralFailure {
  let json: unknown = null;
  let parsed: ApiError | null = null;
  try {
    json = JSON.parse(bodyText);
    const r = ApiError.safeParse(json);
    if (r.success) parsed = r.data;
  } catch {
    // not JSON: a proxy or a crash page; the status alone decides
  }
  const message = parsed?.error.message ?? `The central answered ${status} to ${path}.`;
  const serverCode = parsed?.error.code;
  if (status === 429) {
    const wait = retryAfter(json, retryAfterHeader);
    const extra = wait === undefined ? {} : { retryAfterSeconds: wait };
    // Any 429 on login means "not now": never "the central is unreachable".
    if (path.endsWith('/auth/login')) return { kind: 'throttled', code: 'too_many_attempts', message, status, ...extra };
    // Reachable, but busy with this user's other streams: retry later without calling it offline.
    if (serverCode === 'too_many_streams') return { kind: 'transient', code: 'too_many_streams', message, status, ...extra };
    return { kind: 'transient', code: 'central_unreachable', message, status, ...extra };
  }
  if (status >= 500 || status === 408) {
    return { kind: 'transient', code: 'central_unreachable', message, status };
  }
  if (status === 401) {
    return path.endsWith('/auth/login')
      ? { kind: 'invalid_credentials', code: 'invalid_credentials', message, status }
      : { kind: 'auth', code: 'unauthorized', message, status };
  }
  if (status === 403) {
    const f: CentralFailure = { kind: 'forbidden', code: 'forbidden', message, status };
    if (parsed?.error.commandIds) f.commandIds = parsed.error.commandIds;
    return f;
  }
  if (status === 409 && serverCode === 'resync_required') {
    return { kind: 'resync', code: 'resync_required', message, status };
  }
  if (status === 400) return { kind: 'malformed', code: 'bad_request', message, status };
  if (status === 413) return { kind: 'malformed', code: 'payload_too_large', message, status };
  if (status === 404) return { kind: 'other', code: 'not_found', message, status };
  return { kind: 'other', code: 'internal', message, status };
}

/** fetch throws on network trouble and on abort; both mean "not reachable now". */
export function failureFromThrown(err: unknown, path: string, timeoutMs: number): CentralFailure {
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return unreachable(`The central did not answer ${path} within ${Math.round(timeoutMs / 1000)} s.`);
  }
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return unreachable(`The central cannot be reached (${err instanceof Error ? err.message : String(err)}${cause}).`);
}
