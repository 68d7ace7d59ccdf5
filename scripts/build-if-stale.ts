import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', '.git']);

/** Newest modification time (ms) of the files under `paths`; tests do not count. */
export function newestSourceTime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) if (!SKIP_DIRS.has(entry)) visit(join(path, entry));
    } else if (!/\.test\.tsx?$/.test(path)) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Oldest output, or -1 when one is missing (so it always counts as stale). */
export function oldestOutputTime(outputs: readonly string[]): number {
  let oldest = Infinity;
  for (const output of outputs) {
    try {
      oldest = Math.min(oldest, statSync(output).mtimeMs);
    } catch {
      return -1;
    }
  }
  return oldest === Infinity ? -1 : oldest;
}

export function isStale(outputs: readonly string[], sources: readonly string[]): boolean {
  return oldestOutputTime(outputs) < newestSourceTime(sources);
}

/** Runs an npm-installed CLI from node_modules/.bin with inherited output. */
export function runBin(root: string, bin: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', bin), args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(' ')} failed (exit code ${code}).`))));
  });
}
