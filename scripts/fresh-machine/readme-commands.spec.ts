import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium.ts';
import { onPath } from '../needs/on-path.ts';
import { cleanEnv, copyWorkingTree, pathWithSystemNode, run, start } from './fresh-copy.ts';

/**
 * Issue 5, section 3: on a machine whose system Node is Debian's 20, the README's `npm ci` then
 * `npm start` work, because npm puts the project's own Node 24 first on PATH. The repo is copied
 * as git sees it, installed with Node 20 driving npm (from the npm cache, --prefer-offline), and
 * started in browser mode with its own data folder and free ports.
 */
const repo = resolve(import.meta.dirname, '../..');
const systemNode = process.env.KUVA_FRESH_NODE ?? '/usr/bin/node';
// On tmpfs when there is one: writing and removing the copy's ~50,000 files took minutes on our
// build disks, which would measure the disk rather than the commands.
const scratchRoot = process.env.KUVA_FRESH_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const scratch = mkdtempSync(join(scratchRoot, 'kuva-fresh-'));
const copy = join(scratch, 'kuva-desk');
const env = cleanEnv({
  PATH: pathWithSystemNode(systemNode, process.env.PATH ?? ''),
  KUVA_DATA_DIR: join(scratch, 'data'),
  KUVA_CENTRAL_PORT: '0',
  // The user's own npm settings plus engine-strict=true, the strictest a newcomer may have set.
  npm_config_userconfig: strictUserConfig(join(scratch, 'user.npmrc')),
});
const measured: string[] = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await work();
  } finally {
    measured.push(`${label} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}

beforeAll(() => {
  const version = spawnSync(systemNode, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith('v20.')) throw new Error(`This test needs Debian's Node 20 at ${systemNode} (set KUVA_FRESH_NODE to another Node 20); it found ${version || 'nothing'}.`);
  mkdirSync(copy);
  const files = copyWorkingTree(repo, copy);
  measured.push(`copied ${files} files`);
});

afterAll(async () => {
  await timed('removing the copy', async () => rmSync(scratch, { recursive: true, force: true }));
  console.log(`[measure] fresh machine: ${measured.join(', ')}`);
});

describe("the README's commands with the system's Node 20 first on PATH", () => {
  it('has Node 20, and no Node 24, first on the PATH the commands get', () => {
    expect(onPath(env, 'node')).toBe(systemNode);
    expect(spawnSync('node', ['--version'], { env, encoding: 'utf8' }).stdout).toMatch(/^v20\./);
    expect(env.PATH).not.toMatch(/node_modules|kuva-desk\/node24/);
  });

  it('npm ci installs, with the project its own Node 24, even for a user with engine-strict=true', async () => {
    const install = await timed('npm ci', () => run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: copy, env }));
    expect(install.code, install.output.slice(-4000)).toBe(0);
    expect(install.output).not.toMatch(/KuVa Desk runs on Node\.js 24/);
    const projectNode = realpathSync(join(copy, 'node_modules/.bin/node'));
    expect(projectNode.startsWith(realpathSync(copy))).toBe(true);
    expect(spawnSync(projectNode, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
  });

  it('npm start -- --browser runs on that Node 24, prints a URL that serves the sign-in page, and stops on Ctrl-C', async () => {
    const app = start('npm', ['start', '--', '--browser'], { cwd: copy, env });
    try {
      const [, version, execPath] = await timed('npm start to its Node line', () => app.waitForLine(/^Node\.js (v\d+\.\d+\.\d+) \((.+)\)$/));
      expect(version).toMatch(/^v24\./);
      expect(realpathSync(execPath ?? '')).toBe(realpathSync(join(copy, 'node_modules/.bin/node')));
      await timed('then the central with its demo data', () => app.waitForLine(/first run: demo data loaded/));
      const [, url = ''] = await timed('then the renderer build and the URL', () => app.waitForLine(/^\s+(http:\/\/127\.0\.0\.1:\d+\/\?k=\S+)$/));

      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toBe(readFileSync(join(copy, 'out/renderer/index.html'), 'utf8'));
      expect(html).toContain('<div id="root"></div>');

      await timed('sign-in in Chromium', () => signInAsAino(url));
    } finally {
      const end = await timed('stop on Ctrl-C', () => app.interrupt());
      measured.push(`stopped with ${end.code ?? end.signal}`);
      expect(app.output()).not.toMatch(/While stopping|npm start failed/);
    }
    // Stopped means stopped: nothing answers on the printed address any more.
    const [, address = ''] = app.output().match(/^\s+(http:\/\/127\.0\.0\.1:\d+)\//m) ?? [];
    await expect(fetch(address)).rejects.toThrow();
  });

  it("npx and a dependency's install script run on the project's Node 24 too", async () => {
    expect((await run('npx', ['node', '--version'], { cwd: copy, env })).output.trim()).toMatch(/^v24\./);
    const probe = makeInstallProbe(join(scratch, 'probe'));
    const install = await timed('npm install of a probe package', () => run('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', probe], { cwd: copy, env }));
    expect(install.code, install.output.slice(-4000)).toBe(0);
    const [version, execPath] = readFileSync(join(copy, 'probe-node.txt'), 'utf8').split(' ');
    expect(version).toMatch(/^v24\./);
    expect(realpathSync(execPath ?? '')).toBe(realpathSync(join(copy, 'node_modules/.bin/node')));
  });
});

function strictUserConfig(path: string): string {
  const own = process.env.npm_config_userconfig ?? process.env.NPM_CONFIG_USERCONFIG ?? join(homedir(), '.npmrc');
  writeFileSync(path, `${existsSync(own) ? readFileSync(own, 'utf8') : ''}\nengine-strict=true\n`);
  return path;
}

async function signInAsAino(url: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByTestId('login-username').fill('aino');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    // Online means the core (better-sqlite3 under the project's Node 24) opened aino's cache and synced.
    await page.locator('[data-testid="sync-status"][data-connection="online"]').waitFor({ timeout: 120_000 });
  } finally {
    await browser.close();
  }
}

/** A package whose postinstall records which node ran it, packed by npm itself. */
function makeInstallProbe(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const record = "require('fs').writeFileSync(process.env.INIT_CWD + '/probe-node.txt', process.version + ' ' + process.execPath)";
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'kuva-install-probe', version: '1.0.0', scripts: { postinstall: `node -e "${record}"` } }));
  const packed = spawnSync('npm', ['pack', '--silent'], { cwd: dir, env, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  return join(dir, packed.stdout.trim());
}
