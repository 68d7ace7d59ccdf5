import type { ExportedFile, ParsedInput } from '../../../domain/contract.ts';
import { DOCUMENT_PURPOSES, type DocumentMediaType, type DocumentPurpose } from '../../../domain/documents/document.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { can, type Role } from '../../../domain/roles.ts';
import { saveBytesExport } from '../files/bytes-export-file.ts';
import type { ActiveSession } from '../session/session.ts';
import type { CentralClient } from '../sync/central-client.ts';
import type { CentralFailure } from '../sync/central-failure.ts';
import { documentExportStem, EXTENSION_OF } from './document-export-name.ts';

export interface OpenDocumentContext {
  dataDir: string;
  /** The signed-in user and their cache; null when nobody is signed in. */
  active: Pick<ActiveSession, 'user' | 'cache'> | null;
  /** The user's session token; null: sign in again (needed only for a document fetched from the central). */
  token: string | null;
  client: Pick<CentralClient, 'downloadDocument'>;
  now: Date;
}

const PURPOSES = Object.keys(DOCUMENT_PURPOSES) as DocumentPurpose[];
const readsSome = (roles: readonly Role[]) => PURPOSES.some((p) => can(roles, DOCUMENT_PURPOSES[p].read));

/** A failed fetch as the user meets it: offline is `document_unavailable`, a refusal keeps its code. */
function notFetched(f: CentralFailure): Result<never> {
  if (f.kind === 'auth') return fail('unauthorized', 'Sign in again to fetch the document from the central.');
  // Unreachable, failing or busy (a garbled answer is a broken central, said as such).
  if (f.kind === 'transient' && f.code !== 'internal') return fail('document_unavailable', `The document is not on this computer, and the central cannot give it now: ${f.message}`);
  return fail(f.code, f.message);
}

/**
 * documents.open: the document as a made file in the user's exports folder, named after the
 * document and delivered like every export. A scan attached on this desk comes from the cache
 * (also offline); any other is fetched from the central with the user's own session, which
 * checks the purpose's read permission and audits the read, and is not kept here.
 */
export async function openDocument(input: ParsedInput<'documents.open'>, ctx: OpenDocumentContext): Promise<Result<ExportedFile>> {
  const { active } = ctx;
  if (!active) return fail('not_signed_in', 'Sign in first.');
  const local = active.cache.readDocument(input.id);
  if (local) {
    if (!can(active.user.roles, DOCUMENT_PURPOSES[local.purpose].read)) return fail('forbidden', `Your role may not read documents of ${local.purpose}.`);
    return ok(save(ctx, active.user.id, local.ref.fileName, local.ref.mediaType, local.bytes));
  }
  // Nobody who may read no document at all needs to ask; the rest the central decides.
  if (!readsSome(active.user.roles)) return fail('forbidden', 'Your role may not read documents.');
  if (!ctx.token) return fail('unauthorized', 'Sign in again to fetch the document from the central.');
  const fetched = await ctx.client.downloadDocument(ctx.token, input.id);
  if (!fetched.ok) return notFetched(fetched.failure);
  const { fileName, mediaType, bytes } = fetched.value;
  return ok(save(ctx, active.user.id, fileName ?? '', mediaType, bytes));
}

function save(ctx: OpenDocumentContext, userId: string, fileName: string, mediaType: DocumentMediaType, bytes: Uint8Array): ExportedFile {
  // A scan has no data rows.
  return saveBytesExport(ctx.dataDir, userId, { stem: documentExportStem(fileName), extension: EXTENSION_OF[mediaType], mediaType, rows: 0 }, bytes, ctx.now);
}
