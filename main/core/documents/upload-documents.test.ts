import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../domain/contract.ts';
import type { DocumentRef } from '../../../domain/documents/document.ts';
import { API_PREFIX, type LoginResponse } from '../../../domain/sync/protocol.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { openDatabase } from '../db/open-database.ts';
import { createCentralClient } from '../sync/central-client.ts';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine.ts';
import { startCentralProcess, type CentralProcess } from './testing/central-process.ts';
import { startCuttingProxy, type CuttingProxy } from './testing/cutting-proxy.ts';

/**
 * The push's upload step with a real cache and the real central (its own process, PGlite), behind
 * a pass-through that breaks the network on demand. The central takes a certificate command that
 * names a scan only when it holds the scan: an applied command is the proof it went up first.
 */
let central: CentralProcess;
let aino: LoginResponse;
let proxy: CuttingProxy;
beforeAll(async () => {
  // A few generated cases: their customers' boats get the certificates.
  central = await startCentralProcess(5);
  aino = await central.signIn('aino');
  proxy = await startCuttingProxy(central.url);
});
afterAll(async () => {
  await proxy?.close();
  await central?.stop();
});

/** Retries wait for the test's own syncNow, never for a timer. */
const MANUAL = { intervalMs: 600_000, initialBackoffMs: 600_000, maxBackoffMs: 600_000 };
let t: ReturnType<typeof tempCache>;
let engine: SyncEngine;
let events: CoreEvent[];
const start = (timeoutMs?: number) => {
  engine = createSyncEngine({
    cache: t.cache,
    client: createCentralClient({ baseUrl: proxy.url, ...(timeoutMs ? { timeoutMs } : {}) }),
    token: aino.token,
    listen: false,
    timing: MANUAL,
    now: () => new Date(),
    emit: (e) => events.push(e),
  });
  engine.start();
  return engine;
};

beforeEach(async () => {
  t = tempCache(aino.user.id);
  events = [];
  proxy.fault = () => null;
  // The first download, as at a first sign-in.
  await start().syncNow();
  expect(t.cache.getCursor()).not.toBeNull();
  await engine.stop();
  proxy.seen.length = 0;
});
afterEach(async () => {
  await engine.stop();
  t.dispose();
});

const PDF = Buffer.from('%PDF-1.7\n');
const scan = () => Buffer.concat([PDF, randomBytes(30_000)]);
const isUpload = (method: string | undefined, url: string | undefined) => method === 'PUT' && (url ?? '').startsWith(`${API_PREFIX}/documents/`);
const sent = () => proxy.seen.filter((s) => s.startsWith('PUT ') || s.endsWith('/sync/push'));
const settled = () => events.flatMap((e) => (e.type === 'command.settled' ? [[e.commandId, e.status, e.code ?? null]] : []));

/** Boats that have no certificate yet: each takes one of each kind. */
function freeBoats(): string[] {
  const db = openDatabase(t.file);
  try {
    return db.prepare<[], string>('SELECT id FROM boat b WHERE NOT EXISTS (SELECT 1 FROM boat_certificate c WHERE c.boat_id = b.id) ORDER BY id LIMIT 3').pluck().all();
  } finally {
    db.close();
  }
}

function attach(bytes: Buffer, fileName = 'katsastus.pdf'): DocumentRef {
  const stored = t.cache.storeDocument({ purpose: 'boat_certificate', fileName, bytes }, new Date());
  if (!stored.ok) throw new Error(stored.error.message);
  return stored.value;
}

function addCertificate(boatId: string, document: DocumentRef | null): string {
  const input = { boatId, certificateType: 'inspection' as const, number: 'K-2027-1', issuer: 'Katsastus Oy', validFrom: null, validUntil: '2027-12-31', document };
  const queued = t.cache.handle('berths.addBoatCertificate', input, aino.user, new Date());
  if (!queued.ok) throw new Error(queued.error.message);
  return queued.value.commandId;
}

describe('uploading scans ahead of the push', () => {
  it('uploads a scan attached offline before the command that names it, which the central then takes', async () => {
    proxy.fault = () => 'drop';
    const bytes = scan();
    const ref = attach(bytes);
    const [boat] = freeBoats();
    const command = addCertificate(boat!, ref);
    const offline = await start().syncNow();
    expect([offline.connection, offline.pendingCommands]).toEqual(['offline', 1]);

    proxy.fault = () => null;
    proxy.seen.length = 0;
    const online = await engine.syncNow();
    expect([online.connection, online.pendingCommands, online.lastError]).toEqual(['online', 0, null]);
    expect(sent()).toEqual([`PUT ${API_PREFIX}/documents/${ref.id}`, `POST ${API_PREFIX}/sync/push`]);
    expect(settled()).toEqual([[command, 'applied', null]]);
    expect(t.cache.pendingDocuments(10)).toEqual([]);
    // Kept to open offline; and the central hands back the very bytes.
    expect(t.cache.readDocument(ref.id)?.ref).toEqual(ref);
    const back = await createCentralClient({ baseUrl: central.url }).downloadDocument(aino.token, ref.id);
    expect(back.ok && Buffer.compare(back.value.bytes, bytes)).toBe(0);

    // Once up, never sent again.
    proxy.seen.length = 0;
    await engine.syncNow();
    expect(sent()).toEqual([]);
  });

  it('pushes no command while an upload cannot get through, and all of them once it does', async () => {
    proxy.fault = (req) => (isUpload(req.method, req.url) ? 'drop' : null);
    const ref = attach(scan());
    const [withScan, withoutScan] = freeBoats();
    const commands = [addCertificate(withScan!, ref), addCertificate(withoutScan!, null)];
    const status = await start().syncNow();
    expect([status.connection, status.lastError?.code]).toEqual(['offline', 'central_unreachable']);
    expect(t.cache.pendingCommands(10).map((c) => c.id)).toEqual(commands);
    expect(t.cache.pendingDocuments(10).map((d) => d.ref.id)).toEqual([ref.id]);
    // Tried (by the start's sync and by this one), and no push after it.
    expect([...new Set(sent())]).toEqual([`PUT ${API_PREFIX}/documents/${ref.id}`]);
    expect(settled()).toEqual([]);

    proxy.fault = () => null;
    proxy.seen.length = 0;
    const after = await engine.syncNow();
    expect(after.pendingCommands).toBe(0);
    expect(sent()).toEqual([`PUT ${API_PREFIX}/documents/${ref.id}`, `POST ${API_PREFIX}/sync/push`]);
    expect(settled()).toEqual(commands.map((id) => [id, 'applied', null]));
  });

  it('marks a scan the central refuses and goes on: the command naming it lands in the conflict inbox', async () => {
    const ref = attach(scan());
    // Another file holds the id on the central already: the upload is refused (409) for good.
    const taken = await fetch(`${central.url}${API_PREFIX}/documents/${ref.id}?purpose=boat_certificate&name=other.pdf`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${aino.token}`, 'content-type': 'application/pdf' },
      body: scan(),
    });
    expect(taken.status).toBe(200);
    const [boat] = freeBoats();
    const command = addCertificate(boat!, ref);
    const status = await start().syncNow();
    expect([status.connection, status.pendingCommands, status.openConflicts]).toEqual(['online', 0, 1]);
    expect(sent()).toEqual([`PUT ${API_PREFIX}/documents/${ref.id}`, `POST ${API_PREFIX}/sync/push`]);
    expect(settled()).toEqual([[command, 'rejected', 'boat_certificate_document_missing']]);
    expect(t.cache.pendingDocuments(10)).toEqual([]);

    proxy.seen.length = 0;
    await engine.syncNow();
    expect(sent()).toEqual([]);
  });

  it('stops an upload in flight when the sync stops, and keeps the scan waiting', async () => {
    proxy.fault = (req) => (isUpload(req.method, req.url) ? 'hold' : null);
    const ref = attach(scan());
    // A timeout far beyond the test's: only the stop can end the upload.
    const sync = start(3_600_000).syncNow();
    await expect.poll(() => sent()).toEqual([`PUT ${API_PREFIX}/documents/${ref.id}`]);
    await engine.stop();
    await sync;
    expect(t.cache.pendingDocuments(10).map((d) => d.ref.id)).toEqual([ref.id]);
  });

  it('sends a scan attached while the push runs before the commands queued after it', async () => {
    const first = attach(scan(), 'first.pdf');
    let second: DocumentRef | null = null;
    let late: string | null = null;
    const [boat] = freeBoats();
    // While the first upload is on its way, the handler attaches another scan and saves a certificate naming it.
    proxy.fault = (req) => {
      if (isUpload(req.method, req.url) && second === null) {
        second = attach(scan(), 'second.pdf');
        late = addCertificate(boat!, second);
      }
      return null;
    };
    await start().syncNow();
    expect(sent()).toEqual([`PUT ${API_PREFIX}/documents/${first.id}`, `PUT ${API_PREFIX}/documents/${second!.id}`, `POST ${API_PREFIX}/sync/push`]);
    expect(settled()).toEqual([[late, 'applied', null]]);
  });
});
