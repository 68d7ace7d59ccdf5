// The only module that names the SQLite driver: switching to the SQLCipher-compatible
// better-sqlite3-multiple-ciphers (same API) is a change of this import alone.
import Driver from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type SqliteDatabase = BetterSqlite3.Database;
export type SqliteStatement<P extends unknown[] = unknown[], R = unknown> = BetterSqlite3.Statement<P, R>;

export interface OpenDatabaseOptions {
  /** Defaults to the app's migrations; tests may pass their own. */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
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

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = new Driver(file);
  try {
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    db.pragma('journal_mode = WAL');
    // FULL: a command acknowledged as queued must survive a power cut (the outbox is the user's work).
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -32000'); // 32 MB of page cache
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
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
