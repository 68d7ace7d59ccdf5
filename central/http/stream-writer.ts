import type { Writable } from 'node:stream';

export class ReaderStalledError extends Error {
  constructor(stallMs: number) {
    super(`The reader took nothing for ${Math.round(stallMs / 1000)} s.`);
    this.name = 'ReaderStalledError';
  }
}

/** A page goes out in slices, so what one connection holds unsent stays near `aheadBytes`. */
const SLICE_CHARS = 64 * 1024;

/** Where the slice from `at` ends: never between the two halves of a surrogate pair. */
function sliceEnd(text: string, at: number): number {
  const end = at + SLICE_CHARS;
  if (end >= text.length) return text.length;
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/**
 * Writes with backpressure: at most `aheadBytes` (plus one slice) waits in this process for the
 * reader. While it waits, the reader must keep taking bytes: one that takes nothing for `stallMs`
 * is cut off, and everything the connection held is freed. (Node reports progress per completed
 * socket write, so a reader must take about `aheadBytes` per `stallMs` to count as reading.)
 */
export function backpressuredWriter(raw: Writable, limits: { aheadBytes: number; stallMs: number }): (chunk: string) => Promise<void> {
  const gone = () => new Error('The client went away.');

  const drained = () =>
    new Promise<void>((resolve, reject) => {
      // What is still unsent shrinks only as the reader takes bytes: nothing is added while we wait.
      let unsent = raw.writableLength;
      const check = setInterval(() => {
        const now = raw.writableLength;
        if (now < unsent) {
          unsent = now;
          return;
        }
        done(new ReaderStalledError(limits.stallMs));
        raw.destroy();
      }, limits.stallMs);
      const done = (error?: Error) => {
        clearInterval(check);
        raw.off('drain', onDrain);
        raw.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(gone());
      raw.once('drain', onDrain);
      raw.once('close', onClose);
    });

  /** Resolves when the reader has room for more; rejects when it went away or stalled. */
  return async (chunk) => {
    for (let at = 0; at < chunk.length; ) {
      if (raw.destroyed) throw gone();
      const end = sliceEnd(chunk, at);
      raw.write(at === 0 && end === chunk.length ? chunk : chunk.slice(at, end));
      at = end;
      if (raw.writableLength >= limits.aheadBytes) await drained();
    }
  };
}
