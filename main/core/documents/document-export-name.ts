import type { DocumentMediaType } from '../../../domain/documents/document.ts';
import type { ExportExtension } from '../files/export-folder.ts';

/** A made file's extension says what the bytes are (they were sniffed), whatever the name said. */
export const EXTENSION_OF: Record<DocumentMediaType, ExportExtension> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** Leaves room in a made file's name (at most 120 characters) for its time stamp and extension. */
const STEM_MAX = 80;
const FALLBACK_STEM = 'document';

/**
 * The document's own name as a made file's stem (EXPORTED_FILE_NAME: lower-case letters, digits
 * and single hyphens), so the user finds "katsastus-2026-..." rather than a code: accents come
 * off ("Ö" → "o"), everything else becomes a hyphen, the extension goes (the type gives it).
 * A name with nothing left ("скан.pdf") is a "document".
 */
export function documentExportStem(fileName: string): string {
  const stem = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, STEM_MAX)
    .replace(/^-+|-+$/g, '');
  return stem === '' ? FALLBACK_STEM : stem;
}
