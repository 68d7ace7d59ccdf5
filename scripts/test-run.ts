import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEMPLATE_ENV } from '../e2e/support/central-template.ts';

/**
 * `npm test` after its needs check. The static checks and the build are independent of each
 * other and of the seeded test central, so they run side by side (one tsc, ESLint or Vite alone
 * leaves the second core idle); the central is seeded once, for Vitest and Playwright both. The
 * test suites then run one after the other, each using both cores itself. A step's output is
 * printed whole when it ends, so parallel steps do not interleave; every step is waited for and
 * the run fails if any failed.
 */
interface Step {
  name: string;
  command: string;
}

const CHECKS: Step[] = [
  { name: 'typecheck (node)', command: 'tsc -p tsconfig.json' },
  { name: 'typecheck (web)', command: 'tsc -p tsconfig.web.json' },
  { name: 'typecheck (e2e)', command: 'tsc -p tsconfig.e2e.json' },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'deps', command: 'npm run --silent deps' },
  { name: 'build', command: 'npm run --silent build' },
];
const SUITES: Step[] = [
  { name: 'vitest', command: 'npm run --silent test:unit' },
  { name: 'e2e', command: 'npm run --silent test:e2e' },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const times: string[] = [];

/** Runs one step; `live` streams its output (a suite alone), else it is printed once it ends. */
function run(step: Step, live: boolean, env: NodeJS.ProcessEnv): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const took = seconds(performance.now() - started);
      times.push(`${step.name}: ${took}${ok ? '' : ' FAILED'}`);
      if (!live) process.stdout.write(`\n== ${step.name} (${took})\n${Buffer.concat(output).toString()}`);
      if (!ok) console.error(`== ${step.name} failed (${signal ?? `exit ${code}`}): ${step.command}`);
      resolve(ok);
    });
  });
}

async function main(): Promise<boolean> {
  const root = await mkdtemp(path.join(tmpdir(), 'kuva-test-run-'));
  const env = { ...process.env, [TEMPLATE_ENV]: path.join(root, 'central') };
  const started = performance.now();
  try {
    const seed: Step = { name: 'seeded test central', command: `node ${path.join('e2e', 'support', 'seed-template.ts')}` };
    const first = await Promise.all([...CHECKS, seed].map((step) => run(step, false, env)));
    if (first.includes(false)) return false;
    for (const suite of SUITES) {
      console.log(`\n== ${suite.name}`);
      if (!(await run(suite, true, env))) return false;
    }
    return true;
  } finally {
    await rm(root, { recursive: true, force: true });
    console.log(`\n== npm test steps (${seconds(performance.now() - started)} in all)\n${times.join('\n')}`);
  }
}

process.exitCode = (await main()) ? 0 : 1;
