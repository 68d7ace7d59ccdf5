// The only module that names the SQLite driver: better-sqlite3-multiple-ciphers, better-sqlite3's
// API on SQLite3 Multiple Ciphers (page-level encryption, SQLCipher-compatible among its schemes).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the driver's typing must come along into every tsconfig project that imports this module
/// <reference path="./driver-types.d.ts" />
import { openSync, closeSync, readSync, renameSync, rmSync } from 'node:fs';
import Driver from 'better-sqlite3-multiple-ciphers';
import type Sqlite from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import { syncFile, syncFolderOf } from './durable.ts';
import { createPrivateFile, makePrivateIfExists } from './private-files.ts';

export type SqliteDatabase = Sqlite.Database;
export type SqliteStatement<P extends unknown[] = unknown[], R = unknown> = Sqlite.Statement<P, R>;

/**
 * The cipher of every encrypted cache: AEGIS-256 (authenticated, on the CPU's AES instructions),
 * the cheapest of the schemes measured on the first-download path (docs/decisions.md,
 * docs/performance.md). The file does not record the AEGIS variant, so it is pinned here; a raw
 * 256-bit key skips the scheme's passphrase KDF (Argon2id).
 */
export const CACHE_CIPHER = 'aegis-256';
const CIPHER_PRAGMAS = ["cipher = 'aegis'", `algorithm = '${CACHE_CIPHER}'`];
export const KEY_BYTES = 32;

/**
 * The page size of a new cache file (a file keeps the size it was made with; older caches keep
 * SQLite's default 4 KB and work as before). Fewer, fuller pages mean fewer b-tree splits and page
 * writes while a first download grows a dozen indexes and two search indexes: 100,000 applications
 * downloaded through the core in 13.3–15.4 s with 16 KB pages against 16.2–17.9 s with 4 KB, in
 * alternated runs; 32 KB was no faster (decision 72).
 */
export const PAGE_SIZE = 16_384;
/** What the WAL file may keep after a checkpoint: above what everyday writes fill between two. */
const WAL_KEEP_BYTES = 32 * 1024 * 1024;

export interface OpenDatabaseOptions {
  /** Defaults to the app's migrations; tests may pass their own. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
  /**
   * A 256-bit key: the file is encrypted with it, and a plain file is encrypted in place first.
   * Without a key the file is plain SQLite (tests of other parts, the bench's baseline); the app
   * always passes one.
   */
  key?: Buffer | undefined;
}

/** Raised when the file was written by a newer app: opening it would corrupt what we do not know. */
export class SchemaTooNewError extends Error {
  readonly fileLevel: number;
  readonly appLevel: number;
  constructor(file: string, fileLevel: number, appLevel: number) {
    super(
      `The local database ${file} has schema level ${fileLevel}, but this version of KuVa Desk knows only up to ${appLevel}. ` +
        'Update the app, or remove the local cache to download it again.',
    );
    this.name = 'SchemaTooNewError';
    this.fileLevel = fileLevel;
    this.appLevel = appLevel;
  }
}

/** The file is encrypted, but not with the key given (or without a key given), or is no database at all. */
export class WrongKeyError extends Error {
  constructor(file: string) {
    super(`The local database ${file} cannot be read with this profile's key.`);
    this.name = 'WrongKeyError';
  }
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const key = options.key;
  if (key !== undefined && key.length !== KEY_BYTES) throw new Error(`A cache key has ${KEY_BYTES} bytes, not ${key.length}.`);
  const onDisk = file !== ':memory:';
  if (onDisk) {
    createPrivateFile(file);
    for (const suffix of SIDE_FILES) makePrivateIfExists(file + suffix);
    if (key && isPlainSqlite(file)) encryptInPlace(file, key);
  }
  const db = new Driver(file);
  try {
    if (key) unlock(db, key);
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    // Only a new, empty file takes it, and only before WAL mode writes its first page.
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    // FULL: a command acknowledged as queued must survive a power cut (the outbox is the user's work).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Sorts and temporary b-trees stay in memory: never a plain temp file beside an encrypted cache.
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -32000'); // 32 MB of page cache
    // A first download lets the WAL grow to 256 MB; once that is checkpointed, the next write
    // cuts the file back to this instead of keeping the space until the cache closes.
    db.pragma(`journal_size_limit = ${WAL_KEEP_BYTES}`);
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    // Encrypted with another key (or without a key given), or not a database at all.
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError(file);
    throw error;
  }
}

/** What SQLite keeps beside a database file. */
export const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** A plain SQLite file starts with its magic; an encrypted one with random salt; a new one is empty. */
function isPlainSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

const hexKey = (key: Buffer) => `"x'${key.toString('hex')}'"`;

function unlock(db: SqliteDatabase, key: Buffer): void {
  for (const p of CIPHER_PRAGMAS) db.pragma(p);
  // A raw key (x'…') skips the passphrase KDF: the key is random already.
  db.pragma(`key = ${hexKey(key)}`);
  // The key is only tried on the first read; a wrong one fails here with SQLITE_NOTADB.
  db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
}

/**
 * A cache written before encryption (plain SQLite) becomes an encrypted file at the same path,
 * with its outbox and everything else. The work happens on a copy: until the final rename the
 * plain original is untouched, so a crash at any point leaves one whole, readable file.
 * `PRAGMA rekey` needs a rollback journal, hence the copy's default journal mode.
 */
function encryptInPlace(file: string, key: Buffer): void {
  const copy = `${file}.encrypting`;
  for (const f of [copy, ...SIDE_FILES.map((s) => copy + s)]) rmSync(f, { force: true });
  const plain = new Driver(file);
  try {
    // Folds a WAL the old app left into the file and removes it.
    plain.pragma('journal_mode = DELETE');
    // VACUUM INTO writes into an empty file: created 0600 first. Free pages are not copied.
    createPrivateFile(copy);
    plain.prepare('VACUUM INTO ?').run(copy);
  } finally {
    plain.close();
  }
  const encrypted = new Driver(copy);
  try {
    for (const p of CIPHER_PRAGMAS) encrypted.pragma(p);
    encrypted.pragma(`rekey = ${hexKey(key)}`);
  } finally {
    encrypted.close();
  }
  syncFile(copy);
  renameSync(copy, file);
  syncFolderOf(file);
}

function migrate(db: SqliteDatabase, file: string, migrations: readonly Migration[]): void {
  const appLevel = migrations.reduce((max, m) => Math.max(max, m.level), 0);
  const fileLevel = db.pragma('user_version', { simple: true }) as number;
  if (fileLevel > appLevel) throw new SchemaTooNewError(file, fileLevel, appLevel);
  const todo = [...migrations].filter((m) => m.level > fileLevel).sort((a, b) => a.level - b.level);
  if (todo.length === 0) return;
  db.transaction(() => {
    for (const m of todo) db.exec(m.sql);
    db.pragma(`user_version = ${appLevel}`);
  }).immediate();
}
