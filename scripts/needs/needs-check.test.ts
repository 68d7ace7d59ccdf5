import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onPath } from './on-path.ts';

/**
 * The real needs check (`node scripts/needs.ts test`, the first step of `npm test`) run as its own
 * process on a machine made to lack Chromium: PATH holds no chromium and Playwright's browser folder
 * is empty, so every place it searches comes up empty.
 */
const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'kuva-needs-'));
chmodSync(scratch, 0o755); // nobody must reach the apt-only PATH folder inside
const noBrowsers = join(scratch, 'browsers');
const aptOnly = join(scratch, 'apt-only');
const isRoot = process.getuid?.() === 0;
const hasApt = onPath(process.env, 'apt-get') !== null;
const NOBODY = 65534;
/**
 * As root the checks run as nobody, who must be able to run this Node and read the repo. A clone
 * in a private folder (`mktemp -d` makes one 0700) shuts nobody out: those checks then skip, since
 * a failure there would say nothing about the needs check.
 */
const nobodyCanRun =
  !isRoot ||
  spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(join(root, 'scripts/needs.ts'))})`], { uid: NOBODY, gid: NOBODY, timeout: 60_000 }).status === 0;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCheck(env: Record<string, string>, options: { asNobody?: boolean } = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'scripts/needs.ts'), 'test', ...(options.asNobody ? [] : ['--dry-run'])], {
    cwd: root,
    env: { HOME: scratch, PLAYWRIGHT_BROWSERS_PATH: noBrowsers, ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(options.asNobody && isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectNoStackTrace(output: string): void {
  expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(output).not.toMatch(/Error:|node:internal/);
}

describe('the needs check on a machine without Chromium', () => {
  it.runIf(hasApt && nobodyCanRun)('as a user who cannot install, stops at once with the exact apt command and no stack trace', () => {
    // Run as nobody when the suite runs as root: a user who cannot install is told what root must run.
    mkdirLinks(aptOnly, ['apt-get']);
    const run = runCheck({ PATH: aptOnly }, { asNobody: true });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('npm test needs Chromium, which this machine lacks; install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium');
    expectNoStackTrace(run.stderr);
  });

  it.runIf(nobodyCanRun)('without apt, names the manual fix in one line', () => {
    const run = runCheck({ PATH: join(scratch, 'nothing') }, { asNobody: true });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('npm test needs Chromium, which this machine lacks: Chromium: run `npx playwright install chromium`, or set KUVA_CHROMIUM to a Chromium or Chrome executable.');
    expectNoStackTrace(run.stderr);
  });

  it.runIf(hasApt && nobodyCanRun)('with a KUVA_CHROMIUM that names nothing, says so rather than installing', () => {
    const run = runCheck({ PATH: aptOnly, KUVA_CHROMIUM: join(scratch, 'no-such-chromium') }, { asNobody: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`KUVA_CHROMIUM=${join(scratch, 'no-such-chromium')} is not an executable file: point KUVA_CHROMIUM at a Chromium executable or unset it`);
    expectNoStackTrace(run.stderr);
  });

  it.runIf(isRoot && hasApt)('as root with apt, decides to install Chromium with apt-get (dry run)', () => {
    mkdirLinks(aptOnly, ['apt-get']);
    const run = runCheck({ PATH: aptOnly });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('would run as root: apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium\n');
    expect(run.stdout).toContain('Chromium missing (no Chromium: KUVA_CHROMIUM is unset, Playwright has none installed and neither chromium nor chromium-browser is on PATH)');
    expectNoStackTrace(run.stdout + run.stderr);
  });

  it('finds the system Chromium on PATH and reports where', () => {
    const system = onPath(process.env, 'chromium', 'chromium-browser');
    if (!system) throw new Error('this machine has no system Chromium on PATH: run `npm test`, whose needs check installs it');
    const run = runCheck({ PATH: process.env.PATH ?? '' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Chromium found (${system}, system)`);
  });
});

function mkdirLinks(dir: string, names: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const target = onPath(process.env, name);
    if (!target) throw new Error(`${name} is not on PATH here`);
    symlinkSync(target, join(dir, name));
  }
}
