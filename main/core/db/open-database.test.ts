import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import PlainSqlite from 'better-sqlite3';
import { openDatabase, PAGE_SIZE, SchemaTooNewError, WrongKeyError } from './open-database.ts';
import { MIGRATIONS } from './migrations/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kuva-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('sets the pragmas the outbox relies on', () => {
    const db = openDatabase(join(dir, 'a.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(32 * 1024 * 1024);
    db.close();
  });

  it('makes new files with its page size, encrypted or not, and an older file keeps its own', () => {
    const key = randomBytes(32);
    for (const [name, options] of [['plain.sqlite', {}], ['sealed.sqlite', { key }]] as const) {
      const file = join(dir, name);
      const db = openDatabase(file, options);
      expect(db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
      db.close();
      const again = openDatabase(file, options);
      expect(again.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
      again.close();
    }
    // A cache from before PAGE_SIZE: SQLite's default 4 KB pages, in WAL mode, holding a row.
    const old = join(dir, 'old.sqlite');
    const before = new PlainSqlite(old);
    before.pragma('journal_mode = WAL');
    before.exec("CREATE TABLE kept (x); INSERT INTO kept VALUES ('row')");
    before.close();
    const db = openDatabase(old);
    expect(db.pragma('page_size', { simple: true })).toBe(4096);
    expect(db.prepare('SELECT x FROM kept').pluck().get()).toBe('row');
    db.close();
  });

  it('migrates to the latest level once and keeps data on reopen', () => {
    const file = join(dir, 'b.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(Math.max(...MIGRATIONS.map((m) => m.level)));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['application', 'application_fts', 'outbox', 'sync_state', 'conflicts', 'shadow', 'application_choice']));
    db.prepare("INSERT INTO harbour (id, version, data, name_fi) VALUES ('h', 1, '{}', 'X')").run();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT COUNT(*) FROM harbour').pluck().get()).toBe(1);
    again.close();
  });

  it('refuses a file written by a newer app', () => {
    const file = join(dir, 'c.sqlite');
    const db = openDatabase(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
    expect(() => openDatabase(file)).toThrow(/schema level 99/);
  });

  it('applies pending migrations in one transaction: a failing one leaves the file at its old level', () => {
    const file = join(dir, 'd.sqlite');
    openDatabase(file).close();
    const broken = [...MIGRATIONS, { level: Math.max(...MIGRATIONS.map((m) => m.level)) + 1, sql: 'CREATE TABLE added (x); CREATE TABLE added (x);' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/already exists/);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(Math.max(...MIGRATIONS.map((m) => m.level)));
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'added'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('openDatabase with a key', () => {
  const key = randomBytes(32);
  const needle = 'maija.meikalainen@example.fi';

  it('writes an encrypted file that plain SQLite cannot open and the key opens again', () => {
    const file = join(dir, 'e.sqlite');
    const db = openDatabase(file, { key });
    db.prepare("INSERT INTO harbour (id, version, data, name_fi) VALUES ('h', 1, ?, 'X')").run(JSON.stringify({ email: needle }));
    db.close();
    expect(readFileSync(file).includes(needle)).toBe(false);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const plain = new PlainSqlite(file, { readonly: true });
    expect(() => plain.prepare('SELECT COUNT(*) FROM sqlite_master').get()).toThrow(/file is not a database/);
    plain.close();
    const again = openDatabase(file, { key });
    expect(again.prepare("SELECT data FROM harbour WHERE id = 'h'").pluck().get()).toContain(needle);
    expect([again.pragma('cipher', { simple: true }), again.pragma('algorithm', { simple: true })]).toEqual(['aegis', 'aegis-256']);
    again.close();
  });

  it('refuses another key with WrongKeyError and leaves the file as it was', () => {
    const file = join(dir, 'w.sqlite');
    openDatabase(file, { key }).close();
    const before = readFileSync(file);
    expect(() => openDatabase(file, { key: randomBytes(32) })).toThrow(WrongKeyError);
    expect(() => openDatabase(file)).toThrow(WrongKeyError);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(() => openDatabase(file, { key: randomBytes(16) })).toThrow(/32 bytes/);
  });

  it('encrypts a plain file in place, with what its WAL held, and no copy left behind', () => {
    const file = join(dir, 'p.sqlite');
    const old = openDatabase(file);
    old.prepare("INSERT INTO harbour (id, version, data, name_fi) VALUES ('h', 1, ?, 'X')").run(JSON.stringify({ email: needle }));
    // A snapshot taken while the old app ran: the row is still only in the WAL.
    copyFileSync(file, join(dir, 'snap.sqlite'));
    copyFileSync(`${file}-wal`, join(dir, 'snap.sqlite-wal'));
    old.close();
    const snap = join(dir, 'snap.sqlite');
    expect(readFileSync(`${snap}-wal`).includes(needle)).toBe(true);

    const db = openDatabase(snap, { key });
    expect(db.prepare("SELECT data FROM harbour WHERE id = 'h'").pluck().get()).toContain(needle);
    db.close();
    expect(readdirSync(dir).filter((f) => f.startsWith('snap'))).toEqual(['snap.sqlite']);
    expect(readFileSync(snap).includes(needle)).toBe(false);
    expect(() => openDatabase(snap)).toThrow(WrongKeyError);
  });

  it('ignores the copy a migration cut off by a crash left behind', () => {
    const file = join(dir, 'c.sqlite');
    openDatabase(file).close();
    writeFileSync(`${file}.encrypting`, 'half-written');
    openDatabase(file, { key }).close();
    expect(existsSync(`${file}.encrypting`)).toBe(false);
    openDatabase(file, { key }).close();
  });

  it('creates the file and what SQLite keeps beside it owner-only, and corrects older modes', () => {
    const file = join(dir, 'm.sqlite');
    const db = openDatabase(file, { key });
    const mode = (f: string) => statSync(f).mode & 0o777;
    expect([mode(file), mode(`${file}-wal`), mode(`${file}-shm`)]).toEqual([0o600, 0o600, 0o600]);
    db.close();
    chmodSync(file, 0o644);
    openDatabase(file, { key }).close();
    expect(mode(file)).toBe(0o600);
  });
});
