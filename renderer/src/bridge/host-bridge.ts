import type { CoreEvent, KuvaApi } from '../../../domain/contract.ts';
import { HOST_EVENTS_PATH, HOST_KEY_HEADER, HOST_RPC_PATH } from '../../../domain/host-protocol.ts';
import type { Result } from '../../../domain/result.ts';
import { createSseParser, reconnectDelay } from './sse.ts';

type Fetch = typeof globalThis.fetch;

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * KuvaApi over HTTP to the browser host on the page's own origin: calls are POSTs to /rpc,
 * events a streamed Server-Sent Events response that is reopened whenever it drops. `base` is
 * empty in the page (same origin) and an absolute origin elsewhere.
 */
export function createHostBridge(secret: string, base = '', fetchImpl: Fetch = globalThis.fetch.bind(globalThis)): KuvaApi {
  const listeners = new Set<(event: CoreEvent) => void>();
  let abort: AbortController | null = null;

  async function invoke(method: string, input: unknown): Promise<Result<never>> {
    try {
      const res = await fetchImpl(`${base}${HOST_RPC_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [HOST_KEY_HEADER]: secret },
        body: JSON.stringify({ method, input: input ?? {} }),
      });
      const body: unknown = await res.json().catch(() => null);
      if (isResult(body)) return body as Result<never>;
      return { ok: false, error: { code: res.status === 401 || res.status === 403 ? 'unauthorized' : 'internal', message: `The local host answered ${res.status}.` } };
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: `The local host did not answer: ${String(err)}` } };
    }
  }

  function emit(event: CoreEvent) {
    for (const l of [...listeners]) {
      try {
        l(event);
      } catch (err) {
        console.error('event listener failed', err);
      }
    }
  }

  async function stream(controller: AbortController) {
    let attempt = 0;
    while (!controller.signal.aborted) {
      try {
        const res = await fetchImpl(`${base}${HOST_EVENTS_PATH}`, {
          headers: { [HOST_KEY_HEADER]: secret, accept: 'text/event-stream' },
          signal: controller.signal,
          cache: 'no-store',
        });
        if (!res.ok || !res.body) throw new Error(`events answered ${res.status}`);
        attempt = 0;
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
          parser.push(value);
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, reconnectDelay(attempt++)));
    }
  }

  return {
    invoke: invoke as KuvaApi['invoke'],
    onEvent(listener) {
      listeners.add(listener);
      if (!abort) {
        abort = new AbortController();
        void stream(abort);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && abort) {
          abort.abort();
          abort = null;
        }
      };
    },
  };
}
