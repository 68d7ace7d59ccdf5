import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * The profile's files hold personal data and keys: readable by the owner only. Modes are set
 * explicitly (not left to the umask) and corrected on files an older version created.
 * On Windows chmod changes only the read-only bit; the folders' ACLs protect the data there.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Corrects the mode of a file that exists; a missing one is left missing. */
export function makePrivateIfExists(file: string): void {
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * Creates the file empty with mode 0600 when it is missing. SQLite gives its -wal, -shm and
 * -journal files the mode of the database file, so they are born private too.
 */
export function createPrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}
