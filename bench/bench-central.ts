import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb, type Db } from '../central/db/db.ts';
import { dataLayout } from '../node-shared/data-layout.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The saved state of a PostgreSQL central: a database copied from its own. */
const SAVED_DB = 'kuva_bench_saved';

export interface BenchCentral {
  /** Where the central listens now (a restart may move it). */
  readonly url: string;
  database: 'postgres' | 'pglite';
  stop(): Promise<void>;
  /**
   * The central's own database, opened in the bench's process once the central has stopped: a
   * PGlite folder takes one process at a time. A baseline written there meets the same tables,
   * indexes and data the central wrote into.
   */
  openStoppedDatabase(): Promise<Db>;
  /** Keeps the central's data as it stands (stopped for the copy, then started again). */
  saveState(): Promise<void>;
  /** Puts the saved data back and starts the central on it, as it was at `saveState`. */
  restoreState(): Promise<void>;
  /** Puts the saved data back and opens it in the bench's process, the central stopped. */
  openSavedDatabase(): Promise<Db>;
  /** Removes the PGlite folder (a PostgreSQL cluster is the caller's to stop). */
  remove(): void;
}

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
  url: string;
}

async function launch(env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, [path.join(ROOT, 'central/main.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the central exited (${code}) before listening: ${out}`)));
  });
  return { child, exited, url };
}

/** Runs statements on the cluster's template1, where the central's own database can be copied or dropped. */
async function onCluster(databaseUrl: string, statements: string[]): Promise<void> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/template1';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
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
  let running = await launch(env);
  const stop = async () => {
    const { child, exited } = running;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const dbName = databaseUrl ? `"${decodeURIComponent(new URL(databaseUrl).pathname.slice(1)).replaceAll('"', '""')}"` : '';
  const savedDir = dataDir ? path.join(dataDir, 'saved') : '';
  const putSavedBack = async () => {
    if (databaseUrl) await onCluster(databaseUrl, [`DROP DATABASE ${dbName} WITH (FORCE)`, `CREATE DATABASE ${dbName} TEMPLATE ${SAVED_DB}`]);
    else {
      const central = dataLayout(dataDir!).central;
      rmSync(central, { recursive: true, force: true });
      cpSync(savedDir, central, { recursive: true });
    }
  };
  return {
    get url() {
      return running.url;
    },
    database: databaseUrl ? 'postgres' : 'pglite',
    stop,
    async openStoppedDatabase() {
      await stop();
      return databaseUrl ? openDb({ databaseUrl }) : openDb({ dataDir: dataLayout(dataDir!).central });
    },
    async saveState() {
      await stop();
      if (databaseUrl) await onCluster(databaseUrl, [`DROP DATABASE IF EXISTS ${SAVED_DB}`, `CREATE DATABASE ${SAVED_DB} TEMPLATE ${dbName}`]);
      else {
        rmSync(savedDir, { recursive: true, force: true });
        cpSync(dataLayout(dataDir!).central, savedDir, { recursive: true });
      }
      running = await launch(env);
    },
    async restoreState() {
      await stop();
      await putSavedBack();
      running = await launch(env);
    },
    async openSavedDatabase() {
      await stop();
      await putSavedBack();
      return databaseUrl ? openDb({ databaseUrl }) : openDb({ dataDir: dataLayout(dataDir!).central });
    },
    remove() {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
