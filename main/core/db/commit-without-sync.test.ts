import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './open-database.ts';
import { commitWithoutSync } from './commit-without-sync.ts';

let dir: string;
let db: SqliteDatabase;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kuva-sync-'));
  db = openDatabase(join(dir, 'a.sqlite'), { migrations: [] });
  db.exec('CREATE TABLE t (n INTEGER)');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const level = () => db.pragma('synchronous', { simple: true });

describe('commitWithoutSync', () => {
  it('commits its writes with NORMAL and puts FULL back for the outbox’s next commit', () => {
    const seen = commitWithoutSync(db, () => {
      db.transaction(() => db.prepare('INSERT INTO t VALUES (1)').run()).immediate();
      return level();
    });
    expect(seen).toBe(1); // NORMAL
    expect(level()).toBe(2); // FULL
    const other = openDatabase(join(dir, 'a.sqlite'), { migrations: [] });
    expect(other.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    other.close();
  });

  it('puts FULL back when the work throws, and the file stays in WAL mode', () => {
    expect(() =>
      commitWithoutSync(db, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(level()).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});
