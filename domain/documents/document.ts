import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { StorableText } from '../text.ts';

/**
 * A document a record points at: a scanned certificate today, any workspace's attachment later.
 * The bytes live on the central (and, until they are uploaded, in the desk's cache); records carry
 * only this reference, so the change feed stays small and a role that may not read the bytes
 * never receives them.
 */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DocumentMediaType = z.enum(DOCUMENT_MEDIA_TYPES);
export type DocumentMediaType = z.infer<typeof DocumentMediaType>;

/** A phone photo of a certificate is 1-3 MB; a scanned PDF page far less. */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
export const DOCUMENT_NAME_MAX = 120;

/** What a document is for: who may upload it and who may read it back. */
export const DOCUMENT_PURPOSES = {
  boat_certificate: { write: 'berths.cases.write', read: 'berths.cases.read' },
} as const satisfies Record<string, { write: Permission; read: Permission }>;
export type DocumentPurpose = keyof typeof DOCUMENT_PURPOSES;
export const DocumentPurpose = z.enum(Object.keys(DOCUMENT_PURPOSES) as [DocumentPurpose, ...DocumentPurpose[]]);

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 digest in lower-case hex.');

export const DocumentRef = z
  .object({
    id: z.uuid().lowercase(),
    /** The file's name as the handler picked it, without any folder. */
    fileName: StorableText.trim().min(1).max(DOCUMENT_NAME_MAX),
    mediaType: DocumentMediaType,
    size: z.number().int().min(1).max(MAX_DOCUMENT_BYTES),
    sha256: Sha256Hex,
  })
  .strict();
export type DocumentRef = z.infer<typeof DocumentRef>;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/**
 * The media type the bytes themselves say, whatever the file's name or the caller claims: a
 * document is stored and served only as one of the three, so nothing else (an executable, an
 * HTML page) can be handed back to a user as a "certificate".
 */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

/** The last segment of a path a browser or a file dialog hands over ("C:\\scans\\x.pdf" → "x.pdf"). */
export function documentFileName(name: string): string {
  return name.split(/[\\/]/).pop()!.trim();
}
