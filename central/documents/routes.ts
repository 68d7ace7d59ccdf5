import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PURPOSE_TEXT_MAX, ReadPurpose } from '../../domain/audit/entry.ts';
import {
  DOCUMENT_MEDIA_TYPES,
  DOCUMENT_PURPOSES,
  DocumentPurpose,
  DocumentRef,
  MAX_DOCUMENT_BYTES,
  documentFileName,
  sniffMediaType,
} from '../../domain/documents/document.ts';
import { can } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import { isStorableText } from '../../domain/text.ts';
import { recordCentralRead } from '../audit/record.ts';
import type { Db } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { handleError, sendError } from '../http/errors.ts';
import { putDocument, readDocument } from './document-store.ts';

/** Whose data a purpose's documents are, for the audit of their reads. */
const WORKSPACE_OF: Record<DocumentPurpose, string> = { boat_certificate: 'berths' };

const Params = z.object({ id: DocumentRef.shape.id }).strict();
const PutQuery = z.object({ purpose: DocumentPurpose, name: z.string() }).strict();
/** Why the bytes are read, if the desk says; else the audit says what was opened. */
const GetQuery = z
  .object({ purpose: ReadPurpose.optional(), purposeText: z.string().trim().min(1).max(PURPOSE_TEXT_MAX).refine(isStorableText).optional() })
  .strict()
  .refine((q) => q.purpose !== 'other' || q.purposeText !== undefined);

/** The route's path, for the desk that uploads and fetches documents. */
export const documentPath = (id: string) => `${API_PREFIX}/documents/${encodeURIComponent(id)}`;
/** The upload's path with its query. */
export const documentUploadPath = (id: string, purpose: DocumentPurpose, fileName: string) => `${documentPath(id)}?${new URLSearchParams({ purpose, name: fileName })}`;

/** RFC 8187's encoding: encodeURIComponent leaves ' ( ) * as they are, which the header's syntax does not allow. */
const headerFileName = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const declaredType = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Before the body is read (the session is known by then): one whose roles may not upload the
 * purpose's documents is refused without being made to send megabytes first. A query the handler
 * would refuse anyway is left to it.
 */
async function refuseNonWriter(request: FastifyRequest, reply: FastifyReply) {
  const query = PutQuery.safeParse(request.query);
  if (!query.success) return;
  const { purpose } = query.data;
  if (!can(currentUser(request).roles, DOCUMENT_PURPOSES[purpose].write)) return sendError(reply, 403, 'forbidden', `Your roles may not upload documents of ${purpose}.`);
}

/**
 * PUT and GET /documents/:id: the central's store of scanned certificates (domain/documents). A
 * desk uploads the bytes under an id it made, before it pushes the command whose record names
 * them; the upload is idempotent, so a retry after a lost answer is harmless. Only the three
 * media types are taken, and only when the bytes are what the request says they are. Every read
 * is audited in the transaction that reads the bytes. In a plugin of their own, so the raw body
 * parsers reach no other route.
 */
export function documentRoutes(app: FastifyInstance, db: Db, clock: () => Date): void {
  void app.register(async (docs) => {
    docs.removeAllContentTypeParsers();
    docs.addContentTypeParser([...DOCUMENT_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES }, (_request, body, done) => done(null, body));
    docs.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(reply, 415, 'bad_request', `Send the document as one of ${DOCUMENT_MEDIA_TYPES.join(', ')}.`);
      return handleError(error, request, reply);
    });

    docs.put(`${API_PREFIX}/documents/:id`, { bodyLimit: MAX_DOCUMENT_BYTES, onRequest: refuseNonWriter }, async (request, reply) => {
      const user = currentUser(request);
      const params = Params.safeParse(request.params);
      if (!params.success) return sendError(reply, 400, 'bad_request', 'A document id is a lower-case UUID.');
      const query = PutQuery.safeParse(request.query);
      if (!query.success) return sendError(reply, 400, 'bad_request', `Give the purpose (one of ${Object.keys(DOCUMENT_PURPOSES).join(', ')}) and the file name.`);
      const { purpose } = query.data;
      const fileName = DocumentRef.shape.fileName.safeParse(documentFileName(query.data.name));
      if (!fileName.success) return sendError(reply, 400, 'bad_request', 'The file name is empty, too long or holds a character that cannot be stored.');
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) return sendError(reply, 400, 'document_invalid', 'The document is empty.');
      // The body limit refuses more before this; kept so the store's check never is what refuses.
      if (bytes.length > MAX_DOCUMENT_BYTES) return sendError(reply, 413, 'payload_too_large', 'The document is too large.');
      const mediaType = sniffMediaType(bytes);
      if (mediaType === null || mediaType !== declaredType(request)) {
        return sendError(reply, 400, 'document_invalid', `The file is not the ${declaredType(request)} it is sent as: only PDF, JPEG and PNG files are stored.`);
      }
      const ref: DocumentRef = { id: params.data.id, fileName: fileName.data, mediaType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
      const stored = await putDocument(db, { ref, purpose, bytes, uploadedBy: user.id, at: clock() });
      if (!stored) return sendError(reply, 409, 'id_taken', `Document ${ref.id} holds another file already.`);
      return { document: stored };
    });

    // No HEAD twin: it would audit a read that handed nobody the bytes.
    docs.get(`${API_PREFIX}/documents/:id`, { exposeHeadRoute: false }, async (request, reply) => {
      const user = currentUser(request);
      const purposes = Object.keys(DOCUMENT_PURPOSES) as DocumentPurpose[];
      // Nobody learns which ids exist without the right to read some document.
      if (!purposes.some((p) => can(user.roles, DOCUMENT_PURPOSES[p].read))) return sendError(reply, 403, 'forbidden', 'Your roles may not read documents.');
      const params = Params.safeParse(request.params);
      if (!params.success) return sendError(reply, 400, 'bad_request', 'A document id is a lower-case UUID.');
      const query = GetQuery.safeParse(request.query);
      if (!query.success) return sendError(reply, 400, 'bad_request', 'The purpose must be one of the audit purposes, with a short text (required for "other").');
      const { id } = params.data;
      const read = await db.transaction(async (tx) => {
        const doc = await readDocument(tx, id);
        if (!doc) return { absent: true } as const;
        if (!can(user.roles, DOCUMENT_PURPOSES[doc.purpose].read)) return { forbidden: doc.purpose } as const;
        await recordCentralRead(tx, {
          actor: { id: user.id, name: user.name },
          subjectKind: 'document',
          subjectIds: [id],
          workspace: WORKSPACE_OF[doc.purpose],
          partition: null,
          purpose: query.data.purpose ?? 'other',
          purposeText: query.data.purposeText ?? (query.data.purpose ? null : `The file of a document (${doc.purpose}) downloaded.`),
          detail: null,
        });
        return { doc };
      });
      if ('absent' in read) return sendError(reply, 404, 'not_found', `No document ${id}.`);
      if ('forbidden' in read) return sendError(reply, 403, 'forbidden', `Your roles may not read documents of ${read.forbidden}.`);
      return reply
        .header('content-type', read.doc.ref.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${headerFileName(read.doc.ref.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(read.doc.bytes);
    });
  });
}
