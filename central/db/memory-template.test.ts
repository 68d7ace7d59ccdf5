import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { PGlite } from '@electric-sql/pglite';
import { openMemoryPglite, templateFile } from './memory-template.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'kuva-pglite-template-'));
const opened: PGlite[] = [];

afterAll(async () => {
  for (const db of opened) await db.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(dir: string): Promise<PGlite> {
  const db = await openMemoryPglite({ btree_gist }, dir);
  opened.push(db);
  return db;
}

async function publicTables(db: PGlite): Promise<string[]> {
  const res = await db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  return res.rows.map((r) => r.tablename);
}

describe('in-memory PGlite from a template on disk', () => {
  it('rebuilds a damaged template, and every copy from it is an empty cluster of its own', async () => {
    const damaged = path.join(root, 'damaged');
    mkdirSync(damaged);
    const file = templateFile(damaged);
    writeFileSync(file, 'not a tarball');

    const rebuilt = await open(damaged);
    const bytes = readFileSync(file);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]); // gzip again

    // A process that has not read it yet loads the file as written, without building it again.
    const copied = path.join(root, 'copied');
    mkdirSync(copied);
    copyFileSync(file, templateFile(copied));
    const before = statSync(templateFile(copied)).mtimeMs;
    const a = await open(copied);
    const b = await open(copied);
    expect(statSync(templateFile(copied)).mtimeMs).toBe(before);
    expect(readdirSync(copied)).toEqual([path.basename(file)]);

    for (const db of [rebuilt, a, b]) expect(await publicTables(db)).toEqual([]);
    await a.exec('CREATE TABLE only_in_a (x int); INSERT INTO only_in_a VALUES (1)');
    expect(await publicTables(a)).toEqual(['only_in_a']);
    expect(await publicTables(b)).toEqual([]);
    // The extension a migration creates is available in a copy, as in a cluster of its own.
    await b.exec('CREATE EXTENSION btree_gist');
    const ext = await b.query<{ extname: string }>("SELECT extname FROM pg_extension WHERE extname = 'btree_gist'");
    expect(ext.rows).toEqual([{ extname: 'btree_gist' }]);
  });

  it('keeps a prepared cluster as a template of its own: prepared once, every copy starts prepared and apart', async () => {
    const dir = path.join(root, 'staged');
    mkdirSync(dir);
    // The plain template the test above built, when it ran: only the stage is built here, not
    // initdb a second time (seconds of the unit project).
    const plainFile = templateFile(path.join(root, 'damaged'));
    if (existsSync(plainFile)) copyFileSync(plainFile, templateFile(dir));
    let prepared = 0;
    const stage = {
      key: 'test-stage',
      prepare: async (db: PGlite) => {
        prepared++;
        await db.exec('CREATE TABLE from_stage (x int)');
      },
    };
    const first = await openMemoryPglite({ btree_gist }, dir, stage);
    opened.push(first);
    const second = await openMemoryPglite({ btree_gist }, dir, stage);
    opened.push(second);
    expect(prepared).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([path.basename(templateFile(dir)), path.basename(templateFile(dir, stage))].sort());
    expect(await publicTables(second)).toEqual(['from_stage']);
    await second.exec('INSERT INTO from_stage VALUES (1)');
    const rows = await first.query<{ n: number }>('SELECT count(*)::int AS n FROM from_stage');
    expect(rows.rows).toEqual([{ n: 0 }]);
    // The unprepared template stays empty.
    const plain = await open(dir);
    expect(await publicTables(plain)).toEqual([]);
  });
});
