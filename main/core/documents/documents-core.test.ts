import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXPORTED_FILE_NAME, type ExportedFile } from '../../../domain/contract.ts';
import { MAX_DOCUMENT_BYTES, type DocumentRef } from '../../../domain/documents/document.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { createCore, type Core } from '../core.ts';
import { exportsFolder } from '../files/export-folder.ts';
import { writeProfile } from '../session/profile-store.ts';
import { plainSecretStore } from '../session/secret-store.ts';
import { startCentralProcess, type CentralProcess } from './testing/central-process.ts';

/**
 * documents.attach and documents.open through the whole core: its session, the user's encrypted
 * cache, its sync engine and its exports folder; offline, and against the real central in a
 * process of its own.
 */
const PDF = Buffer.from('%PDF-1.7\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const scan = (magic: Buffer, size = 20_000) => Buffer.concat([magic, randomBytes(size - magic.length)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const FAST = { intervalMs: 600_000, initialBackoffMs: 600_000, maxBackoffMs: 600_000 };
/** Nothing listens on port 9 (discard) on the test machines: a central that is down. */
const DOWN = 'http://127.0.0.1:9';

let dirs: string[] = [];
let cores: Core[] = [];
afterEach(async () => {
  for (const c of cores) await c.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  cores = [];
  dirs = [];
});

async function core(centralUrl: string): Promise<{ core: Core; dir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kuva-documents-core-'));
  dirs.push(dir);
  const c = await createCore({ dataDir: dir, centralUrl, mode: 'browser', sync: FAST });
  cores.push(c);
  return { core: c, dir };
}

/** The made file's bytes, as a download or the save dialog would take them. */
const madeFile = (dir: string, userId: string, file: ExportedFile) => readFileSync(path.join(exportsFolder(dir, userId), file.name));

function attached(r: Awaited<ReturnType<Core['invoke']>>): DocumentRef {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as DocumentRef;
}

describe('documents through the core, offline', () => {
  const AINO: StaffUser = { id: 'user-aino', name: 'Aino Käsittelijä', roles: ['berth_handler'], grants: [] };
  const OLLI: StaffUser = { id: 'user-olli', name: 'Olli Ohjaaja', roles: ['berth_supervisor'], grants: [] };
  const HARRI: StaffUser = { id: 'user-harri', name: 'Harri Satama', roles: ['harbour_services'], grants: [] };

  async function offline(user: StaffUser) {
    const made = await core(DOWN);
    await made.core.close();
    await writeProfile(made.dir, { version: 1, centralUrl: DOWN, user, token: { store: plainSecretStore.kind, data: await plainSecretStore.encrypt('tok-1') }, expiresAt: null });
    const c = await createCore({ dataDir: made.dir, centralUrl: DOWN, mode: 'browser', sync: FAST });
    cores.push(c);
    return { core: c, dir: made.dir };
  }

  it('attaches a scan with no network and opens it from the cache, named after it', async () => {
    const { core: c, dir } = await offline(AINO);
    const bytes = scan(JPEG);
    const ref = attached(await c.invoke('documents.attach', { purpose: 'boat_certificate', fileName: 'C:\\fakepath\\Vakuutus Åland 2027.JPEG', dataBase64: bytes.toString('base64') }));
    expect(ref).toMatchObject({ fileName: 'Vakuutus Åland 2027.JPEG', mediaType: 'image/jpeg', size: bytes.length, sha256: sha256(bytes) });

    const opened = await c.invoke('documents.open', { id: ref.id });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value).toMatchObject({ size: bytes.length, rows: 0, mediaType: 'image/jpeg' });
    expect(opened.value.name).toMatch(EXPORTED_FILE_NAME);
    expect(opened.value.name).toMatch(/^vakuutus-aland-2027-\d{8}-\d{6}-[0-9a-f]{8}\.jpg$/);
    expect(madeFile(dir, AINO.id, opened.value).equals(bytes)).toBe(true);
    // Nothing half-written is left behind.
    expect(readdirSync(exportsFolder(dir, AINO.id))).toEqual([opened.value.name]);
  });

  it('refuses what is no scan, a call that is no base64 and a scan too large, as their own errors', async () => {
    const { core: c } = await offline(AINO);
    const attach = (dataBase64: string, fileName = 'a.pdf') => c.invoke('documents.attach', { purpose: 'boat_certificate', fileName, dataBase64 });
    const codes = [
      await attach(Buffer.from('<html><script>alert(1)</script>').toString('base64')),
      await attach(''),
      await attach(scan(PDF, MAX_DOCUMENT_BYTES + 1).toString('base64')),
      // Longer than the largest scan's base64: the contract refuses the call whole.
      await attach(scan(PDF, MAX_DOCUMENT_BYTES + 4).toString('base64')),
      await attach(scan(PDF).toString('base64'), 'C:\\skannaukset\\'),
      await attach('%PDF-not base64!'),
      await c.invoke('documents.attach', { purpose: 'no_such_purpose', fileName: 'a.pdf', dataBase64: scan(PDF).toString('base64') } as never),
    ].map((r) => !r.ok && r.error.code);
    expect(codes).toEqual(['document_invalid', 'document_invalid', 'document_invalid', 'bad_request', 'document_invalid', 'bad_request', 'bad_request']);
  });

  it('says a document it does not hold cannot be had offline', async () => {
    const { core: c } = await offline(AINO);
    const r = await c.invoke('documents.open', { id: randomUUID() });
    expect(!r.ok && r.error.code).toBe('document_unavailable');
  });

  it('lets only a role that may write attach, and only one that may read open', async () => {
    const olli = await offline(OLLI);
    const refused = await olli.core.invoke('documents.attach', { purpose: 'boat_certificate', fileName: 'a.pdf', dataBase64: scan(PDF).toString('base64') });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    // Olli may read: an unknown document is asked of the central, which is down.
    const olliOpens = await olli.core.invoke('documents.open', { id: randomUUID() });
    expect(!olliOpens.ok && olliOpens.error.code).toBe('document_unavailable');
    await olli.core.close();

    const harri = await offline(HARRI);
    const harriOpens = await harri.core.invoke('documents.open', { id: randomUUID() });
    expect(!harriOpens.ok && harriOpens.error.code).toBe('forbidden');
  });

  it('asks nobody signed in to sign in first', async () => {
    const { core: c } = await core(DOWN);
    const attach = await c.invoke('documents.attach', { purpose: 'boat_certificate', fileName: 'a.pdf', dataBase64: scan(PDF).toString('base64') });
    const open = await c.invoke('documents.open', { id: randomUUID() });
    expect([!attach.ok && attach.error.code, !open.ok && open.error.code]).toEqual(['not_signed_in', 'not_signed_in']);
  });
});

describe('documents through the core, against the real central', () => {
  let central: CentralProcess;
  beforeAll(async () => {
    central = await startCentralProcess(5);
  });
  afterAll(() => central?.stop());

  let aino: { core: Core; dir: string; id: string };
  beforeEach(async () => {
    const made = await core(central.url);
    const signedIn = await made.core.invoke('session.login', { username: 'aino', password: 'demo' });
    if (!signedIn.ok || !signedIn.value.user) throw new Error('aino could not sign in');
    aino = { ...made, id: signedIn.value.user.id };
    // The first download: the boats are there to certify.
    const synced = await aino.core.invoke('sync.now', {});
    expect(synced.ok && synced.value.lastError).toBeNull();
  });

  async function signedIn(username: string) {
    const made = await core(central.url);
    const r = await made.core.invoke('session.login', { username, password: 'demo' });
    if (!r.ok || !r.value.user) throw new Error(`${username} could not sign in`);
    return { ...made, id: r.value.user.id };
  }

  it('uploads the scan with the certificate that names it, and another desk opens it from the central', async () => {
    const bytes = scan(PDF, 300_000);
    const ref = attached(await aino.core.invoke('documents.attach', { purpose: 'boat_certificate', fileName: 'Katsastus 2027.pdf', dataBase64: bytes.toString('base64') }));
    const [boatId] = await central.boatsWithoutCertificates((await central.signIn('aino')).token);
    const added = await aino.core.invoke('berths.addBoatCertificate', { boatId: boatId!, certificateType: 'inspection', number: 'K-1', issuer: 'Katsastus Oy', validFrom: null, validUntil: '2027-12-31', document: ref });
    expect(added.ok).toBe(true);
    const synced = await aino.core.invoke('sync.now', {});
    expect(synced.ok && [synced.value.pendingCommands, synced.value.openConflicts, synced.value.lastError]).toEqual([0, 0, null]);

    // Olli (reads berth cases) has never seen the scan on his desk: it comes from the central.
    const olli = await signedIn('olli');
    const opened = await olli.core.invoke('documents.open', { id: ref.id });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value).toMatchObject({ size: bytes.length, mediaType: 'application/pdf' });
    expect(opened.value.name).toMatch(/^katsastus-2027-\d{8}-\d{6}-[0-9a-f]{8}\.pdf$/);
    expect(madeFile(olli.dir, olli.id, opened.value).equals(bytes)).toBe(true);
  });

  it('passes on the central refusals: an unknown document, and a role that may read none', async () => {
    const unknown = await aino.core.invoke('documents.open', { id: randomUUID() });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    await aino.core.close();
    const harri = await signedIn('harri');
    const refused = await harri.core.invoke('documents.open', { id: randomUUID() });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
  });
});
