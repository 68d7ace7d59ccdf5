import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptsZstd, streamBody } from './stream-encoding.ts';
import { backpressuredWriter, ReaderStalledError } from './stream-writer.ts';

describe('acceptsZstd', () => {
  it('takes zstd when listed with no weight or a weight above zero', () => {
    for (const h of ['zstd', 'gzip, zstd', 'ZSTD;q=0.5', 'br;q=1, zstd ; q=0.1', ['gzip', 'zstd']]) expect(acceptsZstd(h)).toBe(true);
    for (const h of [undefined, '', 'gzip, deflate', 'zstd;q=0', 'zstd;q=0.0', 'xzstd', '*']) expect(acceptsZstd(h)).toBe(false);
  });
});

describe('a compressed stream to a reader that stops reading', () => {
  let server: Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** Writes incompressible pages through the compressor until the writer gives up; what it gave up with. */
  async function writeUntilRefused(stallMs: number, client: (port: number) => net.Socket): Promise<{ error: unknown; destroyed: boolean; sent: number }> {
    let socket: net.Socket | null = null;
    const outcome = new Promise<{ error: unknown; destroyed: boolean; sent: number }>((resolve) => {
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-encoding': 'zstd' });
        const body = streamBody(res, true);
        const write = backpressuredWriter(body.out, { aheadBytes: 64 * 1024, stallMs });
        void (async () => {
          let sent = 0;
          try {
            // Random text: compressed, it is still about as large, so the socket buffers fill.
            for (;;) {
              await write(randomBytes(192 * 1024).toString('base64') + '\n');
              body.flush();
              sent++;
            }
          } catch (error) {
            await new Promise((r) => setImmediate(r));
            resolve({ error, destroyed: res.destroyed, sent });
          }
        })();
      });
      server.listen(0, '127.0.0.1', () => {
        socket = client((server!.address() as AddressInfo).port);
      });
    });
    try {
      return await outcome;
    } finally {
      (socket as net.Socket | null)?.destroy();
    }
  }

  const request = (port: number) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nAccept-Encoding: zstd\r\nConnection: close\r\n\r\n');
    return socket;
  };

  it('cuts a reader that takes nothing for the stall timeout and breaks its connection', async () => {
    const got = await writeUntilRefused(300, (port) => {
      const socket = request(port);
      socket.once('data', () => socket.pause());
      return socket;
    });
    expect(got.error).toBeInstanceOf(ReaderStalledError);
    expect(got.destroyed).toBe(true);
  });

  it('stops writing when the reader goes away', async () => {
    // A stall timeout far beyond the test's own: only the reader's going away can end the writing.
    const got = await writeUntilRefused(10 * 60_000, (port) => {
      const socket = request(port);
      socket.once('data', () => socket.destroy());
      return socket;
    });
    expect(got.error).toBeInstanceOf(Error);
    expect(got.error).not.toBeInstanceOf(ReaderStalledError);
    expect(got.destroyed).toBe(true);
  });
});
