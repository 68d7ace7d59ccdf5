import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CentralProcess {
  url: string;
  pid: number;
  database: 'postgres' | 'pglite';
  stop(): Promise<void>;
  /** SIGKILL: the process ends wherever it is, as on a power cut; resolves when it has. */
  kill(): Promise<void>;
}

/**
 * The central in a process of its own, as in production (another machine): the client under
 * measurement does not share its event loop with the server, and a test can kill it.
 */
export async function startCentralProcess(databaseUrl?: string, extraEnv: Record<string, string> = {}): Promise<CentralProcess> {
  const dataDir = databaseUrl ? null : mkdtempSync(path.join(tmpdir(), 'kuva-bench-central-'));
  const env: NodeJS.ProcessEnv = { ...process.env, KUVA_CENTRAL_PORT: '0', KUVA_CENTRAL_HOST: '127.0.0.1', ...extraEnv };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.KUVA_DATA_DIR = dataDir!;
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'central/main.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the central exited (${code}) before listening: ${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    url,
    pid: child.pid!,
    database: databaseUrl ? 'postgres' : 'pglite',
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
