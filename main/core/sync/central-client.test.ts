import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { zstdCompressSync } from 'node:zlib';
import type { Change } from '../../../domain/sync/protocol.ts';
import { MAX_DOCUMENT_BYTES, type DocumentRef } from '../../../domain/documents/document.ts';
import { transferTimeoutMs } from '../documents/document-http.ts';
import { startCentralProcess, type CentralProcess } from '../documents/testing/central-process.ts';
import { createCentralClient } from './central-client.ts';

/**
 * The client against a real HTTP server on 127.0.0.1 that answers the way a broken network or a
 * broken central would; the real central's good answers are covered in e2e/integration, its
 * document routes below (a central process of its own: the core may not import the central).
 */
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end();
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const CMD = '0b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11';
const push = { clientId: '5f2b3f3e-55a5-4c2b-9b1e-0c7f4d7b2a11', commands: [{ id: CMD, seq: 1, type: 'berths.addNote' as const, payload: {}, issuedAt: '2026-03-01T10:00:00+02:00' }] };
const change = (i: number): Change => ({ entity: 'harbour', id: `h${i}`, op: 'put', version: 1, data: { i } });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('central client', () => {
  it('classifies refusals and trouble by status', async () => {
    const client = createCentralClient({ baseUrl });
    const cases: [number, unknown, string, string][] = [
      [503, { error: { code: 'internal', message: 'db down' } }, 'transient', 'central_unreachable'],
      [401, { error: { code: 'unauthorized', message: 'expired' } }, 'auth', 'unauthorized'],
      [403, { error: { code: 'forbidden', message: 'no', commandIds: [CMD] } }, 'forbidden', 'forbidden'],
      [400, { error: { code: 'bad_request', message: 'bad' } }, 'malformed', 'bad_request'],
      [409, { error: { code: 'resync_required', message: 'again' } }, 'resync', 'resync_required'],
    ];
    for (const [status, body, kind, code] of cases) {
      handler = (_req, res) => json(res, status, body);
      const r = await client.push('t', push);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect([r.failure.kind, r.failure.code, r.failure.status]).toEqual([kind, code, status]);
      if (status === 403) expect(r.failure.commandIds).toEqual([CMD]);
    }
  });

  it('treats a 401 on login as wrong credentials and sends the bearer token elsewhere', async () => {
    let auth: string | undefined;
    handler = (req, res) => {
      auth = req.headers.authorization;
      json(res, 401, { error: { code: 'unauthorized', message: 'no' } });
    };
    const client = createCentralClient({ baseUrl });
    const login = await client.login({ username: 'aino', password: 'x' });
    expect(!login.ok && login.failure.kind).toBe('invalid_credentials');
    expect(auth).toBeUndefined();
    await client.pull('secret-token', null);
    expect(auth).toBe('Bearer secret-token');
  });

  it('turns a garbled answer into an error, not a crash', async () => {
    const client = createCentralClient({ baseUrl });
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>captive portal</html>');
    };
    const a = await client.pull('t', null);
    expect(!a.ok && a.failure.kind).toBe('transient');
    handler = (_req, res) => json(res, 200, { results: [{ id: CMD, status: 'exploded' }] });
    const b = await client.push('t', push);
    expect(!b.ok && b.failure.message).toMatch(/does not follow the sync protocol/);
    handler = (_req, res) => json(res, 200, { results: [{ id: '9b0d6f3e-55a5-4c2b-9b1e-0c7f4d7b2a11', status: 'applied' }] });
    const c = await client.push('t', push);
    expect(!c.ok && c.failure.message).toMatch(/unknown command/);
  });

  it('times out a central that does not answer, and reports an unreachable one', async () => {
    handler = () => undefined; // never answers
    const slow = await createCentralClient({ baseUrl, timeoutMs: 150 }).health();
    expect(!slow.ok && [slow.failure.kind, slow.failure.code]).toEqual(['transient', 'central_unreachable']);
    const gone = await createCentralClient({ baseUrl: 'http://127.0.0.1:9' }).health();
    expect(!gone.ok && [gone.failure.kind, gone.failure.code]).toEqual(['transient', 'central_unreachable']);
  });

  it('streams NDJSON in batches as it arrives and hands the end cursor with the last batch', async () => {
    let query = '';
    handler = (req, res) => {
      query = req.url ?? '';
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      // Lines split across chunks on purpose.
      const text = Array.from({ length: 25 }, (_, i) => JSON.stringify(change(i)) + '\n').join('') + JSON.stringify({ end: true, cursor: 'c25', count: 25 }) + '\n';
      let at = 0;
      const tick = () => {
        if (at >= text.length) return res.end();
        res.write(text.slice(at, at + 37));
        at += 37;
        setImmediate(tick);
      };
      tick();
    };
    const batches: [number, string | null][] = [];
    const r = await createCentralClient({ baseUrl, streamBatchSize: 10 }).stream('t', 'c0', (changes, end) => {
      batches.push([changes.length, end?.cursor ?? null]);
    });
    expect(r.ok && r.value.cursor).toBe('c25');
    expect(batches).toEqual([[10, null], [10, null], [5, 'c25']]);
    // No one listens for the start line here, so the central is not asked to count.
    expect(query).toBe('/api/v1/sync/stream?cursor=c0');
    await createCentralClient({ baseUrl }).stream('t', null, () => {}, undefined, () => {});
    expect(query).toBe('/api/v1/sync/stream?total=1');
  });

  it('hands over the start line with its total before any batch, and reads a stream without one too', async () => {
    const client = createCentralClient({ baseUrl, streamBatchSize: 10 });
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify(change(i)) + '\n').join('') + JSON.stringify({ end: true, cursor: 'c12', count: 12 }) + '\n';
    for (const withStart of [true, false]) {
      handler = (_req, res) => res.end((withStart ? JSON.stringify({ start: true, total: 12, entities: { application: 12 } }) + '\n' : '') + lines);
      const heard: string[] = [];
      const r = await client.stream(
        't',
        null,
        (changes, end) => {
          heard.push(`batch ${changes.length}${end ? ' end' : ''}`);
        },
        undefined,
        (start) => heard.push(`start ${start.total} ${JSON.stringify(start.entities)}`),
      );
      expect(r.ok).toBe(true);
      expect(heard).toEqual([...(withStart ? ['start 12 {"application":12}'] : []), 'batch 10', 'batch 2 end']);
    }
  });

  it('does not take a thread busier than the idle timeout for a silent central: what came meanwhile is read first', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.write(JSON.stringify({ start: true, total: 20 }) + '\n' + Array.from({ length: 10 }, (_, i) => JSON.stringify(change(i)) + '\n').join(''));
      // Due long before the client's idle timer, but it runs only once the busy client lets go.
      setTimeout(() => res.end(Array.from({ length: 10 }, (_, i) => JSON.stringify(change(10 + i)) + '\n').join('') + JSON.stringify({ end: true, cursor: 'c20', count: 20 }) + '\n'), 100);
    };
    let first = true;
    const r = await createCentralClient({ baseUrl, timeoutMs: 150, streamBatchSize: 10 }).stream('t', null, () => {
      if (!first) return;
      first = false;
      // Writing the first batch holds the thread four idle timeouts long.
      const until = performance.now() + 600;
      while (performance.now() < until);
    });
    expect(r.ok && r.value.count).toBe(20);
  });

  it('refuses a start line that is malformed, repeated or comes after a change', async () => {
    const client = createCentralClient({ baseUrl });
    const start = JSON.stringify({ start: true, total: 1 }) + '\n';
    const end = JSON.stringify({ end: true, cursor: 'x', count: 1 }) + '\n';
    const bodies = [
      JSON.stringify({ start: true, total: -1 }) + '\n' + JSON.stringify(change(1)) + '\n' + end,
      JSON.stringify({ start: true, total: 1, entities: { application: 'one' } }) + '\n' + JSON.stringify(change(1)) + '\n' + end,
      start + start + JSON.stringify(change(1)) + '\n' + end,
      JSON.stringify(change(1)) + '\n' + start + end,
    ];
    for (const body of bodies) {
      handler = (_req, res) => res.end(body);
      expect((await client.stream('t', null, () => {})).ok).toBe(false);
    }
  });

  it('refuses a stream that breaks off, miscounts or carries a bad line', async () => {
    const client = createCentralClient({ baseUrl });
    const bodies = [
      JSON.stringify(change(1)) + '\n', // no end line
      JSON.stringify(change(1)) + '\n' + JSON.stringify({ end: true, cursor: 'x', count: 2 }) + '\n',
      JSON.stringify({ entity: 'nonsense', id: 'a', op: 'put', version: 1 }) + '\n',
      '{not json\n',
    ];
    for (const body of bodies) {
      handler = (_req, res) => res.end(body);
      let endSeen = false;
      const r = await client.stream('t', null, (_c, end) => {
        if (end) endSeen = true;
      });
      expect(r.ok).toBe(false);
      expect(endSeen).toBe(false);
    }
  });

  it('stops reading and passes on the error when the cache cannot take a batch', async () => {
    handler = (_req, res) => {
      res.write(Array.from({ length: 30 }, (_, i) => JSON.stringify(change(i)) + '\n').join(''));
      res.end(JSON.stringify({ end: true, cursor: 'c', count: 30 }) + '\n');
    };
    let calls = 0;
    const client = createCentralClient({ baseUrl, streamBatchSize: 10 });
    await expect(
      client.stream('t', null, () => {
        calls++;
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(calls).toBe(1);
  });

  it('reads Server-Sent Events pokes with the bearer header until stopped', async () => {
    let auth: string | undefined;
    handler = (req, res) => {
      auth = req.headers.authorization;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('retry: 3000\n: hello\n\n');
      res.write('event: changes\ndata:\n\n');
      res.write('data: {}\n\n');
    };
    const controller = new AbortController();
    let pokes = 0;
    let opened = false;
    const done = createCentralClient({ baseUrl }).events(
      'tok',
      {
        onOpen: () => (opened = true),
        onPoke: () => {
          if (++pokes === 2) controller.abort();
        },
      },
      controller.signal,
    );
    const r = await done;
    expect(r.ok).toBe(true);
    expect([opened, pokes, auth]).toEqual([true, 2, 'Bearer tok']);
  });

  it('turns to the next central when the one it talks to gives no answer or cannot serve, and stays on refusals', async () => {
    // A port nothing listens on: a central that is gone.
    const dead = 'http://127.0.0.1:9';
    const client = createCentralClient({ baseUrl: `${dead}, ${baseUrl}` });
    expect(client.baseUrl).toBe(dead);
    const gone = await client.health();
    expect(gone.ok ? null : gone.failure.code).toBe('central_unreachable');
    expect(client.currentUrl()).toBe(baseUrl);
    handler = (_req, res) => json(res, 200, { status: 'ok', version: 'x', database: 'postgres' });
    expect((await client.health()).ok).toBe(true);

    // Refusals and throttling are the service's answer, whichever central gave it: no turning.
    for (const status of [400, 401, 409, 429, 500]) {
      handler = (_req, res) => json(res, status, { error: { code: 'x', message: 'no' } });
      expect((await client.push('t', push)).ok).toBe(false);
      expect(client.currentUrl()).toBe(baseUrl);
    }
    // A central (or the proxy before it) that says it cannot serve: the next one, round the list.
    handler = (_req, res) => json(res, 503, { error: { code: 'unavailable', message: 'stopping' } });
    expect((await client.push('t', push)).ok).toBe(false);
    expect(client.currentUrl()).toBe(dead);
  });

  it('moves on once for two requests that failed on the same central', async () => {
    const second = createServer((_req, res) => json(res, 200, { status: 'ok', version: 'x', database: 'postgres' }));
    await new Promise<void>((r) => second.listen(0, '127.0.0.1', r));
    const secondUrl = `http://127.0.0.1:${(second.address() as AddressInfo).port}`;
    try {
      const client = createCentralClient({ baseUrl: `http://127.0.0.1:9,${secondUrl},${baseUrl}` });
      await Promise.all([client.health(), client.health()]);
      expect(client.currentUrl()).toBe(secondUrl);
      expect((await client.health()).ok).toBe(true);
    } finally {
      second.closeAllConnections();
      await new Promise((r) => second.close(r));
    }
  });
});

describe('central client: documents against a scripted central', () => {
  const ref: DocumentRef = { id: '0b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11', fileName: 'katsastus.pdf', mediaType: 'application/pdf', size: 9, sha256: sha256(Buffer.from('%PDF-1.7\n')) };
  const upload = { ref, purpose: 'boat_certificate' as const, bytes: Buffer.from('%PDF-1.7\n') };

  it('sends the bytes raw with their type, the purpose and the name, and the bearer token', async () => {
    let asked: { method?: string; url?: string; type?: string; auth?: string; body?: Buffer } = {};
    handler = (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        asked = { method: req.method, url: req.url, type: req.headers['content-type'], auth: req.headers.authorization, body: Buffer.concat(chunks) };
        json(res, 200, { document: { ...ref, fileName: 'first upload.pdf' } });
      });
    };
    const r = await createCentralClient({ baseUrl }).uploadDocument('tok', { ...upload, ref: { ...ref, fileName: 'Vakuutus (2027) & ä.pdf' } });
    // The central's ref comes back as it keeps it (a first upload's name).
    expect(r.ok && r.value).toEqual({ ...ref, fileName: 'first upload.pdf' });
    expect(asked).toMatchObject({ method: 'PUT', type: 'application/pdf', auth: 'Bearer tok' });
    const url = new URL(asked.url!, 'http://x');
    expect([url.pathname, url.searchParams.get('purpose'), url.searchParams.get('name')]).toEqual([`/api/v1/documents/${ref.id}`, 'boat_certificate', 'Vakuutus (2027) & ä.pdf']);
    expect(asked.body?.equals(upload.bytes)).toBe(true);
  });

  it('calls an answer about other content a broken central, not a stored document', async () => {
    const client = createCentralClient({ baseUrl });
    for (const other of [{ ...ref, sha256: 'b'.repeat(64) }, { ...ref, id: '1b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11' }, { ...ref, size: 10 }]) {
      handler = (_req, res) => json(res, 200, { document: other });
      const r = await client.uploadDocument('t', upload);
      expect(!r.ok && [r.failure.kind, r.failure.code]).toEqual(['transient', 'internal']);
    }
    handler = (_req, res) => res.end('<html>captive portal</html>');
    const portal = await client.uploadDocument('t', upload);
    expect(!portal.ok && portal.failure.kind).toBe('transient');
  });

  it('hands a download over only when the bytes are the type the central says, and not too many of them', async () => {
    const client = createCentralClient({ baseUrl });
    const send = (type: string, body: Buffer, disposition?: string) => (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': type, ...(disposition ? { 'content-disposition': disposition } : {}) });
      res.end(body);
    };
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    handler = send('image/png', png, `attachment; filename*=UTF-8''${encodeURIComponent("Vakuutus (2027) ä'x.png")}`);
    const good = await client.downloadDocument('t', ref.id);
    expect(good.ok && [good.value.mediaType, good.value.fileName, good.value.bytes.equals(png)]).toEqual(['image/png', "Vakuutus (2027) ä'x.png", true]);
    handler = send('image/png', png, 'attachment; filename*=UTF-8\'\'%E0%A4%A');
    const badName = await client.downloadDocument('t', ref.id);
    expect(badName.ok && badName.value.fileName).toBeNull();

    for (const broken of [
      send('text/html', Buffer.from('<html>')),
      send('application/pdf', png),
      send('image/png', Buffer.concat([png, Buffer.alloc(MAX_DOCUMENT_BYTES)])),
    ]) {
      handler = broken;
      const r = await client.downloadDocument('t', ref.id);
      expect(!r.ok && [r.failure.kind, r.failure.code, r.failure.message]).toEqual(['transient', 'internal', expect.stringMatching(/does not follow the sync protocol/)]);
    }
    const gone = await createCentralClient({ baseUrl: 'http://127.0.0.1:9' }).downloadDocument('t', ref.id);
    expect(!gone.ok && [gone.failure.kind, gone.failure.code]).toEqual(['transient', 'central_unreachable']);
  });

  it('asks a central elsewhere for a compressed download and reads it; a broken one is a failure, not a crash', async () => {
    const ndjson = ['{"start":true,"total":2}', JSON.stringify(change(1)), JSON.stringify(change(2)), '{"end":true,"cursor":"c2","count":2}', ''].join('\n');
    let asked: string | undefined;
    let corrupt = false;
    handler = (req, res) => {
      asked = req.headers['accept-encoding'];
      if (asked !== 'zstd') return void res.end(ndjson);
      res.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-encoding': 'zstd' });
      const packed = zstdCompressSync(Buffer.from(ndjson));
      res.end(corrupt ? Buffer.concat([packed.subarray(0, 12), Buffer.from('not zstd at all')]) : packed);
    };
    const read = async (compressDownloads?: boolean) => {
      const ids: string[] = [];
      const r = await createCentralClient({ baseUrl, compressDownloads }).stream('t', null, (changes) => void ids.push(...changes.map((c) => c.id)));
      return { r, ids };
    };
    // baseUrl is 127.0.0.1: this machine, so not asked unless told.
    expect((await read()).ids).toHaveLength(2);
    expect(asked).not.toContain('zstd');
    const packed = await read(true);
    expect([asked, packed.r.ok, packed.ids]).toEqual(['zstd', true, [change(1).id, change(2).id]]);
    corrupt = true;
    const broken = await read(true);
    expect(!broken.r.ok && broken.r.failure.kind).toBe('transient');
  });

  it('gives a large upload time for its bytes on a slow link, on top of the usual answer time', () => {
    expect(transferTimeoutMs(15_000, 0)).toBe(15_000);
    expect(transferTimeoutMs(15_000, MAX_DOCUMENT_BYTES)).toBeGreaterThan(90_000);
  });
});

describe('central client: documents and downloads against the real central', () => {
  let central: CentralProcess;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    central = await startCentralProcess();
    for (const user of ['aino', 'olli', 'harri']) tokens[user] = (await central.signIn(user)).token;
  });
  afterAll(() => central?.stop());

  const PDF = Buffer.from('%PDF-1.7\n');
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const scan = (magic: Buffer, size = 5000) => Buffer.concat([magic, randomBytes(size - magic.length)]);
  const upload = (bytes: Buffer, mediaType: DocumentRef['mediaType'], fileName = 'todistus.pdf', id: string = randomUUID()) => ({
    ref: { id, fileName, mediaType, size: bytes.length, sha256: sha256(bytes) },
    purpose: 'boat_certificate' as const,
    bytes,
  });

  it('downloads the same changes from the real central compressed as plain', async () => {
    const read = async (compressDownloads: boolean) => {
      const changes: Change[] = [];
      let total = -1;
      const r = await createCentralClient({ baseUrl: central.url, compressDownloads, streamBatchSize: 50 }).stream(tokens.aino!, null, (c) => void changes.push(...c), undefined, (s) => (total = s.total));
      if (!r.ok) throw new Error(r.failure.message);
      return { changes, total, end: r.value };
    };
    const plain = await read(false);
    const zstd = await read(true);
    expect(zstd.changes.length).toBeGreaterThan(1000);
    expect(zstd.total).toBe(zstd.changes.length);
    expect(zstd).toEqual(plain);
  });

  it('uploads each of the three types and downloads the same bytes, with their type and name; a retry is harmless', async () => {
    const client = createCentralClient({ baseUrl: central.url });
    for (const [magic, type] of [
      [PDF, 'application/pdf'],
      [JPEG, 'image/jpeg'],
      [PNG, 'image/png'],
    ] as const) {
      const sent = upload(scan(magic), type, `Vakuutus (2027) ä'${type.split('/')[1]}.x`);
      const up = await client.uploadDocument(tokens.aino!, sent);
      expect(up.ok && up.value).toEqual(sent.ref);
      // The answer to the first was lost, say: the same again is stored once and answered the same.
      const again = await client.uploadDocument(tokens.aino!, sent);
      expect(again.ok && again.value).toEqual(sent.ref);
      // A reader of berth cases gets it back.
      const down = await client.downloadDocument(tokens.olli!, sent.ref.id);
      expect(down.ok && [down.value.mediaType, down.value.fileName, down.value.bytes.equals(sent.bytes)]).toEqual([type, sent.ref.fileName, true]);
    }
  });

  it('passes on the central refusals with their status: other bytes under the id, no right, a mismatch, too large, unknown', async () => {
    const client = createCentralClient({ baseUrl: central.url });
    const first = upload(scan(PDF), 'application/pdf');
    expect((await client.uploadDocument(tokens.aino!, first)).ok).toBe(true);
    const cases: [string, Promise<{ ok: boolean; failure?: { status: number | null; code: string } }>, number, string][] = [
      ['other bytes, same id', client.uploadDocument(tokens.aino!, upload(scan(PDF), 'application/pdf', 'b.pdf', first.ref.id)), 409, 'internal'],
      ['a supervisor may not upload', client.uploadDocument(tokens.olli!, upload(scan(PDF), 'application/pdf')), 403, 'forbidden'],
      ['a PDF sent as a PNG', client.uploadDocument(tokens.aino!, upload(scan(PDF), 'image/png')), 400, 'bad_request'],
      ['too large: refused before sending, in the words of the central', client.uploadDocument(tokens.aino!, upload(scan(PDF, MAX_DOCUMENT_BYTES + 1), 'application/pdf')), 413, 'payload_too_large'],
      ['harbour services may read no document', client.downloadDocument(tokens.harri!, first.ref.id), 403, 'forbidden'],
      ['an id never uploaded', client.downloadDocument(tokens.aino!, randomUUID()), 404, 'not_found'],
    ];
    for (const [why, call, status, code] of cases) {
      const r = await call;
      expect(r.ok ? `${why}: ok` : [r.failure!.status, r.failure!.code]).toEqual([status, code]);
    }
  });
});
