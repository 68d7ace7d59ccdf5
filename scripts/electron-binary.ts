import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

const require = createRequire(import.meta.url);

/**
 * The Electron executable, fetching it once with the package's own downloader when it is
 * missing. The npm package installs without its binary (allowScripts: electron false), and
 * require('electron') would start a download without a time limit (and only main/shell may
 * import electron), so this reads the package's path.txt as its index.js does and runs the
 * downloader itself, with a time limit.
 */
export async function findElectronBinary(options: { downloadTimeoutMs?: number; log?: (line: string) => void } = {}): Promise<ElectronBinary> {
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const present = installedBinary(packageDir);
  if (present) return { ok: true, path: present };
  options.log?.('Electron runtime missing; trying its downloader once...');
  const download = await runInstaller(packageDir, options.downloadTimeoutMs ?? 120_000);
  const fetched = installedBinary(packageDir);
  if (fetched) return { ok: true, path: fetched };
  return { ok: false, reason: download ?? 'the downloader finished but left no binary' };
}

/** Reads path.txt and checks the file it names, like electron's index.js but without downloading. */
export function installedBinary(packageDir: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const full = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative);
  return existsSync(full) ? full : null;
}

/** Runs node_modules/electron/install.js; answers why it failed, or null. */
async function runInstaller(packageDir: string, timeoutMs: number): Promise<string | null> {
  const child = spawn(process.execPath, [join(packageDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  if (outcome.error) return `download failed: ${outcome.error.message}`;
  if (outcome.signal) return `download timed out after ${Math.round(timeoutMs / 1000)} s`;
  if (outcome.code === 0) return null;
  const firstLine = stderr.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? `exit code ${outcome.code}`;
  return `download failed: ${firstLine}${await networkHint(firstLine)}`;
}

/** "fetch failed" hides its cause; a DNS lookup of the download host names it. */
async function networkHint(line: string): Promise<string> {
  if (!/fetch failed|ENOTFOUND|EAI_AGAIN/.test(line) || /getaddrinfo/.test(line)) return '';
  try {
    await lookup('github.com');
    return '';
  } catch (error) {
    return ` (${error instanceof Error ? error.message : String(error)})`;
  }
}
