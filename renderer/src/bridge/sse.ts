import { createSseParser as createLineParser } from '../../../domain/sync/sse.ts';

/** Feeds text chunks as they arrive into the shared line parser; calls back with each event's data. */
export function createSseParser(onData: (data: string) => void): { push(chunk: string): void } {
  let buffer = '';
  const line = createLineParser((event) => onData(event.data));
  return {
    push(chunk: string) {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    },
  };
}

/** Wait before the n-th reconnect (0-based): 0.5 s doubling up to 4 s; the host is on this machine, asking is cheap. */
export function reconnectDelay(attempt: number): number {
  return Math.min(4_000, 500 * 2 ** Math.max(0, attempt));
}
