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
 * `out` is the response, or the compressor in front of it: its input shrinks only as the reader
 * takes the output.
 */
export function backpressuredWriter(out: Writable, limits: { aheadBytes: number; stallMs: number }): (chunk: string) => Promise<void> {
  const gone = () => new Error('The client went away.');

  const drained = () =>
    new Promise<void>((resolve, reject) => {
      // What is still unsent shrinks only as the reader takes bytes: nothing is added while we wait.
      let unsent = out.writableLength;
      const check = setInterval(() => {
        const now = out.writableLength;
        if (now < unsent) {
          unsent = now;
          return;
        }
        done(new ReaderStalledError(limits.stallMs));
        out.destroy();
      }, limits.stallMs);
      const done = (error?: Error) => {
        clearInterval(check);
        out.off('drain', onDrain);
        out.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(gone());
      out.once('drain', onDrain);
      out.once('close', onClose);
    });

  /** Resolves when the reader has room for more; rejects when it went away or stalled. */
  return async (chunk) => {
    for (let at = 0; at < chunk.length; ) {
      if (out.destroyed) throw gone();
      const end = sliceEnd(chunk, at);
      out.write(at === 0 && end === chunk.length ? chunk : chunk.slice(at, end));
      at = end;
      if (out.writableLength >= limits.aheadBytes) await drained();
    }
  };
}
