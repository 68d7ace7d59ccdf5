import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../../domain/contract.ts';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files.ts';
import { exportsFolder, newFileName, PART_SUFFIX, sweepExports } from './export-folder.ts';

/**
 * Saves a document as a JSON file in the user's exports folder, delivered like every export
 * (download or save dialog): written under a temporary name and renamed, so it is always whole.
 */
export function saveJsonExport(dataDir: string, userId: string, stem: string, document: unknown, rows: number, now: Date): ExportedFile {
  const folder = exportsFolder(dataDir, userId);
  makePrivateDir(folder);
  sweepExports(folder, now);
  const name = newFileName(stem, 'json', now);
  const final = path.join(folder, name);
  const part = `${final}${PART_SUFFIX}`;
  try {
    writeFileSync(part, `${JSON.stringify(document, null, 2)}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    renameSync(part, final);
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
  return { name, size: statSync(final).size, rows, mediaType: 'application/json' };
}
