import { closeSync, fsyncSync, openSync } from 'node:fs';
import path from 'node:path';

/** Flushes a file's content to the disk. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes the folder holding `file`, so a rename into it survives a power cut. Windows cannot
 * open a folder to flush it (NTFS journals the rename itself).
 */
export function syncFolderOf(file: string): void {
  if (process.platform !== 'win32') syncFile(path.dirname(file));
}
