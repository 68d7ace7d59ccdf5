import type { ParsedInput } from '../../../domain/contract.ts';
import { DOCUMENT_PURPOSES, type DocumentRef } from '../../../domain/documents/document.ts';
import { fail, type Result } from '../../../domain/result.ts';
import { can } from '../../../domain/roles.ts';
import type { ActiveSession } from '../session/session.ts';

/**
 * documents.attach: keeps the scan in the signed-in user's cache (local-documents.ts), where it
 * waits for the sync to upload it ahead of the command that names it, so attaching works offline.
 * Only a role that may upload documents of the purpose may; the central checks the same.
 */
export function attachDocument(input: ParsedInput<'documents.attach'>, active: Pick<ActiveSession, 'user' | 'cache'> | null, now: Date): Result<DocumentRef> {
  if (!active) return fail('not_signed_in', 'Sign in first.');
  if (!can(active.user.roles, DOCUMENT_PURPOSES[input.purpose].write)) return fail('forbidden', `Your role may not attach documents of ${input.purpose}.`);
  // The contract checked the base64 already: decoding cannot drop characters silently.
  const bytes = Buffer.from(input.dataBase64, 'base64');
  return active.cache.storeDocument({ purpose: input.purpose, fileName: input.fileName, bytes }, now);
}
