import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { exportsFolder } from '../files/export-folder.ts';
import { createCentralClient } from '../sync/central-client.ts';
import { openDocument, type OpenDocumentContext } from './open-document.ts';

/**
 * documents.open's decisions with a real cache and a real client, against a loopback server that
 * answers as the central does in trouble; its good answers come from the real central in
 * documents-core.test.ts.
 */
const AINO: StaffUser = { id: 'u-aino', name: 'Aino', roles: ['berth_handler'], grants: [] };
const HARRI: StaffUser = { id: 'u-harri', name: 'Harri', roles: ['harbour_services'], grants: [] };
const ID = '0b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler;
let server: Server;
let centralUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  centralUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

let dataDir: string;
let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-open-document-'));
  t = tempCache(AINO.id);
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const error = (status: number, code: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message: `${status} from the central` } }));
};
const ctx = (over: Partial<OpenDocumentContext> = {}): OpenDocumentContext => ({
  dataDir,
  active: { user: AINO, cache: t.cache },
  token: 'tok',
  client: createCentralClient({ baseUrl: centralUrl, timeoutMs: 2000 }),
  now: new Date('2026-12-04T09:00:00Z'),
  ...over,
});
const code = async (over: Partial<OpenDocumentContext> = {}) => {
  const r = await openDocument({ id: ID }, ctx(over));
  return r.ok ? 'ok' : r.error.code;
};
const made = (user: StaffUser = AINO) => {
  try {
    return readdirSync(exportsFolder(dataDir, user.id));
  } catch {
    return [];
  }
};

describe('opening a document', () => {
  it('fetches one this desk does not hold with the user token, makes the file and keeps nothing of it', async () => {
    let auth: string | undefined;
    handler = (req, res) => {
      auth = req.headers.authorization;
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG);
    };
    const r = await openDocument({ id: ID }, ctx());
    expect(r.ok && r.value).toMatchObject({ size: PNG.length, mediaType: 'image/png', rows: 0 });
    // No name from the central: a "document".
    expect(r.ok && r.value.name).toMatch(/^document-\d{8}-\d{6}-[0-9a-f]{8}\.png$/);
    expect(auth).toBe('Bearer tok');
    expect(t.cache.readDocument(ID)).toBeNull();
  });

  it("tells offline from a refusal: the central's answer keeps its code, no answer is document_unavailable", async () => {
    const cases: [Handler | 'down', string][] = [
      ['down', 'document_unavailable'],
      [error(503, 'internal'), 'document_unavailable'],
      [error(429, 'too_many_requests'), 'document_unavailable'],
      [error(401, 'unauthorized'), 'unauthorized'],
      [error(403, 'forbidden'), 'forbidden'],
      [error(404, 'not_found'), 'not_found'],
      [(_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>captive portal</html>'), 'internal'],
    ];
    for (const [answer, expected] of cases) {
      if (answer === 'down') expect(await code({ client: createCentralClient({ baseUrl: 'http://127.0.0.1:9' }) })).toBe(expected);
      else {
        handler = answer;
        expect(await code()).toBe(expected);
      }
    }
    expect(made()).toEqual([]);
  });

  it('asks for a new sign-in before fetching without a token, and refuses a role that may read no document', async () => {
    handler = () => {
      throw new Error('no request expected');
    };
    expect(await code({ token: null })).toBe('unauthorized');
    expect(await code({ active: { user: HARRI, cache: t.cache } })).toBe('forbidden');
  });

  it("refuses a scan in the cache to a role without its purpose's read permission", async () => {
    const stored = t.cache.storeDocument({ purpose: 'boat_certificate', fileName: 'a.png', bytes: PNG }, new Date());
    if (!stored.ok) throw new Error(stored.error.message);
    const r = await openDocument({ id: stored.value.id }, ctx({ active: { user: HARRI, cache: t.cache } }));
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect(made(HARRI)).toEqual([]);
  });
});
