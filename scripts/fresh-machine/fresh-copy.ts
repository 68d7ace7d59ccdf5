import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { isExecutable } from '../needs/on-path.ts';

/** Copies the working tree as git sees it (tracked and new files, nothing ignored) into `target`. */
export function copyWorkingTree(repo: string, target: string): number {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, maxBuffer: 64 * 1024 * 1024 })
    .toString('utf8')
    .split('\0')
    .filter((file) => file.length > 0 && isFile(join(repo, file)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(repo, file), join(target, file));
  }
  return files.length;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // deleted in the working tree but not yet from the index
  }
}

/**
 * A PATH whose first `node` is `systemNode`: every other folder that holds a node (a Node 24 put
 * first by hand, an outer npm run's node_modules/.bin) is left out.
 */
export function pathWithSystemNode(systemNode: string, path: string): string {
  // node_modules folders come from an outer `npm run` (its .bin folders and node-gyp-bin), not from a person's shell.
  const keep = path.split(delimiter).filter((dir) => dir.length > 0 && !dir.includes('node_modules') && !isExecutable(join(dir, 'node')));
  return [dirname(systemNode), ...keep].join(delimiter);
}

/** Only what a person's shell would have: no npm_* or NODE_OPTIONS leaking from the outer npm run. */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['HOME', 'USER', 'LANG', 'TMPDIR', 'CI', 'TERM']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...extra };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a command to its end, keeping its output for the assertion messages. */
export function run(command: string, args: readonly string[], options: { cwd: string; env: Record<string, string> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** A long-running command in its own process group, so that Ctrl-C can be sent to all of it. */
export interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first line matching `pattern`; rejects if the command ends first. */
  waitForLine: (pattern: RegExp) => Promise<RegExpMatchArray>;
  /** Sends SIGINT to the whole group, as a terminal's Ctrl-C does, and waits for the end. */
  interrupt: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function start(command: string, args: readonly string[], options: { cwd: string; env: Record<string, string> }): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void; reject: (e: Error) => void }[] = [];
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const onLine = (line: string): void => {
    output += `${line}\n`;
    lines.push(line);
    for (const waiter of [...waiters]) {
      const match = line.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  void ended.then(({ code, signal }) => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`${command} ${args.join(' ')} ended (${code ?? signal}) before printing ${waiter.pattern}:\n${output}`));
  });
  return {
    child,
    output: () => output,
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        const seen = lines.map((line) => line.match(pattern)).find((m) => m);
        if (seen) resolve(seen);
        else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`${command} already ended:\n${output}`));
        else waiters.push({ pattern, resolve, reject });
      }),
    interrupt: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGINT');
      return ended;
    },
  };
}
