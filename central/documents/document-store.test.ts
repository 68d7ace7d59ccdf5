import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRef } from '../../domain/documents/document.ts';
import { openDb, type Db } from '../db/db.ts';
import { MIGRATED_TEMPLATE, migrate } from '../db/migrate.ts';
import { DAILY_JOBS, runJobRound } from '../jobs/daily-jobs.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { sweepUnattachedDocuments } from './document-sweep-job.ts';
import { attachDocument, deleteDocuments, putDocument, readDocument, storedDocument } from './document-store.ts';

const withPostgres = pgAvailable();
if (!withPostgres) console.warn('[skip] central/documents/document-store.test.ts on PostgreSQL: the PostgreSQL 15 binaries or the postgres user are missing.');

const UPLOADER = randomUUID();
const HOUR = 3_600_000;
const NOW = new Date('2027-03-10T12:00:00Z');

/** A PDF's worth of bytes (its magic, then text unique to the call) and the ref that names them. */
function pdf(text = randomUUID()): { ref: DocumentRef; bytes: Buffer } {
  const bytes = Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);
  return { bytes, ref: { id: randomUUID(), fileName: 'vakuutus.pdf', mediaType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
}

/** The store and the sweep, the same on PGlite and on a real PostgreSQL 15 (the migration and the bytea round trip on both). */
for (const backend of ['pglite', 'postgres'] as const) {
  describe.skipIf(backend === 'postgres' && !withPostgres)(`the document store on ${backend}`, () => {
    let db: Db;
    let cluster: PgCluster | null = null;
    beforeAll(async () => {
      cluster = backend === 'postgres' ? await startPgCluster() : null;
      db = await openDb(cluster ? { databaseUrl: cluster.databaseUrl } : { memoryStage: MIGRATED_TEMPLATE });
      await migrate(db);
    });
    afterAll(async () => {
      await db?.close();
      await cluster?.stop();
    });

    const put = (doc: { ref: DocumentRef; bytes: Buffer }, at = NOW) => putDocument(db, { ref: doc.ref, purpose: 'boat_certificate', bytes: doc.bytes, uploadedBy: UPLOADER, at });
    const attachedAt = async (id: string) => (await db.query<{ attached_at: Date | null }>('SELECT attached_at FROM document WHERE id = $1', [id])).rows[0]?.attached_at;
    const exists = async (id: string) => (await db.query('SELECT 1 FROM document WHERE id = $1', [id])).rows.length === 1;

    it('keeps an upload once: the same content again answers the first ref, other content under the id none', async () => {
      const doc = pdf();
      expect(await put(doc)).toEqual(doc.ref);
      expect(await put({ ...doc, ref: { ...doc.ref, fileName: 'toinen nimi.pdf' } })).toEqual(doc.ref);
      const other = pdf();
      expect(await put({ bytes: other.bytes, ref: { ...other.ref, id: doc.ref.id } })).toBeNull();
      const read = await readDocument(db, doc.ref.id);
      expect(read?.ref).toEqual(doc.ref);
      expect(read?.purpose).toBe('boat_certificate');
      expect(Buffer.isBuffer(read?.bytes)).toBe(true);
      expect(Buffer.compare(read!.bytes, doc.bytes)).toBe(0);
      expect(await readDocument(db, randomUUID())).toBeNull();
    });

    it('finds a document only as the command names it: its purpose, media type, size and digest', async () => {
      const doc = pdf();
      await put(doc);
      expect(await storedDocument(db, doc.ref, 'boat_certificate')).toBe(true);
      // The name is the handler's label, not the content: another name still names the stored file.
      expect(await storedDocument(db, { ...doc.ref, fileName: 'muu.pdf' }, 'boat_certificate')).toBe(true);
      expect(await storedDocument(db, { ...doc.ref, sha256: 'a'.repeat(64) }, 'boat_certificate')).toBe(false);
      expect(await storedDocument(db, { ...doc.ref, size: doc.ref.size + 1 }, 'boat_certificate')).toBe(false);
      expect(await storedDocument(db, { ...doc.ref, mediaType: 'image/png' }, 'boat_certificate')).toBe(false);
      expect(await storedDocument(db, { ...doc.ref, id: randomUUID() }, 'boat_certificate')).toBe(false);
      // In a transaction, as a command handler calls it.
      expect(await db.transaction((tx) => storedDocument(tx, doc.ref, 'boat_certificate'))).toBe(true);
    });

    it('attaches once (the first time stays) and deletes by id, answering how many it deleted', async () => {
      const [a, b, c] = [pdf(), pdf(), pdf()];
      for (const d of [a, b, c]) await put(d);
      expect(await attachedAt(a.ref.id)).toBeNull();
      await attachDocument(db, a.ref.id, new Date('2027-03-10T12:05:00Z'));
      await attachDocument(db, a.ref.id, new Date('2027-03-11T08:00:00Z'));
      expect((await attachedAt(a.ref.id))?.toISOString()).toBe('2027-03-10T12:05:00.000Z');
      expect(await deleteDocuments(db, [])).toBe(0);
      expect(await deleteDocuments(db, [a.ref.id, b.ref.id, randomUUID()])).toBe(2);
      expect([await exists(a.ref.id), await exists(b.ref.id), await exists(c.ref.id)]).toEqual([false, false, true]);
      // Deleted, the id may be uploaded again (a desk retrying an upload the sweep removed).
      expect(await put(a)).toEqual(a.ref);
    });

    it('refuses rows the routes would refuse, whoever writes them', async () => {
      const doc = pdf();
      await expect(put({ ...doc, ref: { ...doc.ref, size: doc.ref.size - 1 } })).rejects.toThrow();
      await expect(put({ ...doc, ref: { ...doc.ref, sha256: 'NOT-HEX' } })).rejects.toThrow();
      expect(await exists(doc.ref.id)).toBe(false);
    });

    it('sweeps uploads no record took within a day, and keeps attached and fresh ones', async () => {
      const oldUnattached = pdf();
      const oldAttached = pdf();
      const fresh = pdf();
      // A day before the others, so this test's sweeps see only its own uploads.
      const now = new Date(NOW.getTime() - 100 * HOUR);
      await put(oldUnattached, new Date(now.getTime() - 25 * HOUR));
      await put(oldAttached, new Date(now.getTime() - 25 * HOUR));
      await attachDocument(db, oldAttached.ref.id, new Date(now.getTime() - 24.5 * HOUR));
      await put(fresh, new Date(now.getTime() - 23 * HOUR));

      expect(await sweepUnattachedDocuments(db, now)).toBe(1);
      expect(await exists(oldUnattached.ref.id)).toBe(false);
      expect(await exists(oldAttached.ref.id)).toBe(true);
      expect(await exists(fresh.ref.id)).toBe(true);

      // Once the fresh one is a day old too, the next run takes it; a rerun deletes nothing more.
      const later = new Date(now.getTime() + 2 * HOUR);
      expect(await sweepUnattachedDocuments(db, later)).toBe(1);
      expect(await exists(fresh.ref.id)).toBe(false);
      expect(await sweepUnattachedDocuments(db, later)).toBe(0);
      expect(await exists(oldAttached.ref.id)).toBe(true);
    });

    it('sweeps among the daily jobs', async () => {
      const old = pdf();
      await put(old, new Date(NOW.getTime() - 48 * HOUR));
      const jobs = DAILY_JOBS.filter((j) => j.name === 'unattached document sweep');
      expect(jobs).toHaveLength(1);
      const failures: string[] = [];
      await runJobRound(db, jobs, NOW, (m) => failures.push(m));
      expect(failures).toEqual([]);
      expect(await exists(old.ref.id)).toBe(false);
    });

    it.skipIf(backend !== 'postgres')('stores one of two concurrent uploads of an id: the same content answers both, other content one', async () => {
      const doc = pdf();
      const same = await Promise.all([put(doc), put(doc), put(doc)]);
      expect(same).toEqual([doc.ref, doc.ref, doc.ref]);
      const a = pdf();
      const b = pdf();
      const raced = await Promise.all([put(a), put({ bytes: b.bytes, ref: { ...b.ref, id: a.ref.id } })]);
      expect(raced.filter((r) => r === null)).toHaveLength(1);
      const stored = (await readDocument(db, a.ref.id))!;
      expect(raced.find((r) => r !== null)).toEqual(stored.ref);
    });

    it.skipIf(backend !== 'postgres')('never sweeps a document a deciding command has found: the sweep waits, then leaves it attached', async () => {
      const doc = pdf();
      await put(doc, new Date(NOW.getTime() - 48 * HOUR));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let found!: () => void;
      const checked = new Promise<void>((resolve) => (found = resolve));
      const command = db.transaction(async (tx) => {
        expect(await storedDocument(tx, doc.ref, 'boat_certificate')).toBe(true);
        found();
        await released;
        await attachDocument(tx, doc.ref.id, NOW);
      });
      await checked;
      const sweep = sweepUnattachedDocuments(db, NOW);
      try {
        // The sweep blocks on the command's share lock, a state the server shows.
        await expect
          .poll(async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DELETE FROM document%'")).rows[0]!.n)
          .toBe(1);
      } finally {
        release();
        await command;
      }
      expect(await sweep).toBe(0);
      expect(await exists(doc.ref.id)).toBe(true);
    });
  });
}
