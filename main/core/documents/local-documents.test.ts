import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentRef, MAX_DOCUMENT_BYTES } from '../../../domain/documents/document.ts';
import { openDatabase, type SqliteDatabase } from '../db/open-database.ts';
import { tempCache, world } from '../berths/testing/index.ts';
import { localDocumentStored, markRefused, markUploaded, pendingUploads, readLocalDocument, storeDocument, sweepUnnamedDocuments } from './local-documents.ts';

const PDF = Buffer.from('%PDF-1.7\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A file of `size` bytes that starts as its type's files do, its rest random. */
const file = (magic: Buffer, size = 3000) => Buffer.concat([magic, randomBytes(size - magic.length)]);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const NOW = new Date('2026-12-04T09:00:00Z');

let dir: string;
let path: string;
let db: SqliteDatabase;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kuva-documents-'));
  path = join(dir, 'cache.sqlite');
  db = openDatabase(path);
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM document_blob').get() as { n: number }).n;

describe('keeping a scan in the cache', () => {
  it('keeps a PDF, a JPEG and a PNG under fresh ids and gives each back whole, as the central would name it', () => {
    for (const [magic, mediaType, picked, kept] of [
      [PDF, 'application/pdf', 'C:\\skannaukset\\Katsastus 2026.pdf', 'Katsastus 2026.pdf'],
      [JPEG, 'image/jpeg', '/home/aino/Kuvat/vakuutus.JPG', 'vakuutus.JPG'],
      [PNG, 'image/png', '  todistus.png ', 'todistus.png'],
    ] as const) {
      const bytes = file(magic);
      const stored = storeDocument(db, { purpose: 'boat_certificate', fileName: picked, bytes }, NOW);
      expect(stored.ok).toBe(true);
      if (!stored.ok) continue;
      const ref = stored.value;
      // The same shape the commands carry and the central checks (a lower-case uuid among it).
      expect(DocumentRef.parse(ref)).toEqual(ref);
      expect(ref).toMatchObject({ fileName: kept, mediaType, size: bytes.length, sha256: sha256(bytes) });
      const read = readLocalDocument(db, ref.id);
      expect(read?.ref).toEqual(ref);
      expect(read?.purpose).toBe('boat_certificate');
      expect(Buffer.compare(read!.bytes, bytes)).toBe(0);
      expect(localDocumentStored(db, ref)).toBe(true);
    }
    expect(rows()).toBe(3);
  });

  it('says a document is stored only when the id holds exactly that content', () => {
    const stored = storeDocument(db, { purpose: 'boat_certificate', fileName: 'a.pdf', bytes: file(PDF) }, NOW);
    if (!stored.ok) throw new Error(stored.error.message);
    const ref = stored.value;
    expect(localDocumentStored(db, { ...ref, fileName: 'renamed.pdf' })).toBe(true);
    expect(localDocumentStored(db, { ...ref, sha256: 'a'.repeat(64) })).toBe(false);
    expect(localDocumentStored(db, { ...ref, size: ref.size + 1 })).toBe(false);
    expect(localDocumentStored(db, { ...ref, mediaType: 'image/png' })).toBe(false);
    expect(localDocumentStored(db, { ...ref, id: '0b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11' })).toBe(false);
    expect(readLocalDocument(db, '0b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11')).toBeNull();
  });

  it('refuses an empty or oversized file, one that is no PDF, JPEG or PNG, and a name it cannot store, keeping nothing', () => {
    const refusals: [string, Uint8Array, string][] = [
      ['empty', new Uint8Array(0), 'a.pdf'],
      ['one byte too large', file(PDF, MAX_DOCUMENT_BYTES + 1), 'a.pdf'],
      ['a web page named as a PDF', Buffer.from('<html><script>alert(1)</script></html>'), 'todistus.pdf'],
      ['a Windows program', Buffer.from([0x4d, 0x5a, 0x90, 0x00]), 'todistus.png'],
      ['a PDF cut before its dash', Buffer.from('%PDF'), 'a.pdf'],
      ['no name', file(PDF), ''],
      ['blank name', file(PDF), '   '],
      ['a folder only', file(PDF), 'C:\\skannaukset\\'],
      ['a name too long', file(PDF), `${'a'.repeat(117)}.pdf`],
      ['a name with U+0000', file(PDF), 'a\u0000.pdf'],
      ['a name with half a surrogate pair', file(PDF), 'a\ud800.pdf'],
    ];
    for (const [why, bytes, fileName] of refusals) {
      const r = storeDocument(db, { purpose: 'boat_certificate', fileName, bytes }, NOW);
      expect(r.ok ? `${why}: stored` : r.error.code).toBe('document_invalid');
      expect(!r.ok && r.error.message.length).toBeGreaterThan(10);
    }
    expect(rows()).toBe(0);
    // The largest allowed is taken, and a name of exactly 120 characters.
    expect(storeDocument(db, { purpose: 'boat_certificate', fileName: `${'a'.repeat(116)}.pdf`, bytes: file(PDF, MAX_DOCUMENT_BYTES) }, NOW).ok).toBe(true);
  });

  it('hands out the waiting ones oldest first, without bytes, and not again once uploaded or refused', () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = storeDocument(db, { purpose: 'boat_certificate', fileName: `s${i}.pdf`, bytes: file(PDF) }, new Date(NOW.getTime() + (i % 2) * 1000));
      if (!r.ok) throw new Error(r.error.message);
      ids.push(r.value.id);
    }
    // Two at the same instant keep the order they were attached in.
    expect(pendingUploads(db, 10).map((d) => d.ref.id)).toEqual([ids[0], ids[2], ids[1], ids[3]]);
    expect(pendingUploads(db, 1)[0]).toEqual({ ref: readLocalDocument(db, ids[0]!)!.ref, purpose: 'boat_certificate' });
    markUploaded(db, ids[0]!);
    markRefused(db, ids[1]!);
    // Marking once more does not move a refused one to uploaded (nor back).
    markUploaded(db, ids[1]!);
    expect(pendingUploads(db, 10).map((d) => d.ref.id)).toEqual([ids[2], ids[3]]);
    expect(db.prepare('SELECT id, uploaded FROM document_blob ORDER BY rowid').all()).toEqual(ids.map((id, i) => ({ id, uploaded: [1, -1, 0, 0][i] })));
    // Both still open from the cache.
    expect(readLocalDocument(db, ids[0]!)).not.toBeNull();
    expect(readLocalDocument(db, ids[1]!)).not.toBeNull();
  });

  it('is no read model: a resync and a first download leave the scans waiting, a reopen finds them', () => {
    const t = tempCache();
    try {
      const stored = t.cache.storeDocument({ purpose: 'boat_certificate', fileName: 'a.png', bytes: file(PNG) }, NOW);
      if (!stored.ok) throw new Error(stored.error.message);
      t.cache.applyChanges(world().changes, 'c1');
      t.cache.resetReadModel();
      t.cache.applyBootstrap(world().changes, null);
      t.cache.applyBootstrap([], 'c2');
      expect(t.cache.getCursor()).toBe('c2');
      const reopened = t.reopen();
      expect(reopened.pendingDocuments(10)).toEqual([{ ref: stored.value, purpose: 'boat_certificate' }]);
      expect(reopened.readDocument(stored.value.id)?.ref).toEqual(stored.value);
    } finally {
      t.dispose();
    }
  });

  it('lets go of an uploaded scan once its certificate no longer names it, never of one still waiting', () => {
    const t = tempCache();
    try {
      const keep = (name: string) => {
        const r = t.cache.storeDocument({ purpose: 'boat_certificate', fileName: name, bytes: file(PDF) }, NOW);
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const [uploaded, waiting] = [keep('vanha.pdf'), keep('uusi.pdf')];
      t.cache.markDocumentUploaded(uploaded.id);
      const id = '00000000-0000-4000-8000-0000000000ce';
      const certificate = (version: number, document: DocumentRef | null) => ({
        entity: 'boat_certificate' as const,
        id,
        op: 'put' as const,
        version,
        data: { id, boatId: '00000000-0000-4000-8000-0000000000b0', customerId: '00000000-0000-4000-8000-0000000000c0', certificateType: 'insurance', number: 'VK-1', issuer: 'If', validFrom: null, validUntil: '2027-12-31', checked: { actorId: null, actorName: 'Aino Virtanen', at: '2026-12-01T10:00:00+02:00' }, document, removed: null },
      });
      t.cache.applyChanges([certificate(1, uploaded)], 'c1');
      t.cache.applyChanges([certificate(2, uploaded)], 'c2');
      expect(t.cache.readDocument(uploaded.id)).not.toBeNull();
      // Taken off (or erased) on the central: this desk's copy goes too.
      t.cache.applyChanges([certificate(3, null)], 'c3');
      expect(t.cache.readDocument(uploaded.id)).toBeNull();
      // One still waiting for its upload stays whatever the certificate says: a queued command may name it.
      t.cache.applyChanges([certificate(4, waiting)], 'c4');
      t.cache.applyChanges([certificate(5, null)], 'c5');
      expect(t.cache.pendingDocuments(10).map((d) => d.ref.id)).toEqual([waiting.id]);
    } finally {
      t.dispose();
    }
  });

  it('keeps a scan once it is answered, even when the process is killed right after', () => {
    const here = (p: string) => pathToFileURL(join(import.meta.dirname, p)).href;
    db.close();
    const script = `
      const { openDatabase } = await import(${JSON.stringify(here('../db/open-database.ts'))});
      const { storeDocument } = await import(${JSON.stringify(here('local-documents.ts'))});
      const db = openDatabase(${JSON.stringify(path)});
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\\n'), Buffer.alloc(200000, 7)]);
      const r = storeDocument(db, { purpose: 'boat_certificate', fileName: 'katsastus.pdf', bytes }, new Date());
      process.stdout.write(JSON.stringify(r));
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const answer = JSON.parse(child.stdout) as { ok: true; value: DocumentRef };
    expect(answer.ok).toBe(true);
    db = openDatabase(path);
    expect(localDocumentStored(db, answer.value)).toBe(true);
    const read = readLocalDocument(db, answer.value.id)!;
    expect([read.bytes.length, sha256(read.bytes)]).toEqual([answer.value.size, answer.value.sha256]);
    expect(pendingUploads(db, 10).map((d) => d.ref.id)).toEqual([answer.value.id]);
  });
});

describe('sweeping copies nothing names', () => {
  const DAY = 24 * 3_600_000;
  const HOLDERS = [{ entity: 'boat_certificate', table: 'boat_certificate', idPath: '$.document.id' }];
  const kept = (id: string) => readLocalDocument(db, id) !== null;
  const stored = (at: Date) => {
    const r = storeDocument(db, { purpose: 'boat_certificate', fileName: 'a.pdf', bytes: file(PDF) }, at);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const certificateNaming = (table: 'boat_certificate' | 'shadow', docId: string) => {
    const data = JSON.stringify({ id: `cert-${docId}`, document: { id: docId } });
    if (table === 'shadow') db.prepare("INSERT INTO shadow (entity, id, version, data) VALUES ('boat_certificate', ?, 1, ?)").run(`cert-${docId}`, data);
    else db.prepare('INSERT INTO boat_certificate (id, version, data, pending, boat_id, customer_id) VALUES (?, 1, ?, 0, ?, ?)').run(`cert-${docId}`, data, 'boat', 'customer');
  };
  const commandNaming = (docId: string) =>
    db
      .prepare("INSERT INTO outbox (id, type, payload, issued_at, actor_id, actor_name, puts) VALUES (?, 'berths.editBoatCertificate', ?, ?, 'aino', 'Aino', '[]')")
      .run(`cmd-${docId}`, JSON.stringify({ certificateId: 'c', document: { id: docId } }), NOW.toISOString());

  it('removes an uploaded or refused copy a day after it came when no record, server copy or queued command names it', () => {
    const old = new Date(NOW.getTime() - DAY - 1000);
    const unnamed = stored(old);
    const refused = stored(old);
    const young = stored(new Date(NOW.getTime() - DAY + 60_000));
    const waiting = stored(old);
    const inRecord = stored(old);
    const inShadow = stored(old);
    const inCommand = stored(old);
    for (const d of [unnamed, young, inRecord, inShadow, inCommand]) markUploaded(db, d.id);
    markRefused(db, refused.id);
    certificateNaming('boat_certificate', inRecord.id);
    certificateNaming('shadow', inShadow.id);
    commandNaming(inCommand.id);

    expect(sweepUnnamedDocuments(db, HOLDERS, NOW)).toBe(2);
    expect([unnamed, refused].map((d) => kept(d.id))).toEqual([false, false]);
    // A day not yet gone, an upload still to make, and every kind of name keep theirs.
    expect([young, waiting, inRecord, inShadow, inCommand].map((d) => kept(d.id))).toEqual([true, true, true, true, true]);
    // Swept once: nothing more the next time.
    expect(sweepUnnamedDocuments(db, HOLDERS, NOW)).toBe(0);
  });

  it('takes holders from the workspaces only: anything else in their names is refused, not run', () => {
    expect(() => sweepUnnamedDocuments(db, [{ entity: 'x', table: 'boat_certificate; DROP TABLE outbox', idPath: '$.id' }], NOW)).toThrow(/Bad document holder/);
    expect(() => sweepUnnamedDocuments(db, [{ entity: 'x', table: 'boat_certificate', idPath: "$.id') OR 1=1 --" }], NOW)).toThrow(/Bad document holder/);
  });
});
