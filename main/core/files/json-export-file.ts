import type { ExportedFile } from '../../../domain/contract.ts';
import { saveBytesExport } from './bytes-export-file.ts';

/** Saves a document as a JSON file in the user's exports folder, delivered like every export. */
export function saveJsonExport(dataDir: string, userId: string, stem: string, document: unknown, rows: number, now: Date): ExportedFile {
  const text = `${JSON.stringify(document, null, 2)}\n`;
  return saveBytesExport(dataDir, userId, { stem, extension: 'json', mediaType: 'application/json', rows }, Buffer.from(text, 'utf8'), now);
}
