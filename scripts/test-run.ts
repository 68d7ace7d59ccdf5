import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { TEMPLATE_ENV } from '../e2e/support/central-template.ts';

/**
 * `npm test` after its needs check. The build and the seed of the run's test central come first,
 * side by side: both suites need them. The static checks (typechecks, ESLint, the import rules)
 * need nothing and nothing needs them, so they run beside the suites at the lowest CPU priority:
 * they take the cores only when a suite leaves them idle (each suite leaves about a tenth of two
 * cores idle while it waits on pages, sockets and disks). The suites run one after the other, each
 * using both cores itself. A step's output is printed whole when it ends (a check's after the
 * suites, so it does not split a suite's output); every step is waited for and the run fails if
 * any failed.
 */
interface Step {
  name: string;
  command: string;
}

interface Outcome {
  ok: boolean;
  /** The step's output, when it was kept to print later. */
  output: string;
}

const CHECKS: Step[] = [
  { name: 'typecheck (node)', command: 'tsc -p tsconfig.json' },
  { name: 'typecheck (web)', command: 'tsc -p tsconfig.web.json' },
  { name: 'typecheck (e2e)', command: 'tsc -p tsconfig.e2e.json' },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'deps', command: 'npm run --silent deps' },
];
const BUILD: Step = { name: 'build', command: 'npm run --silent build' };
const SUITES: Step[] = [
  { name: 'vitest', command: 'npm run --silent test:unit' },
  { name: 'e2e', command: 'npm run --silent test:e2e' },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const times: string[] = [];

/** Runs one step; `live` streams its output (a suite alone), `held` keeps it for later, else it is printed once it ends. */
function run(step: Step, env: NodeJS.ProcessEnv, mode: { live?: boolean; held?: boolean; low?: boolean } = {}): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, env, stdio: mode.live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    // `sh -c` runs a lone command in its own process (exec), so lowering that process lowers the
    // check, whenever it happens, and what the check starts inherits it. (Windows' cmd starts a
    // child instead, which may keep normal priority: the suites are then only slower.)
    if (mode.low && child.pid !== undefined) lower(child.pid);
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const took = seconds(performance.now() - started);
      times.push(`${step.name}: ${took}${ok ? '' : ' FAILED'}`);
      const text = mode.live ? '' : `\n== ${step.name} (${took})\n${Buffer.concat(output).toString()}`;
      if (!mode.live && !mode.held) process.stdout.write(text);
      if (!ok) console.error(`== ${step.name} failed (${signal ?? `exit ${code}`}): ${step.command}`);
      resolve({ ok, output: mode.held ? text : '' });
    });
  });
}

function lower(pid: number): void {
  try {
    os.setPriority(pid, os.constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: the check runs at normal priority, only slower for the suites.
  }
}

async function main(): Promise<boolean> {
  const root = await mkdtemp(path.join(tmpdir(), 'kuva-test-run-'));
  const env = { ...process.env, [TEMPLATE_ENV]: path.join(root, 'central') };
  const started = performance.now();
  try {
    const checks = CHECKS.map((step) => run(step, env, { held: true, low: true }));
    const seed: Step = { name: 'seeded test central', command: `node ${path.join('e2e', 'support', 'seed-template.ts')}` };
    let ok = !(await Promise.all([BUILD, seed].map((step) => run(step, env)))).some((o) => !o.ok);
    for (const suite of SUITES) {
      if (!ok) break;
      console.log(`\n== ${suite.name}`);
      ok = (await run(suite, env, { live: true })).ok;
    }
    const checked = await Promise.all(checks);
    for (const check of checked) process.stdout.write(check.output);
    return ok && checked.every((c) => c.ok);
  } finally {
    await rm(root, { recursive: true, force: true });
    console.log(`\n== npm test steps (${seconds(performance.now() - started)} in all)\n${times.join('\n')}`);
  }
}

process.exitCode = (await main()) ? 0 : 1;
