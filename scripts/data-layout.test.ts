import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { api, signIn } from '../central/testing/api-client.ts';
import { dataLayout } from '../node-shared/data-layout.ts';

/**
 * `npm start` and `npm run central` on one KUVA_DATA_DIR use one database: a central restarted
 * on its own, as the README says, still knows the desk's session.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'kuva-layout-'));
const running: ChildProcess[] = [];

afterAll(async () => {
  for (const child of running) await stop(child);
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a script of the checkout in its own process group, so stopping it stops what it started. */
function run(script: string, args: string[] = []): { child: ChildProcess; output: () => string } {
  // A small demo dataset: the test is about where the database lives, not what it holds.
  const env: NodeJS.ProcessEnv = { ...process.env, KUVA_DATA_DIR: dir, KUVA_CENTRAL_PORT: '0', KUVA_HOST_PORT: '0', KUVA_DEMO_APPLICATIONS: '20' };
  delete env.DATABASE_URL;
  delete env.KUVA_CENTRAL_URL;
  const child = spawn(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { child, output: () => out };
}

function waitFor(proc: { child: ChildProcess; output: () => string }, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = pattern.exec(proc.output());
      if (m) {
        proc.child.stdout!.off('data', check);
        proc.child.off('exit', exited);
        resolve(m);
      }
    };
    const exited = (code: number | null) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${proc.output()}`));
    proc.child.stdout!.on('data', check);
    proc.child.once('exit', exited);
    check();
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

it('npm start and npm run central keep the central in <data dir>/central, so a restarted central keeps the sessions', { timeout: 240_000 }, async () => {
  const expected = dataLayout(dir).central;

  const start = run('scripts/start.ts', ['--browser']);
  const [, startFolder, startUrl] = await waitFor(start, /Embedded central \(pglite in (.+?), first run: demo data loaded\): (http:\/\/\S+)/);
  expect(startFolder).toBe(expected);
  const token = await signIn(startUrl!, 'aino');
  await stop(start.child);

  const central = run('central/main.ts');
  const [, centralFolder, centralUrl] = await waitFor(central, /KuVa central \(pglite in (.+?)\) listening on (http:\/\/\S+)/);
  expect(centralFolder).toBe(expected);
  expect((await api(centralUrl!, 'GET', '/sync/pull?limit=1', { token })).status).toBe(200);
  await stop(central.child);

  // Nothing of the central's outside its folder.
  expect(existsSync(path.join(expected, 'PG_VERSION'))).toBe(true);
  expect(readdirSync(dir).filter((f) => f !== 'central' && f !== 'desk')).toEqual([]);
});
