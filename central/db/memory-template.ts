import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite, type Extensions } from '@electric-sql/pglite';

/*
 * A new in-memory PGlite runs initdb, which takes tens of seconds on a busy machine; loading a copy
 * of a freshly initialised cluster takes a few. Tests open many in-memory centrals, each test file
 * in a process of its own, so the copy is kept on disk for the next process. What initdb produces
 * depends only on the PGlite build (extensions and migrations come later), so the file is keyed by
 * its version. Every open gets its own copy: nothing written to one database reaches another.
 * Databases in a data dir never come here: their first start stays PGlite's own.
 */

/** Per process: the template once read or built, by file. */
const templates = new Map<string, Blob>();

export function defaultTemplateDir(): string {
  return path.join(os.tmpdir(), `kuva-desk-pglite-${process.getuid?.() ?? 'user'}`);
}

/**
 * A cluster prepared beyond initdb (the central's migrations, for one), kept as a template of its
 * own. `key` must change whenever what `prepare` does changes: a stale template is never detected.
 */
export interface TemplateStage {
  key: string;
  prepare: (db: PGlite) => Promise<void>;
}

/** Where the template of this PGlite build (prepared by `stage`, when given) is kept in `dir`. */
export function templateFile(dir: string, stage?: TemplateStage): string {
  // The package exports no package.json: it lies beside dist/, where the entry point is.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pkg = path.join(path.dirname(entry), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  return path.join(dir, `${stage ? stage.key : 'initdb'}-${version}.tgz`);
}

/**
 * A fresh in-memory cluster, as `PGlite.create({ extensions })` gives (then prepared by `stage`),
 * from the template when there is one.
 */
export async function openMemoryPglite(extensions: Extensions, dir = defaultTemplateDir(), stage?: TemplateStage): Promise<PGlite> {
  const file = templateFile(dir, stage);
  const template = templates.get(file) ?? (await readTemplate(file));
  if (template) {
    try {
      const db = await PGlite.create({ extensions, loadDataDir: template });
      templates.set(file, template);
      return db;
    } catch {
      // A damaged or foreign file: build it again below.
      templates.delete(file);
      await rm(file, { force: true });
    }
  }
  const db = stage ? await openMemoryPglite(extensions, dir) : await PGlite.create({ extensions });
  if (stage) await stage.prepare(db);
  // A checkpoint first, so a copy starts without replaying the WAL of initdb.
  await db.exec('CHECKPOINT');
  const built = await db.dumpDataDir('gzip');
  templates.set(file, built);
  await writeTemplate(file, built);
  return db;
}

async function readTemplate(file: string): Promise<Blob | null> {
  try {
    // Only a file of this user's own: /tmp is shared.
    const uid = process.getuid?.();
    if (uid !== undefined && (await stat(path.dirname(file))).uid !== uid) return null;
    return new Blob([await readFile(file)]);
  } catch {
    return null;
  }
}

/** Written whole under a temporary name, then renamed: another process never reads half a file. */
async function writeTemplate(file: string, template: Blob): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(partial, new Uint8Array(await template.arrayBuffer()));
    await rename(partial, file);
  } catch {
    // Only a cache: the next process builds it again.
    await rm(partial, { force: true }).catch(() => {});
  }
}
