import type { Caller, CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import { HOST_EVENTS_PATH, HOST_KEY_HEADER, HOST_RPC_PATH, HOST_SILENCE_LIMIT_MS } from '../../../domain/host-protocol.ts';
import type { Result } from '../../../domain/result.ts';
import { createSseParser, reconnectDelay } from './sse.ts';

type Fetch = typeof globalThis.fetch;

export interface HostBridgeOptions {
  /** No byte on the event stream for this long (the host beats every few seconds): the host is lost. */
  silenceLimitMs?: number;
}

type LostReason = 'unreachable' | 'key_rejected';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The host answers 401/403 itself only when the key is wrong: it was started again with a new one. */
const keyRejected = (status: number) => status === 401 || status === 403;

/**
 * KuvaApi over HTTP to the browser host on the page's own origin: calls are POSTs to /rpc,
 * events a streamed Server-Sent Events response that is reopened whenever it drops. `base` is
 * empty in the page (same origin) and an absolute origin elsewhere.
 *
 * The bridge also watches its host: a stream that falls silent beyond the limit, cannot be
 * reopened, or a call that gets no answer makes it report `host.connection: lost` (once), and the
 * stream that opens again reports `connected` with `resumed`, so the window refetches what it
 * may have missed. Calls made meanwhile answer `host_unreachable`, never a raw exception.
 */
export function createHostBridge(secret: string, base = '', fetchImpl: Fetch = globalThis.fetch.bind(globalThis), options: HostBridgeOptions = {}): KuvaApi {
  const silenceLimitMs = options.silenceLimitMs ?? HOST_SILENCE_LIMIT_MS;
  const listeners = new Set<(event: CoreEvent) => void>();
  let loop: AbortController | null = null;
  /** The stream now open or opening; aborting it makes the loop check the host at once. */
  let connection: AbortController | null = null;
  let wake: (() => void) | null = null;
  let link: 'unknown' | 'up' | 'lost' = 'unknown';
  let everConnected = false;

  function emit(event: CoreEvent) {
    for (const l of [...listeners]) {
      try {
        l(event);
      } catch (err) {
        console.error('event listener failed', err);
      }
    }
  }

  function lose(reason: LostReason) {
    if (link === 'lost') return;
    link = 'lost';
    emit({ type: 'host.connection', state: 'lost', reason });
  }

  function connected() {
    const resumed = everConnected;
    everConnected = true;
    link = 'up';
    emit({ type: 'host.connection', state: 'connected', resumed });
  }

  /** A call got no answer: let the stream (when anyone listens) find out now whether the host is gone. */
  function checkHost() {
    connection?.abort();
    wake?.();
  }

  async function invoke(method: string, input: unknown, caller?: Caller): Promise<Result<never>> {
    const call = caller === undefined ? { method, input: input ?? {} } : { method, input: input ?? {}, caller: { userId: caller.userId } };
    let res: Response;
    try {
      res = await fetchImpl(`${base}${HOST_RPC_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HOST_KEY_HEADER]: secret },
        body: JSON.stringify(call),
      });
    } catch (err) {
      checkHost();
      return { ok: false, error: { code: 'host_unreachable', message: `The local host did not answer: ${String(err)}` } };
    }
    if (keyRejected(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, error: { code: 'host_key_rejected', message: `The local host refused this window's key (${res.status}).` } };
    }
    const body: unknown = await res.json().catch(() => null);
    if (isResult(body)) return body as Result<never>;
    return { ok: false, error: { code: 'internal', message: `The local host answered ${res.status}.` } };
  }

  /** Waits before the next attempt; a failed call cuts the wait short. */
  function pause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
      wake = done;
    });
  }

  /** One stream, from opening to its end. Answers whether it opened, and why it ended if it failed. */
  async function streamOnce(signal: AbortSignal): Promise<{ opened: boolean; lost: LostReason | null }> {
    const conn = new AbortController();
    connection = conn;
    const stop = () => conn.abort();
    signal.addEventListener('abort', stop, { once: true });
    let silent = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    // Also bounds the wait for the answer itself: a hung host accepts connections but says nothing.
    // A thread that was busy past the limit (a long task, a loaded machine) runs its due timers
    // before it reads what came meanwhile: silence counts only after one more turn has read it.
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        watchdog = setTimeout(() => {
          silent = true;
          conn.abort();
        }, 0);
      }, silenceLimitMs);
    };
    let opened = false;
    try {
      arm();
      const res = await fetchImpl(`${base}${HOST_EVENTS_PATH}`, {
        headers: { [HOST_KEY_HEADER]: secret, accept: 'text/event-stream' },
        signal: conn.signal,
        cache: 'no-store',
      });
      if (keyRejected(res.status)) return { opened, lost: 'key_rejected' };
      if (!res.ok || !res.body) return { opened, lost: 'unreachable' };
      opened = true;
      arm();
      connected();
      const parser = createSseParser((data) => {
        try {
          emit(JSON.parse(data) as CoreEvent);
        } catch {
          // A malformed event is dropped; the next sync.status event restores the picture.
        }
      });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        arm();
        parser.push(value);
      }
      return { opened, lost: null };
    } catch {
      // A stream that was open and broke gets one quick reopening before the host counts as lost.
      return { opened, lost: silent || !opened ? 'unreachable' : null };
    } finally {
      clearTimeout(watchdog);
      signal.removeEventListener('abort', stop);
      if (connection === conn) connection = null;
    }
  }

  async function stream(signal: AbortSignal) {
    let attempt = 0;
    while (!signal.aborted) {
      const { opened, lost } = await streamOnce(signal);
      if (signal.aborted) return;
      if (opened) attempt = 0;
      if (lost) lose(lost);
      await pause(reconnectDelay(attempt++), signal);
    }
  }

  return {
    invoke: invoke as KuvaApi['invoke'],
    onEvent(listener) {
      listeners.add(listener);
      if (!loop) {
        loop = new AbortController();
        void stream(loop.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && loop) {
          loop.abort();
          loop = null;
        }
      };
    },
  };
}
