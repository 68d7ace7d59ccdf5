import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../central/db/db.ts';
import { dataLayout } from '../node-shared/data-layout.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface BenchCentral {
  url: string;
  database: 'postgres' | 'pglite';
  stop(): Promise<void>;
  /**
   * The central's own database, opened in the bench's process once the central has stopped: a
   * PGlite folder takes one process at a time. A baseline written there meets the same tables,
   * indexes and data the central wrote into.
   */
  openStoppedDatabase(): Promise<Db>;
  /** Removes the PGlite folder (a PostgreSQL cluster is the caller's to stop). */
  remove(): void;
}

/**
 * The central in a process of its own, as `startCentralProcess` starts it (the client under
 * measurement does not share its event loop with the server), except that its PGlite folder
 * outlives the process until `remove`.
 */
export async function startBenchCentral(databaseUrl?: string): Promise<BenchCentral> {
  const dataDir = databaseUrl ? null : mkdtempSync(path.join(tmpdir(), 'kuva-bench-central-'));
  const env: NodeJS.ProcessEnv = { ...process.env, KUVA_CENTRAL_PORT: '0', KUVA_CENTRAL_HOST: '127.0.0.1' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.KUVA_DATA_DIR = dataDir!;
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'central/main.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the central exited (${code}) before listening: ${out}`)));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    database: databaseUrl ? 'postgres' : 'pglite',
    stop,
    async openStoppedDatabase() {
      await stop();
      return databaseUrl ? openDb({ databaseUrl }) : openDb({ dataDir: dataLayout(dataDir!).central });
    },
    remove() {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
