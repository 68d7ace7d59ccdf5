import type { z } from 'zod';
import {
  API_PREFIX,
  Change,
  DEFAULT_PULL_LIMIT,
  HealthResponse,
  LoginResponse,
  PullResponse,
  PushResponse,
  StreamEnd,
  StreamStart,
  type LoginRequest,
  type PushRequest,
} from '../../../domain/sync/protocol.ts';
import {
  failureFromStatus,
  failureFromThrown,
  garbled,
  unreachable,
  type CentralFailure,
  type CentralResult,
} from './central-failure.ts';
import { readLines } from './line-reader.ts';
import { rawDataText } from './raw-data-text.ts';
import { createSseParser } from '../../../domain/sync/sse.ts';
import { centralAddresses } from './central-addresses.ts';
import { asksCompressedDownload } from './download-compression.ts';
import type { DocumentRef } from '../../../domain/documents/document.ts';
import { documentDownloadPath, documentUploadPath, getDocument, putDocument, type DocumentUpload, type DownloadedDocument } from '../documents/document-http.ts';

export interface CentralClientOptions {
  /**
   * The central's address, or several (central-addresses.ts): centrals that share one database.
   * The first names the service (a profile belongs to it); the others are where the client turns
   * when the one it talks to stops answering.
   */
  baseUrl: string;
  /** Per request, for the whole answer of small calls and between chunks of streamed ones. */
  timeoutMs?: number;
  /** The streamed pull hands changes over in batches of this size. */
  streamBatchSize?: number;
  /**
   * Whether streamed downloads are asked for zstd-compressed. Unset: yes for a central on another
   * machine, no for one on this machine (download-compression.ts).
   */
  compressDownloads?: boolean;
}

/** A streamed change may carry its data's JSON text as it arrived (see raw-data-text.ts). */
export type StreamedChange = Change & { dataText?: string };

/** Called for each batch of a streamed pull; the last call carries the end line (and may be empty). */
export type StreamBatchHandler = (changes: StreamedChange[], end: StreamEnd | null) => void | Promise<void>;

/** Called once with the stream's start line (how many changes follow), before any batch. */
export type StreamStartHandler = (start: StreamStart) => void;

export interface CentralClient {
  /** The first address: the service a profile and its token belong to, whichever central answers. */
  readonly baseUrl: string;
  /** The address the next request goes to. */
  currentUrl(): string;
  health(): Promise<CentralResult<HealthResponse>>;
  login(request: LoginRequest): Promise<CentralResult<LoginResponse>>;
  logout(token: string): Promise<CentralResult<null>>;
  push(token: string, request: PushRequest, signal?: AbortSignal): Promise<CentralResult<PushResponse>>;
  pull(token: string, cursor: string | null, limit?: number, signal?: AbortSignal): Promise<CentralResult<PullResponse>>;
  /**
   * The streamed pull (NDJSON). Resolves after the end line was handed over. `onStart` hears the
   * start line, which is asked for only when it is given; a central that sends none (older than
   * it) is read all the same.
   */
  stream(token: string, cursor: string | null, onBatch: StreamBatchHandler, signal?: AbortSignal, onStart?: StreamStartHandler): Promise<CentralResult<StreamEnd>>;
  /**
   * Holds the events stream open and calls `onPoke` for every event until the server closes it,
   * the connection breaks, or `signal` aborts. `onOpen` runs once the server accepted the stream.
   */
  events(token: string, handlers: { onOpen?: () => void; onPoke: () => void }, signal: AbortSignal): Promise<CentralResult<null>>;
  /**
   * Stores a scan's bytes on the central under the id the desk chose (PUT /documents/:id):
   * idempotent, so a retry after a lost answer is harmless. Answers the ref as the central keeps
   * it; an answer about other content is a broken central (transient).
   */
  uploadDocument(token: string, upload: DocumentUpload, signal?: AbortSignal): Promise<CentralResult<DocumentRef>>;
  /** A document's bytes from the central (GET /documents/:id, audited there), with its type and name. */
  downloadDocument(token: string, id: string, signal?: AbortSignal): Promise<CentralResult<DownloadedDocument>>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_STREAM_BATCH = 10_000;
const FIRST_STREAM_BATCH = 1000;

const NDJSON = 'application/x-ndjson';

export function createCentralClient(options: CentralClientOptions): CentralClient {
  const addresses = centralAddresses(options.baseUrl);
  const baseUrl = addresses[0]!;
  let current = 0;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const batchSize = options.streamBatchSize ?? DEFAULT_STREAM_BATCH;

  /**
   * The address for one request, and what to do when it failed. A central that gave no answer
   * (refused, reset, timed out) or answered that it cannot serve (502-504, as a dying one or a proxy
   * in front of it does) is left for the next address; the sync engine's retry then goes there.
   * Only if no other request has moved on already, so two failures do not skip a live central.
   * Safe for every call: a push replayed on another central answers from the stored results.
   */
  const target = (path: string) => {
    const at = current;
    return {
      href: `${addresses[at]}${API_PREFIX}${path}`,
      failed(failure: CentralFailure): void {
        const gone = failure.status === null || failure.status >= 502;
        if (addresses.length > 1 && failure.kind === 'transient' && gone && current === at) current = (at + 1) % addresses.length;
      },
    };
  };
  const headers = (token: string | null, json: boolean): Record<string, string> => {
    const h: Record<string, string> = { accept: 'application/json' };
    if (json) h['content-type'] = 'application/json';
    if (token) h.authorization = `Bearer ${token}`;
    return h;
  };

  /** A request whose whole answer is one JSON document checked with `schema`. */
  async function call<S extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    token: string | null,
    body: unknown,
    schema: S | null,
    signal?: AbortSignal,
  ): Promise<CentralResult<z.output<S>>> {
    const t = target(path);
    const r = await answer(t.href, { method, path, token, body, schema, signal });
    if (!r.ok) t.failed(r.failure);
    return r;
  }

  async function answer<S extends z.ZodType>(
    href: string,
    { method, path, token, body, schema, signal }: { method: 'GET' | 'POST'; path: string; token: string | null; body: unknown; schema: S | null; signal?: AbortSignal | undefined },
  ): Promise<CentralResult<z.output<S>>> {
    let res: Response;
    let text: string;
    try {
      const init: RequestInit = { method, headers: headers(token, body !== undefined), signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs) };
      if (body !== undefined) init.body = JSON.stringify(body);
      res = await fetch(href, init);
      text = await res.text();
    } catch (err) {
      return { ok: false, failure: failureFromThrown(err, path, timeoutMs) };
    }
    if (!res.ok) return { ok: false, failure: failureFromStatus(res.status, text, path, res.headers.get('retry-after')) };
    if (schema === null) return { ok: true, value: null as z.output<S> };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, failure: garbled('an answer', `not JSON: ${text.slice(0, 80)}`, res.status) };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return { ok: false, failure: garbled('an answer', parsed.error.message, res.status) };
    return { ok: true, value: parsed.data };
  }

  /** Opens a streamed answer; the caller reads the body. `idle` restarts the inactivity timer. */
  async function open(
    path: string,
    token: string,
    accept: string,
    signal: AbortSignal | undefined,
    idleTimeoutMs: number | null,
  ): Promise<CentralResult<{ body: ReadableStream<Uint8Array>; idle: () => void; done: () => void; timedOut: () => boolean; failed: (failure: CentralFailure) => void }>> {
    const t = target(path);
    const r = await openAt(t.href, path, token, accept, signal, idleTimeoutMs);
    if (!r.ok) t.failed(r.failure);
    return r.ok ? { ok: true, value: { ...r.value, failed: t.failed } } : r;
  }

  async function openAt(
    href: string,
    path: string,
    token: string,
    accept: string,
    signal: AbortSignal | undefined,
    idleTimeoutMs: number | null,
  ): Promise<CentralResult<{ body: ReadableStream<Uint8Array>; idle: () => void; done: () => void; timedOut: () => boolean }>> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | null = null;
    let timedOut = false;
    let chunks = 0;
    let finished = false;
    const idle = () => {
      chunks++;
      if (timer) clearTimeout(timer);
      if (idleTimeoutMs === null) return;
      const seen = chunks;
      timer = setTimeout(() => {
        // A timer runs before the sockets are read: after this thread was busy for longer than the
        // timeout (a big batch written, a slow query), the bytes that came meanwhile are still
        // unread. Look once they are (setImmediate runs after the poll), and give up only if none came.
        setImmediate(() => {
          if (finished || chunks !== seen) return;
          timedOut = true;
          controller.abort(new DOMException('idle', 'TimeoutError'));
        });
      }, idleTimeoutMs);
      timer.unref?.();
    };
    const done = () => {
      finished = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    // The connect phase always has a deadline, even for the long-lived events stream.
    const connectTimer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('connect', 'TimeoutError'));
    }, timeoutMs);
    try {
      // Only the download: an events stream carries a few bytes at a time.
      const compressed = accept === NDJSON && asksCompressedDownload(href, options.compressDownloads);
      const res = await fetch(href, { headers: { ...headers(token, false), accept, ...(compressed ? { 'accept-encoding': 'zstd' } : {}) }, signal: controller.signal });
      clearTimeout(connectTimer);
      if (!res.ok) {
        const text = await res.text().catch(() => '');
        done();
        return { ok: false, failure: failureFromStatus(res.status, text, path, res.headers.get('retry-after')) };
      }
      if (!res.body) {
        done();
        return { ok: false, failure: garbled('an answer', 'no body', res.status) };
      }
      idle();
      return { ok: true, value: { body: res.body, idle, done, timedOut: () => timedOut } };
    } catch (err) {
      clearTimeout(connectTimer);
      done();
      return { ok: false, failure: failureFromThrown(err, path, timeoutMs) };
    }
  }

  return {
    baseUrl,
    currentUrl: () => addresses[current]!,

    health: () => call('GET', '/health', null, undefined, HealthResponse),

    login: (request) => call('POST', '/auth/login', null, request, LoginResponse),

    async logout(token) {
      // Logout answers whatever it likes (often 204 or `{}`); only the status matters.
      const r = await call('POST', '/auth/logout', token, {}, null);
      return r.ok ? { ok: true, value: null } : r;
    },

    async push(token, request, signal) {
      const r = await call('POST', '/sync/push', token, request, PushResponse, signal);
      if (!r.ok) return r;
      // Every answer must be about a command we sent; a foreign id is a broken central.
      const sent = new Set(request.commands.map((c) => c.id));
      const foreign = r.value.results.find((x) => !sent.has(x.id));
      if (foreign) return { ok: false, failure: garbled('a push answer', `result for unknown command ${foreign.id}`) };
      return r;
    },

    pull(token, cursor, limit = DEFAULT_PULL_LIMIT, signal) {
      const q = new URLSearchParams({ limit: String(limit) });
      if (cursor !== null) q.set('cursor', cursor);
      return call('GET', `/sync/pull?${q}`, token, undefined, PullResponse, signal);
    },

    async stream(token, cursor, onBatch, signal, onStart) {
      // The total costs the central a count of the range: asked only by a caller that shows it.
      const q = new URLSearchParams(onStart ? { total: '1' } : {});
      if (cursor !== null) q.set('cursor', cursor);
      const path = `/sync/stream?${q}`;
      const opened = await open(path, token, NDJSON, signal, timeoutMs);
      if (!opened.ok) return opened;
      const { body, idle, done, timedOut, failed } = opened.value;
      let batch: StreamedChange[] = [];
      let end: StreamEnd | null = null;
      let started = false;
      let count = 0;
      let failure: CentralFailure | null = null;
      // Applying a batch is synchronous SQLite work; awaiting keeps at most one batch in memory.
      let applying: Promise<void> = Promise.resolve();
      let applyFailed = false;
      const flush = () => {
        const out = batch;
        batch = [];
        applying = applying.then(() => onBatch(out, null));
        // Marks the rejection as handled now; `await applying` below still sees it.
        applying.catch(() => {
          applyFailed = true;
        });
      };
      try {
        await readLines(
          body,
          (line) => {
            if (applyFailed) return false;
            if (line.trim() === '') return true;
            if (end) {
              failure = garbled('a stream', 'data after the end line');
              return false;
            }
            let json: unknown;
            try {
              json = JSON.parse(line);
            } catch {
              failure = garbled('a stream', `a line that is not JSON: ${line.slice(0, 80)}`);
              return false;
            }
            if (typeof json === 'object' && json !== null && 'start' in json) {
              // Only before the first change, and only once.
              const s = StreamStart.safeParse(json);
              if (!s.success || started || count > 0) {
                failure = garbled('a stream', s.success ? 'a start line after the start' : s.error.message);
                return false;
              }
              started = true;
              onStart?.(s.data);
              return true;
            }
            if (typeof json === 'object' && json !== null && 'end' in json) {
              const e = StreamEnd.safeParse(json);
              if (!e.success) {
                failure = garbled('a stream', e.error.message);
                return false;
              }
              end = e.data;
              return true;
            }
            const c = Change.safeParse(json);
            if (!c.success) {
              failure = garbled('a stream', c.error.message);
              return false;
            }
            const dataText = c.data.op === 'put' ? rawDataText(line, json as object) : undefined;
            batch.push(dataText === undefined ? c.data : { ...c.data, dataText });
            count++;
            // Small batches first, so writing starts while the rest is still on its way.
            if (batch.length >= (count <= batchSize ? Math.min(FIRST_STREAM_BATCH, batchSize) : batchSize)) flush();
            return true;
          },
          idle,
        );
        await applying;
      } catch (err) {
        await applying.catch(() => undefined);
        done();
        if (err instanceof Error && !timedOut() && signal?.aborted) return { ok: false, failure: unreachable('The download was stopped.') };
        if (!(err instanceof Error) || !['TypeError', 'AbortError', 'TimeoutError'].includes(err.name)) throw err;
        const broken = failureFromThrown(err, path, timeoutMs);
        failed(broken);
        return { ok: false, failure: broken };
      }
      done();
      if (failure) return { ok: false, failure };
      const last = end as StreamEnd | null;
      if (!last) {
        const broken = unreachable('The download from the central broke off before its end.');
        failed(broken);
        return { ok: false, failure: broken };
      }
      if (last.count !== count) {
        return { ok: false, failure: garbled('a stream', `end line says ${last.count} changes, ${count} arrived`) };
      }
      await onBatch(batch, last);
      return { ok: true, value: last };
    },

    async uploadDocument(token, upload, signal) {
      const path = documentUploadPath(upload.ref, upload.purpose);
      const t = target(path);
      const r = await putDocument(t.href, path, token, upload, timeoutMs, signal);
      if (!r.ok) t.failed(r.failure);
      return r;
    },

    async downloadDocument(token, id, signal) {
      const path = documentDownloadPath(id);
      const t = target(path);
      const r = await getDocument(t.href, path, token, timeoutMs, signal);
      if (!r.ok) t.failed(r.failure);
      return r;
    },

    async events(token, handlers, signal) {
      const opened = await open('/sync/events', token, 'text/event-stream', signal, null);
      if (!opened.ok) return opened;
      const { body, done, failed } = opened.value;
      handlers.onOpen?.();
      const parse = createSseParser(() => handlers.onPoke());
      try {
        await readLines(body, (line) => {
          parse(line);
        });
      } catch (err) {
        done();
        if (signal.aborted) return { ok: true, value: null };
        const broken = failureFromThrown(err, '/sync/events', timeoutMs);
        failed(broken);
        return { ok: false, failure: broken };
      }
      done();
      // A stream the central closed is not a central gone: a restart or a limit. Stay with it.
      return signal.aborted ? { ok: true, value: null } : { ok: false, failure: unreachable('The central closed the events stream.') };
    },
  };
}

