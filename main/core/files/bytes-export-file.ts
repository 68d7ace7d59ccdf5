import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../../domain/contract.ts';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files.ts';
import { exportsFolder, newFileName, PART_SUFFIX, sweepExports, type ExportExtension } from './export-folder.ts';

/**
 * Saves bytes made elsewhere (an opened scan) as a file in the user's exports folder, delivered
 * like every export (download or save dialog): written under a temporary name and renamed, so a
 * file the user can fetch is always whole.
 */
export function saveBytesExport(
  dataDir: string,
  userId: string,
  file: { stem: string; extension: ExportExtension; mediaType: string; rows: number },
  bytes: Uint8Array,
  now: Date,
): ExportedFile {
  const folder = exportsFolder(dataDir, userId);
  makePrivateDir(folder);
  sweepExports(folder, now);
  const name = newFileName(file.stem, file.extension, now);
  const final = path.join(folder, name);
  const part = `${final}${PART_SUFFIX}`;
  try {
    writeFileSync(part, bytes, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    renameSync(part, final);
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
  return { name, size: statSync(final).size, rows: file.rows, mediaType: file.mediaType };
}
