import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { EXPORTED_FILE_NAME } from '../../../domain/contract.ts';
import { helsinkiWallMs } from './helsinki-time.ts';

/** A made file waits this long for its download or save, then goes. */
export const EXPORT_KEEP_MS = 24 * 60 * 60 * 1000;
/** A half-written file older than this is left over from a crash. */
const PART_KEEP_MS = 60 * 60 * 1000;
export const PART_SUFFIX = '.part';

/**
 * Where a user's exports and printouts wait for delivery: inside the profile folder (private,
 * like the caches), one folder per user, so a host serves a user only their own files.
 */
export function exportsFolder(dataDir: string, userId: string): string {
  return path.join(dataDir, 'exports', Buffer.from(userId, 'utf8').toString('hex'));
}

/** The full path of a made file in a user's folder, or null for any name the app does not make. */
export function exportedFile(dataDir: string, userId: string, name: string): string | null {
  return EXPORTED_FILE_NAME.test(name) ? path.join(exportsFolder(dataDir, userId), name) : null;
}

/** The extensions of made files (EXPORTED_FILE_NAME); jpg and png are opened scans (main/core/documents). */
export type ExportExtension = 'xlsx' | 'pdf' | 'json' | 'jpg' | 'png';

/** `<stem>-<yyyymmdd>-<hhmmss>-<8 hex>.<ext>`, the time in Helsinki. */
export function newFileName(stem: string, extension: ExportExtension, now: Date): string {
  const wall = new Date(helsinkiWallMs(now)).toISOString();
  const stamp = `${wall.slice(0, 10).replace(/-/g, '')}-${wall.slice(11, 19).replace(/:/g, '')}`;
  return `${stem}-${stamp}-${randomBytes(4).toString('hex')}.${extension}`;
}

/** Removes files left longer than a day (never delivered) and stale half-written ones. */
export function sweepExports(folder: string, now: Date): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      const age = now.getTime() - statSync(file).mtimeMs;
      if ((name.endsWith(PART_SUFFIX) && age > PART_KEEP_MS) || (EXPORTED_FILE_NAME.test(name) && age > EXPORT_KEEP_MS)) unlinkSync(file);
    } catch {
      // Gone already (downloaded meanwhile): nothing to sweep.
    }
  }
}
