/**
 * Where the city-API adapters get their JSON: the real API over HTTP, or the recorded samples the
 * project ships. Both answer the same paths with the same bodies, so the adapters' reading and
 * normalising code is one code path whichever is configured.
 */

export type AdapterErrorCode =
  /** No answer: refused connection, DNS, timeout. */
  | 'unreachable'
  /** An HTTP status other than 2xx (404 included: the id is unknown to the API). */
  | 'http_status'
  /** The body was not JSON. */
  | 'not_json'
  /** JSON, but not the shape the adapter reads; `details` names the fields. */
  | 'bad_payload'
  /** The adapter was asked something it cannot answer (for example an inverted date range). */
  | 'bad_request';

export interface AdapterError {
  code: AdapterErrorCode;
  /** One sentence naming the API and what went wrong, for logs and the operator. */
  message: string;
  details?: unknown;
}

export type AdapterResult<T> = { ok: true; value: T } | { ok: false; error: AdapterError };

export const adapterOk = <T>(value: T): AdapterResult<T> => ({ ok: true, value });
export const adapterFail = (code: AdapterErrorCode, message: string, details?: unknown): { ok: false; error: AdapterError } =>
  details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };

export interface JsonSource {
  /** What the source is, for messages: the base URL or "recorded samples". */
  readonly label: string;
  /** `path` starts with a slash and may carry a query string. */
  get(path: string): Promise<AdapterResult<unknown>>;
}

/** How much of an error answer is kept in the message. */
const ANSWER_KEPT = 200;

/** An answer larger than this is not read to the end: these APIs answer kilobytes. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

/** The body as text, or null when it runs past `maxBytes` (the rest is not read). */
async function cappedText(res: Response, maxBytes: number): Promise<string | null> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** A real city API: GET `${baseUrl}${path}` with a timeout, never following redirects silently. */
export function httpJsonSource(baseUrl: string, options: { timeoutMs?: number; maxBytes?: number; apiName: string }): JsonSource {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    label: base,
    async get(path) {
      // A paginated answer names its next page by absolute URL; only this API's own are followed.
      const absolute = /^https?:\/\//.test(path);
      if (absolute && !path.startsWith(`${base}/`)) return adapterFail('bad_payload', `${options.apiName} at ${base} pointed to a page elsewhere: ${path.slice(0, ANSWER_KEPT)}`);
      const url = absolute ? path : `${base}${path}`;
      let res: Response;
      try {
        res = await fetch(url, {
          headers: { accept: 'application/json' },
          redirect: 'error',
          signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
        });
      } catch (error) {
        const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
        return adapterFail('unreachable', `${options.apiName} at ${base} did not answer: ${reason}`);
      }
      const maxBytes = options.maxBytes ?? MAX_ANSWER_BYTES;
      const text = await cappedText(res, maxBytes).catch(() => '');
      if (text === null) return adapterFail('bad_payload', `${options.apiName} answered GET ${path} with more than ${maxBytes} bytes; it was not read.`);
      if (!res.ok) return adapterFail('http_status', `${options.apiName} answered ${res.status} to GET ${path}: ${text.slice(0, ANSWER_KEPT)}`, { status: res.status });
      try {
        return adapterOk(JSON.parse(text) as unknown);
      } catch {
        return adapterFail('not_json', `${options.apiName} answered GET ${path} with something that is not JSON: ${text.slice(0, ANSWER_KEPT)}`);
      }
    },
  };
}

/** The recorded samples behind the same interface; `answer` returns undefined for an unknown path. */
export function recordedJsonSource(apiName: string, answer: (path: string) => unknown): JsonSource {
  return {
    label: 'recorded samples',
    async get(path) {
      const body = answer(path);
      if (body === undefined) return adapterFail('http_status', `${apiName} (recorded samples) has no answer for GET ${path}.`, { status: 404 });
      return adapterOk(body);
    },
  };
}
