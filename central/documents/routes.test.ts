import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, type DocumentRef } from '../../domain/documents/document.ts';
import { launchCentral } from '../server.ts';
import { signIn } from '../testing/api-client.ts';
import { documentPath, documentUploadPath } from './routes.ts';

// aino and eero handle berth cases, olli (supervisor) reads them, harri (harbour services) neither.
const USERS = ['aino', 'eero', 'olli', 'harri'] as const;
type User = (typeof USERS)[number];
let central: Awaited<ReturnType<typeof launchCentral>>;
const tokens = {} as Record<User, string>;
beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, seed: 5 }, notifications: false });
  for (const u of USERS) tokens[u] = await signIn(central.url, u);
});
afterAll(() => central.close());

const PDF_MAGIC = Buffer.from('%PDF-1.7\n');
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A file of `size` bytes that starts as its type's files do, its rest random. */
const file = (magic: Buffer, size = 2000) => Buffer.concat([magic, randomBytes(size - magic.length)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json: { document?: DocumentRef; error?: { code: string; message: string } };
}

async function call(method: string, path: string, opts: { user?: User; body?: RequestInit['body']; contentType?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.user) headers.authorization = `Bearer ${tokens[opts.user]}`;
  if (opts.contentType) headers['content-type'] = opts.contentType;
  const res = await fetch(`${central.url}${path}`, { method, headers, body: opts.body, ...(opts.body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
  const bytes = Buffer.from(await res.arrayBuffer());
  let json = {};
  if (bytes.length > 0 && res.headers.get('content-type')?.startsWith('application/json')) json = JSON.parse(bytes.toString('utf8')) as Answer['json'];
  return { status: res.status, headers: res.headers, bytes, json };
}

const upload = (bytes: RequestInit['body'], contentType: string, o: { id?: string; name?: string; user?: User; path?: string } = {}) =>
  call('PUT', o.path ?? documentUploadPath(o.id ?? randomUUID(), 'boat_certificate', o.name ?? 'todistus.pdf'), { user: o.user ?? 'aino', body: bytes, contentType });
const download = (id: string, user: User = 'aino', query = '') => call('GET', `${documentPath(id)}${query}`, { user });

const auditRows = async (id: string) =>
  (
    await central.db.query<{ actor_id: string; actor_name: string; workspace: string; purpose: string; purpose_text: string | null; source: string }>(
      "SELECT actor_id::text AS actor_id, actor_name, workspace, purpose, purpose_text, source FROM audit_read WHERE subject_kind = 'document' AND $1 = ANY(subject_ids) ORDER BY recorded_at",
      [id],
    )
  ).rows;
const userId = async (username: User) => (await central.db.query<{ id: string }>('SELECT id::text AS id FROM users WHERE username = $1', [username])).rows[0]!.id;

describe('uploading and downloading a document', () => {
  it('stores each of the three types and hands the same bytes back, as an attachment the browser must not sniff', async () => {
    for (const [magic, type] of [
      [PDF_MAGIC, 'application/pdf'],
      [JPEG_MAGIC, 'image/jpeg'],
      [PNG_MAGIC, 'image/png'],
    ] as const) {
      const id = randomUUID();
      const bytes = file(magic);
      const name = `Vakuutus (2027) ä'${type.split('/')[1]}.x`;
      const put = await upload(bytes, type, { id, name: `C:\\skannaukset\\${name}` });
      expect(put.status).toBe(200);
      // The folder a file dialog hands over is not part of the name.
      expect(put.json.document).toEqual({ id, fileName: name, mediaType: type, size: bytes.length, sha256: sha256(bytes) });

      const got = await download(id);
      expect(got.status).toBe(200);
      expect(Buffer.compare(got.bytes, bytes)).toBe(0);
      expect(got.headers.get('content-type')).toBe(type);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('cache-control')).toBe('no-store');
      const disposition = got.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
      expect(decodeURIComponent(disposition.slice("attachment; filename*=UTF-8''".length))).toBe(name);
    }
  });

  it('takes a document of exactly the limit, and answers 413 for one byte more, sized or streamed', async () => {
    const id = randomUUID();
    const largest = file(PDF_MAGIC, MAX_DOCUMENT_BYTES);
    const put = await upload(largest, 'application/pdf', { id });
    expect(put.status).toBe(200);
    expect(put.json.document?.size).toBe(MAX_DOCUMENT_BYTES);
    const got = await download(id);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(largest));

    const tooLarge = file(PDF_MAGIC, MAX_DOCUMENT_BYTES + 1);
    const sized = await upload(tooLarge, 'application/pdf');
    expect(sized.status).toBe(413);
    expect(sized.json.error?.code).toBe('payload_too_large');
    // Without a Content-Length the limit is counted as the bytes come.
    const chunked = await upload(new Blob([tooLarge]).stream(), 'application/pdf');
    expect(chunked.status).toBe(413);
    expect(chunked.json.error?.code).toBe('payload_too_large');
  });

  it('is idempotent: the same bytes again, by anyone who may upload, answer the stored ref; other bytes a 409', async () => {
    const id = randomUUID();
    const bytes = file(PDF_MAGIC);
    const first = await upload(bytes, 'application/pdf', { id, name: 'eka.pdf' });
    expect(first.status).toBe(200);
    const again = await upload(bytes, 'application/pdf', { id, name: 'eka.pdf' });
    expect(again.status).toBe(200);
    expect(again.json.document).toEqual(first.json.document);
    const byEero = await upload(bytes, 'application/pdf', { id, name: 'toka.pdf', user: 'eero' });
    expect(byEero.status).toBe(200);
    expect(byEero.json.document).toEqual(first.json.document);

    const other = await upload(file(PDF_MAGIC), 'application/pdf', { id });
    expect(other.status).toBe(409);
    expect(other.json.error?.code).toBe('id_taken');
    const got = await download(id);
    expect(Buffer.compare(got.bytes, bytes)).toBe(0);
  });

  it('answers every read with its audit row, in the berth workspace, with the purpose the desk gives', async () => {
    const id = randomUUID();
    expect((await upload(file(PNG_MAGIC), 'image/png', { id })).status).toBe(200);
    expect(await auditRows(id)).toEqual([]);
    expect((await download(id, 'aino')).status).toBe(200);
    expect((await download(id, 'olli', '?purpose=data_correction')).status).toBe(200);
    expect((await download(id, 'olli', '?purpose=other&purposeText=Tarkastus')).status).toBe(200);
    const [aino, olli] = [await userId('aino'), await userId('olli')];
    expect(await auditRows(id)).toEqual([
      { actor_id: aino, actor_name: 'Aino Virtanen', workspace: 'berths', purpose: 'other', purpose_text: 'The file of a document (boat_certificate) downloaded.', source: 'central' },
      { actor_id: olli, actor_name: 'Olli Mäkelä', workspace: 'berths', purpose: 'data_correction', purpose_text: null, source: 'central' },
      { actor_id: olli, actor_name: 'Olli Mäkelä', workspace: 'berths', purpose: 'other', purpose_text: 'Tarkastus', source: 'central' },
    ]);
    // A read refused is no read: not audited.
    expect((await download(id, 'harri')).status).toBe(403);
    expect((await download(id, 'olli', '?purpose=other')).status).toBe(400);
    expect((await download(id, 'olli', '?purpose=nosy')).status).toBe(400);
    expect((await call('HEAD', documentPath(id), { user: 'aino' })).status).toBe(404);
    expect(await auditRows(id)).toHaveLength(3);
  });
});

describe('what the document routes refuse', () => {
  it('refuses bytes that are not what the request says, or not one of the three types', async () => {
    const png = await upload(file(PNG_MAGIC), 'application/pdf');
    expect(png.status).toBe(400);
    expect(png.json.error?.code).toBe('document_invalid');
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    expect((await upload(html, 'application/pdf')).status).toBe(400);
    for (const type of ['text/html', 'application/json', 'application/octet-stream', 'text/plain']) {
      const refused = await upload(html, type);
      expect(refused.status).toBe(415);
      expect(refused.json.error?.code).toBe('bad_request');
    }
    // No declared type at all: the bytes are never guessed at.
    const untyped = await call('PUT', documentUploadPath(randomUUID(), 'boat_certificate', 'x.pdf'), { user: 'aino', body: file(PDF_MAGIC) });
    expect([400, 415]).toContain(untyped.status);
    // A parameter on the type is the same type.
    expect((await upload(file(PDF_MAGIC), 'application/pdf; name=x.pdf')).status).toBe(200);
  });

  it('refuses an empty document', async () => {
    const empty = await upload(Buffer.alloc(0), 'application/pdf');
    expect(empty.status).toBe(400);
    expect(empty.json.error?.code).toBe('document_invalid');
    const bodiless = await call('PUT', documentUploadPath(randomUUID(), 'boat_certificate', 'x.pdf'), { user: 'aino' });
    expect(bodiless.status).toBe(400);
  });

  it('refuses a bad id, purpose or name with a 400', async () => {
    const bytes = file(PDF_MAGIC);
    const id = randomUUID();
    const bad = [
      documentUploadPath('not-a-uuid', 'boat_certificate', 'x.pdf'),
      documentUploadPath(id.toUpperCase(), 'boat_certificate', 'x.pdf'),
      `${documentPath(id)}?purpose=boat_certificate`,
      `${documentPath(id)}?name=x.pdf`,
      `${documentPath(id)}?purpose=tax_return&name=x.pdf`,
      `${documentPath(id)}?purpose=boat_certificate&name=x.pdf&name=y.pdf`,
      `${documentPath(id)}?purpose=boat_certificate&name=x.pdf&owner=aino`,
      documentUploadPath(id, 'boat_certificate', '   '),
      documentUploadPath(id, 'boat_certificate', 'C:\\skannaukset\\'),
      documentUploadPath(id, 'boat_certificate', `${'a'.repeat(117)}.pdf`),
      documentUploadPath(id, 'boat_certificate', 'x\u0000.pdf'),
    ];
    for (const path of bad) {
      const res = await upload(bytes, 'application/pdf', { path });
      expect({ path, status: res.status, code: res.json.error?.code }).toEqual({ path, status: 400, code: 'bad_request' });
    }
    expect((await download(id)).status).toBe(404);
    expect((await upload(bytes, 'application/pdf', { id, name: `${'a'.repeat(116)}.pdf` })).status).toBe(200);
    expect((await download('not-a-uuid')).status).toBe(400);
    expect((await download(id.toUpperCase())).status).toBe(400);
  });

  it('lets only those who may write upload, only those who may read download, and nobody without a session', async () => {
    const id = randomUUID();
    const bytes = file(JPEG_MAGIC);
    for (const user of ['olli', 'harri'] as const) {
      const refused = await upload(bytes, 'image/jpeg', { id, user });
      expect(refused.status).toBe(403);
      expect(refused.json.error?.code).toBe('forbidden');
    }
    // Refused before the body is read: a supervisor's oversized upload is a 403, not a 413.
    const oversized = await upload(file(JPEG_MAGIC, MAX_DOCUMENT_BYTES + 1), 'image/jpeg', { user: 'olli' });
    expect([oversized.status, oversized.json.error?.code]).toEqual([403, 'forbidden']);
    expect((await download(id)).status).toBe(404);
    expect((await upload(bytes, 'image/jpeg', { id })).status).toBe(200);
    const harri = await download(id, 'harri');
    expect(harri.status).toBe(403);
    expect(harri.json.error?.code).toBe('forbidden');
    expect(harri.bytes.includes(bytes.subarray(0, 64))).toBe(false);
    expect((await download(id, 'olli')).status).toBe(200);
    // harri learns nothing of which ids exist either.
    expect((await download(randomUUID(), 'harri')).status).toBe(403);
    expect((await call('GET', documentPath(id))).status).toBe(401);
    expect((await call('PUT', documentUploadPath(randomUUID(), 'boat_certificate', 'x.jpg'), { body: bytes, contentType: 'image/jpeg' })).status).toBe(401);
  });

  it('answers 404 for an id that holds no document', async () => {
    const res = await download(randomUUID());
    expect(res.status).toBe(404);
    expect(res.json.error?.code).toBe('not_found');
  });

  it('keeps its body parsers to itself: the other routes still take JSON only', async () => {
    const res = await call('POST', '/api/v1/sync/push', { user: 'aino', body: file(PDF_MAGIC), contentType: 'application/pdf' });
    expect(res.status).toBe(415);
  });
});
