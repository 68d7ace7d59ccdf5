import { createHash, randomUUID } from 'node:crypto';
import {
  DocumentRef,
  MAX_DOCUMENT_BYTES,
  documentFileName,
  sniffMediaType,
  type DocumentMediaType,
  type DocumentPurpose,
} from '../../../domain/documents/document.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

/** A scan as the handler picked it, before anything is checked. */
export interface NewDocument {
  purpose: DocumentPurpose;
  /** As a browser or a file dialog hands it over; a folder in front is dropped. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Where a workspace's records name a document: the entity's table, and the JSON path of the
 * document's id in a record's data (the sweep below reads them, in the table and in the server
 * copies kept under pending changes).
 */
export interface DocumentHolder {
  entity: string;
  table: string;
  idPath: string;
}

/** A document kept in the cache, with its bytes. */
export interface LocalDocument {
  ref: DocumentRef;
  purpose: DocumentPurpose;
  bytes: Buffer;
}

/** A document waiting for its upload: what the upload needs to know before it reads the bytes. */
export interface WaitingDocument {
  ref: DocumentRef;
  purpose: DocumentPurpose;
}

/** document_blob.uploaded (migration 015). */
const WAITING = 0;
const UPLOADED = 1;
const REFUSED = -1;

interface BlobRow {
  id: string;
  purpose: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
}

const REF_COLUMNS = 'id, purpose, file_name, media_type, size, sha256';

const statements = preparedFor((db: SqliteDatabase) => ({
  insert: db.prepare<[string, string, string, string, number, string, Buffer, string]>(
    `INSERT INTO document_blob (id, purpose, file_name, media_type, size, sha256, bytes, uploaded, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ${WAITING}, ?)`,
  ),
  stored: db.prepare<[string, string, number, string], { n: number }>('SELECT 1 AS n FROM document_blob WHERE id = ? AND sha256 = ? AND size = ? AND media_type = ?'),
  one: db.prepare<[string], BlobRow & { bytes: Buffer }>(`SELECT ${REF_COLUMNS}, bytes FROM document_blob WHERE id = ?`),
  // Oldest first: the commands that name them were queued in that order too.
  waiting: db.prepare<[number], BlobRow>(`SELECT ${REF_COLUMNS} FROM document_blob WHERE uploaded = ${WAITING} ORDER BY added_at, rowid LIMIT ?`),
  mark: db.prepare<[number, string]>(`UPDATE document_blob SET uploaded = ? WHERE id = ? AND uploaded = ${WAITING}`),
  forget: db.prepare<[string]>(`DELETE FROM document_blob WHERE id = ? AND uploaded <> ${WAITING}`),
}));

const refOf = (r: BlobRow): DocumentRef => ({ id: r.id, fileName: r.file_name, mediaType: r.media_type as DocumentMediaType, size: r.size, sha256: r.sha256 });

/** A Buffer over the same memory: the driver binds Buffers, not every Uint8Array. */
const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/**
 * Keeps a scan in the cache under a fresh id, until the sync uploads it. Checked as the central
 * checks an upload (the bytes are a PDF, JPEG or PNG whatever the name says, not empty, not too
 * large, a name it can store), so what is kept here is what the central takes. One INSERT on its
 * own commit with the cache's synchronous=FULL: once this answers, the scan survives a crash
 * like a queued command does.
 */
export function storeDocument(db: SqliteDatabase, input: NewDocument, now: Date): Result<DocumentRef> {
  const { bytes } = input;
  if (bytes.byteLength === 0) return fail('document_invalid', 'The file is empty.');
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return fail('document_invalid', `The file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB.`);
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null) return fail('document_invalid', 'The file is not a PDF, JPEG or PNG file: only those can be attached.');
  const fileName = DocumentRef.shape.fileName.safeParse(documentFileName(input.fileName));
  if (!fileName.success) return fail('document_invalid', 'The file name is empty, longer than 120 characters or holds a character that cannot be stored.');
  const ref: DocumentRef = { id: randomUUID(), fileName: fileName.data, mediaType, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  statements(db).insert.run(ref.id, input.purpose, ref.fileName, ref.mediaType, ref.size, ref.sha256, asBuffer(bytes), now.toISOString());
  return ok(ref);
}

/**
 * Whether this cache holds the document a command names, exactly as named (id, digest, size and
 * type): the desk's side of the central's check that an attached scan has been stored.
 */
export function localDocumentStored(db: SqliteDatabase, ref: DocumentRef): boolean {
  return statements(db).stored.get(ref.id, ref.sha256, ref.size, ref.mediaType) !== undefined;
}

/** The document and its bytes, or null when this cache does not hold it. */
export function readLocalDocument(db: SqliteDatabase, id: string): LocalDocument | null {
  const row = statements(db).one.get(id);
  return row ? { ref: refOf(row), purpose: row.purpose as DocumentPurpose, bytes: row.bytes } : null;
}

/** Documents still to upload, oldest first, without their bytes (read one at a time when sent). */
export function pendingUploads(db: SqliteDatabase, limit: number): WaitingDocument[] {
  return statements(db)
    .waiting.all(limit)
    .map((r) => ({ ref: refOf(r), purpose: r.purpose as DocumentPurpose }));
}

/** The central holds it now: not sent again. The bytes stay, so the scan still opens offline. */
export function markUploaded(db: SqliteDatabase, id: string): void {
  statements(db).mark.run(UPLOADED, id);
}

/**
 * The central refused it (400, 403, 409, 413): sending the same bytes again would be refused
 * again, so it is not. The bytes stay; the command that names it is refused by the central.
 */
export function markRefused(db: SqliteDatabase, id: string): void {
  statements(db).mark.run(REFUSED, id);
}

/**
 * A record stopped pointing at the document (replaced, taken off, erased): this desk's copy goes,
 * as the central's bytes do. One still waiting for its upload stays: a queued command may name it.
 */
export function forgetDocument(db: SqliteDatabase, id: string): void {
  statements(db).forget.run(id);
}


/** A day, as on the central: a scan whose command goes up after a network break is named by then. */
export const UNNAMED_DOCUMENT_TTL_MS = 24 * 3_600_000;

const NAME_PATTERN = /^[a-z_]+$/;
const PATH_PATTERN = /^\$(\.[A-Za-z]+)+$/;

/**
 * Removes this desk's copies of scans nothing names a day after they were attached: no record, no
 * server copy kept under a pending change, no queued command. Such a copy is a scan replaced before
 * its first upload, one whose command was refused, or one picked and then not saved; the central
 * sweeps its own copy of them after a day, and personal data is not kept where nothing leads to it.
 * One still waiting for its upload stays whatever its age: its command may be queued behind it.
 * Returns how many went.
 */
export function sweepUnnamedDocuments(db: SqliteDatabase, holders: readonly DocumentHolder[], now: Date): number {
  return documentSweeper(db, holders)(now);
}

/** The sweep above, its statement built and prepared once for a cache that sweeps after every sync. */
export function documentSweeper(db: SqliteDatabase, holders: readonly DocumentHolder[]): (now: Date) => number {
  const named = ['EXISTS (SELECT 1 FROM outbox o WHERE instr(o.payload, d.id) > 0)'];
  for (const h of holders) {
    // Names from the workspaces' own code, never from input: checked all the same, they go into SQL.
    if (!NAME_PATTERN.test(h.table) || !NAME_PATTERN.test(h.entity) || !PATH_PATTERN.test(h.idPath)) throw new Error(`Bad document holder ${h.table} ${h.idPath}.`);
    named.push(`EXISTS (SELECT 1 FROM ${h.table} r WHERE json_extract(r.data, '${h.idPath}') = d.id)`);
    named.push(`EXISTS (SELECT 1 FROM shadow s WHERE s.entity = '${h.entity}' AND json_extract(s.data, '${h.idPath}') = d.id)`);
  }
  const sweep = db.prepare<[string]>(`DELETE FROM document_blob AS d WHERE d.uploaded <> ${WAITING} AND d.added_at < ? AND NOT (${named.join(' OR ')})`);
  return (now) => sweep.run(new Date(now.getTime() - UNNAMED_DOCUMENT_TTL_MS).toISOString()).changes;
}
