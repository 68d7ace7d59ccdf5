import type { ServerResponse } from 'node:http';
import { pipeline, type Writable } from 'node:stream';
import { constants, createZstdCompress, type ZstdCompress } from 'node:zlib';

/**
 * Level 1: a first download's NDJSON shrinks about sevenfold (16.8 MB to 2.5 MB for the seeded
 * berths), at some 40 ms of the central's CPU per 33,000 rows, on zlib's thread pool rather than
 * the event loop. Higher levels save a few per cent more for several times the CPU.
 */
const ZSTD_LEVEL = 1;

/** Whether an Accept-Encoding header takes zstd (`zstd`, `zstd;q=0.5`; not `zstd;q=0`). */
export function acceptsZstd(header: string | string[] | undefined): boolean {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  return text.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding?.trim() !== 'zstd') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Where a streamed answer is written: the response itself, or a compressor in front of it. */
export interface StreamBody {
  out: Writable;
  /** Sends what is written so far (a compressor holds it back until a block fills otherwise). */
  flush(): void;
}

/**
 * A streamed answer's body, zstd-compressed when the client asked for it. The compressor and the
 * response are one pipeline: the client going away destroys the compressor (the writer waiting on
 * it sees the close), and destroying the compressor breaks the connection.
 */
export function streamBody(raw: ServerResponse, compress: boolean): StreamBody {
  if (!compress) return { out: raw, flush: () => {} };
  const zstd: ZstdCompress = createZstdCompress({ params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } });
  // pipeline destroys both on an error or an early close; the writer learns of it from the close.
  pipeline(zstd, raw, () => {});
  return { out: zstd, flush: () => zstd.flush() };
}
