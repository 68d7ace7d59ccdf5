import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { PRIVATE_FILE_MODE } from '../db/private-files.ts';

/** Compressed in slices this big: memory stays bounded however long an entry is. */
const SLICE_BYTES = 256 * 1024;
const MAX_ZIP32 = 0xffff_ffff;

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

export interface ZipWriter {
  /** Starts the next entry; the one before must have been ended. */
  begin(name: string): void;
  write(text: string): void;
  end(): void;
  /** Writes the central directory and closes the file; answers its size in bytes. */
  finish(): number;
  /** Closes the file without finishing it (the caller removes it). */
  abort(): void;
}

/**
 * A synchronous, streaming ZIP writer on node:zlib alone (no npm package): each entry is deflated
 * slice by slice, every slice but the last ended with a sync flush, so the slices join into one
 * valid deflate stream while only one slice is ever in memory. Sizes and CRC follow each entry in
 * a data descriptor. Synchronous on purpose: an export runs in one turn of the core's thread, so
 * no sync can change the cache halfway through a file.
 */
export function createZipWriter(file: string, now: Date): ZipWriter {
  const fd = openSync(file, 'wx', PRIVATE_FILE_MODE);
  const done: Written[] = [];
  const { time, date } = dosTime(now);
  let offset = 0;
  let current: Written | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const out = (buffer: Buffer) => {
    let at = 0;
    while (at < buffer.length) at += writeSync(fd, buffer, at);
    offset += buffer.length;
  };

  const flush = (last: boolean) => {
    const entry = current!;
    const raw = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    entry.crc = crc32(raw, entry.crc);
    entry.size += raw.length;
    const packed = deflateRawSync(raw, { finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    entry.compressed += packed.length;
    if (entry.size > MAX_ZIP32 || offset + packed.length > MAX_ZIP32) throw new Error('The file would exceed 4 GiB.');
    out(packed);
  };

  return {
    begin(name) {
      if (current) throw new Error('The previous ZIP entry is not ended.');
      current = { name: Buffer.from(name, 'utf8'), offset, crc: 0, compressed: 0, size: 0 };
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 names
      header.writeUInt16LE(8, 8); // deflate
      header.writeUInt16LE(time, 10);
      header.writeUInt16LE(date, 12);
      header.writeUInt16LE(current.name.length, 26);
      out(Buffer.concat([header, current.name]));
    },
    write(text) {
      if (!current) throw new Error('No ZIP entry is open.');
      const bytes = Buffer.from(text, 'utf8');
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= SLICE_BYTES) flush(false);
    },
    end() {
      if (!current) throw new Error('No ZIP entry is open.');
      flush(true);
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(current.crc >>> 0, 4);
      descriptor.writeUInt32LE(current.compressed, 8);
      descriptor.writeUInt32LE(current.size, 12);
      out(descriptor);
      done.push(current);
      current = null;
    },
    finish() {
      if (current) throw new Error('The last ZIP entry is not ended.');
      const start = offset;
      for (const entry of done) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(20, 4);
        header.writeUInt16LE(20, 6);
        header.writeUInt16LE(0x0808, 8);
        header.writeUInt16LE(8, 10);
        header.writeUInt16LE(time, 12);
        header.writeUInt16LE(date, 14);
        header.writeUInt32LE(entry.crc >>> 0, 16);
        header.writeUInt32LE(entry.compressed, 20);
        header.writeUInt32LE(entry.size, 24);
        header.writeUInt16LE(entry.name.length, 28);
        header.writeUInt32LE(entry.offset, 42);
        out(Buffer.concat([header, entry.name]));
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(done.length, 8);
      end.writeUInt16LE(done.length, 10);
      end.writeUInt32LE(offset - start, 12);
      end.writeUInt32LE(start, 16);
      out(end);
      closeSync(fd);
      return offset;
    },
    abort() {
      closeSync(fd);
    },
  };
}

/** MS-DOS date and time fields (local wall time, 2-second steps), as ZIP stores them. */
function dosTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getFullYear());
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}
