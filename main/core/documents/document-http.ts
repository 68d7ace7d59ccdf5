import { z } from 'zod';
import {
  DOCUMENT_MEDIA_TYPES,
  DocumentMediaType,
  DocumentRef,
  MAX_DOCUMENT_BYTES,
  documentFileName,
  sniffMediaType,
  type DocumentPurpose,
} from '../../../domain/documents/document.ts';
import { failureFromStatus, failureFromThrown, garbled, type CentralResult } from '../sync/central-failure.ts';

/**
 * The central's document routes (PUT and GET /documents/:id, central/documents/routes.ts) as the
 * central client calls them: raw bytes each way, not the JSON of every other call. The client
 * picks the address (and turns to the next central on failure); these do one request there.
 */

export interface DocumentUpload {
  ref: DocumentRef;
  purpose: DocumentPurpose;
  bytes: Uint8Array;
}

export interface DownloadedDocument {
  mediaType: DocumentMediaType;
  /** The name the central keeps for it (its Content-Disposition); null when it sent none usable. */
  fileName: string | null;
  bytes: Buffer;
}

/**
 * A scan's bytes get this long on top of a call's usual answer time, as over a poor mobile link
 * (50 kB/s): a 4 MiB scan about 84 s more. A whole-answer limit of 15 s would cut such an upload
 * off every time, and the commands that wait for it with it.
 */
const SLOW_LINK_BYTES_PER_SECOND = 50_000;
export const transferTimeoutMs = (answerMs: number, bytes: number) => answerMs + Math.ceil((bytes / SLOW_LINK_BYTES_PER_SECOND) * 1000);

/** Paths below API_PREFIX. The name goes as the central stores it: without any folder. */
export const documentUploadPath = (ref: DocumentRef, purpose: DocumentPurpose) => `/documents/${encodeURIComponent(ref.id)}?${new URLSearchParams({ purpose, name: ref.fileName })}`;
export const documentDownloadPath = (id: string) => `/documents/${encodeURIComponent(id)}`;

const UploadAnswer = z.object({ document: DocumentRef });

const deadline = (ms: number, signal: AbortSignal | undefined) => (signal ? AbortSignal.any([signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms));

/** PUT: stores the bytes under the ref's id; answers the ref as the central keeps it. */
export async function putDocument(href: string, path: string, token: string, upload: DocumentUpload, answerMs: number, signal?: AbortSignal): Promise<CentralResult<DocumentRef>> {
  const { ref, bytes } = upload;
  // The central refuses such a body from its length and closes the connection before reading it:
  // a client still sending then sees a reset, not the 413. It is refused here in the same words.
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    const error = { code: 'payload_too_large', message: `The document is larger than ${MAX_DOCUMENT_BYTES} bytes.` };
    return { ok: false, failure: failureFromStatus(413, JSON.stringify({ error }), path) };
  }
  const limit = transferTimeoutMs(answerMs, bytes.byteLength);
  let res: Response;
  let text: string;
  try {
    res = await fetch(href, {
      method: 'PUT',
      headers: { accept: 'application/json', authorization: `Bearer ${token}`, 'content-type': ref.mediaType },
      // Never a SharedArrayBuffer's view here (the cache's Buffer, a decoded base64): the DOM typing asks for that.
      body: bytes as Uint8Array<ArrayBuffer>,
      signal: deadline(limit, signal),
    });
    text = await res.text();
  } catch (err) {
    return { ok: false, failure: failureFromThrown(err, path, limit) };
  }
  if (!res.ok) return { ok: false, failure: failureFromStatus(res.status, text, path, res.headers.get('retry-after')) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: garbled('an upload answer', `not JSON: ${text.slice(0, 80)}`, res.status) };
  }
  const parsed = UploadAnswer.safeParse(json);
  if (!parsed.success) return { ok: false, failure: garbled('an upload answer', parsed.error.message, res.status) };
  const kept = parsed.data.document;
  // The same content under the same id (its name may be a first upload's): anything else is not what was sent.
  if (kept.id !== ref.id || kept.sha256 !== ref.sha256 || kept.size !== ref.size || kept.mediaType !== ref.mediaType) {
    return { ok: false, failure: garbled('an upload answer', `document ${kept.id} (${kept.size} bytes) is not the one sent`, res.status) };
  }
  return { ok: true, value: kept };
}

/** GET: the document's bytes, checked to be the type the central says they are. */
export async function getDocument(href: string, path: string, token: string, answerMs: number, signal?: AbortSignal): Promise<CentralResult<DownloadedDocument>> {
  const limit = transferTimeoutMs(answerMs, MAX_DOCUMENT_BYTES);
  let res: Response;
  let mediaType: DocumentMediaType;
  let bytes: Buffer | null;
  try {
    res = await fetch(href, { headers: { accept: `${DOCUMENT_MEDIA_TYPES.join(', ')}, application/json`, authorization: `Bearer ${token}` }, signal: deadline(limit, signal) });
    if (!res.ok) return { ok: false, failure: failureFromStatus(res.status, await res.text(), path, res.headers.get('retry-after')) };
    const type = res.headers.get('content-type') ?? '';
    const declared = DocumentMediaType.safeParse(type.split(';')[0]!.trim().toLowerCase());
    if (!declared.success) {
      await res.body?.cancel();
      return { ok: false, failure: garbled('a document', `sent as ${type || 'nothing'}`, res.status) };
    }
    mediaType = declared.data;
    bytes = await readAtMost(res.body, MAX_DOCUMENT_BYTES);
  } catch (err) {
    return { ok: false, failure: failureFromThrown(err, path, limit) };
  }
  if (bytes === null) return { ok: false, failure: garbled('a document', `larger than ${MAX_DOCUMENT_BYTES} bytes`, res.status) };
  // Never handed on as a scan unless the bytes themselves say so.
  if (sniffMediaType(bytes) !== mediaType) return { ok: false, failure: garbled('a document', `its bytes are not the ${mediaType} it is sent as`, res.status) };
  return { ok: true, value: { mediaType, fileName: dispositionFileName(res.headers.get('content-disposition')), bytes } };
}


/** The whole body, or null once it grows past `max` (the rest is not read). */
async function readAtMost(body: ReadableStream<Uint8Array> | null, max: number): Promise<Buffer | null> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return Buffer.concat(chunks, size);
      size += value.byteLength;
      if (size > max) return null;
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
    body.cancel().catch(() => undefined);
  }
}

/** `attachment; filename*=UTF-8''<percent-encoded>` (RFC 6266/8187) as the central sends it. */
export function dispositionFileName(header: string | null): string | null {
  const encoded = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(header ?? '')?.[1];
  if (!encoded) return null;
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  const checked = DocumentRef.shape.fileName.safeParse(documentFileName(name));
  return checked.success ? checked.data : null;
}
