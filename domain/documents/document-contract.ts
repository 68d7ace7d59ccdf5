import { z } from 'zod';
import { DocumentPurpose, DocumentRef, MAX_DOCUMENT_BYTES } from './document.ts';

/**
 * Documents in the renderer contract (domain/contract.ts names each method): attaching keeps a
 * scan in the desk's cache until the sync uploads it; opening makes it a file delivered like
 * every export.
 */

/** The base64 of the largest document, padding included: a call carrying more is refused whole. */
export const MAX_DOCUMENT_BASE64 = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;
/** Room for a folder in front of the name (a file dialog's path); the name itself is checked by the core. */
const PICKED_NAME_MAX = 1024;

/**
 * At most `max` characters, refused as a bad call: zod's own `max` would make it `text_too_long`
 * (parseCall), which tells the user of a text they typed.
 */
const atMost = (max: number, what: string) => z.string().refine((s) => s.length <= max, `${what} is longer than ${max} characters.`);

export const AttachDocumentInput = z
  .object({
    purpose: DocumentPurpose,
    /** As the file picker gives it; the core keeps the last segment and refuses one it cannot store. */
    fileName: atMost(PICKED_NAME_MAX, 'The file name'),
    /** The bytes. Their type, size and emptiness are the core's to refuse (`document_invalid`). */
    dataBase64: atMost(MAX_DOCUMENT_BASE64, 'The file as base64').pipe(z.base64()),
  })
  .strict();

export const OpenDocumentInput = z.object({ id: DocumentRef.shape.id }).strict();

export const DOCUMENT_CONTRACT_INPUTS = {
  'documents.attach': AttachDocumentInput,
  'documents.open': OpenDocumentInput,
} as const;
