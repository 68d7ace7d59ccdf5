import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SchemaTooNewError } from './open-database.ts';
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
    db.close();
  });

  it('migrates to the latest level once and keeps data on reopen', () => {
    const file = join(dir, 'b.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
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
    const broken = [...MIGRATIONS, { level: MIGRATIONS.length + 1, sql: 'CREATE TABLE added (x); CREATE TABLE added (x);' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/already exists/);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'added'").pluck().get()).toBe(0);
    db.close();
  });
});
