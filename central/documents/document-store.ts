import type { DocumentMediaType, DocumentPurpose, DocumentRef } from '../../domain/documents/document.ts';
import type { Queryable } from '../db/db.ts';

/** An upload as the routes checked it: the bytes match the ref's media type, size and digest. */
export interface DocumentUpload {
  ref: DocumentRef;
  purpose: DocumentPurpose;
  bytes: Uint8Array;
  uploadedBy: string;
  at: Date;
}

export interface StoredDocument {
  ref: DocumentRef;
  purpose: DocumentPurpose;
  bytes: Buffer;
}

interface DocumentRow {
  id: string;
  purpose: string;
  media_type: string;
  file_name: string;
  size: number;
  sha256: string;
}

const REF_COLUMNS = 'id::text AS id, purpose, media_type, file_name, size, sha256';

const refOf = (r: DocumentRow): DocumentRef => ({ id: r.id, fileName: r.file_name, mediaType: r.media_type as DocumentMediaType, size: r.size, sha256: r.sha256 });

/**
 * Stores an upload under its id, once. Answers the ref as stored: the first upload's (its name
 * too) when the id holds the same content already, as after a retried upload or another user's
 * upload of the same scan; null when the id holds other content, which is never overwritten.
 */
export async function putDocument(q: Queryable, upload: DocumentUpload): Promise<DocumentRef | null> {
  const { ref, purpose } = upload;
  // Twice at most: a sweep or an erasure may delete the row between the two statements.
  for (let attempt = 0; attempt < 2; attempt++) {
    const inserted = await q.query<DocumentRow>(
      `INSERT INTO document (id, purpose, media_type, file_name, size, sha256, bytes, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO NOTHING RETURNING ${REF_COLUMNS}`,
      [ref.id, purpose, ref.mediaType, ref.fileName, ref.size, ref.sha256, upload.bytes, upload.uploadedBy, upload.at.toISOString()],
    );
    const row = inserted.rows[0] ?? (await q.query<DocumentRow>(`SELECT ${REF_COLUMNS} FROM document WHERE id = $1`, [ref.id])).rows[0];
    if (!row) continue;
    const same = row.purpose === purpose && row.media_type === ref.mediaType && row.size === ref.size && row.sha256 === ref.sha256;
    return same ? refOf(row) : null;
  }
  return null;
}

/** The document and its bytes, or null when there is none with this id. */
export async function readDocument(q: Queryable, id: string): Promise<StoredDocument | null> {
  const res = await q.query<DocumentRow & { bytes: Uint8Array }>(`SELECT ${REF_COLUMNS}, bytes FROM document WHERE id = $1`, [id]);
  const row = res.rows[0];
  if (!row) return null;
  // pg answers a Buffer, PGlite a Uint8Array: one type for the reply.
  const bytes = Buffer.isBuffer(row.bytes) ? row.bytes : Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
  return { ref: refOf(row), purpose: row.purpose as DocumentPurpose, bytes };
}

/**
 * Whether the document a command names is stored as named. The row is share-locked for the
 * caller's transaction, so the sweep of unattached uploads cannot delete it between this check and
 * the command's attachDocument.
 */
export async function storedDocument(q: Queryable, ref: DocumentRef, purpose: DocumentPurpose): Promise<boolean> {
  const res = await q.query(
    `SELECT 1 FROM document WHERE id = $1 AND purpose = $2 AND media_type = $3 AND size = $4 AND sha256 = $5 FOR SHARE`,
    [ref.id, purpose, ref.mediaType, ref.size, ref.sha256],
  );
  return res.rows.length > 0;
}

/** A record now points at the document: the sweep leaves it be. The first attachment's time stays. */
export async function attachDocument(q: Queryable, id: string, at: Date): Promise<void> {
  await q.query('UPDATE document SET attached_at = $2 WHERE id = $1 AND attached_at IS NULL', [id, at.toISOString()]);
}

/** Deletes the documents (no record points at them any more); answers how many there were. */
export async function deleteDocuments(q: Queryable, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await q.query<{ id: string }>('DELETE FROM document WHERE id = ANY($1::uuid[]) RETURNING id::text AS id', [ids]);
  return res.rows.length;
}
