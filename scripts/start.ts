import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { demoSeed } from '../central/env-config.ts';
import { startCentral } from '../central/server.ts';
import { DEMO_KIOSK_CREDENTIAL, readKioskCredential, wantsKiosk } from '../main/core/kiosk/credential.ts';
import type { KioskCoreOptions } from '../main/core/kiosk/kiosk-runtime.ts';
import { plainSecretStore } from '../main/core/session/secret-store.ts';
import { startSupervisedCore } from '../main/core/worker/supervised-core.ts';
import { startHost } from '../main/host/server.ts';
import { appDataDir, dataLayout } from '../node-shared/data-layout.ts';
import { isStale, runBin } from './build-if-stale.ts';
import { findElectronBinary } from './electron-binary.ts';
import { idleLockMsFrom } from '../main/core/session/screen-lock.ts';

/**
 * `npm start`: the embedded central (unless KUVA_CENTRAL_URL names one) and the desk — an
 * Electron window when the runtime can be had, else the browser host with its URL printed.
 * `npm start -- --browser` skips Electron. `npm start -- --kiosk` (or KUVA_KIOSK=1) starts a kiosk
 * terminal instead: signed in with the terminal's credential (KUVA_KIOSK_USER/KUVA_KIOSK_PASSWORD,
 * the kiosk data folder's kiosk.json, else the demo terminal kiosk-oodi-1), its own data folder,
 * the locked kiosk window or the browser host serving the kiosk UI. Ctrl-C stops everything.
 */
const root = resolve(import.meta.dirname, '..');
const appData = appDataDir();
const layout = dataLayout(appData);
const wantsBrowser = process.argv.includes('--browser') || process.env.KUVA_BROWSER === '1';
const kiosk = wantsKiosk(process.argv, process.env);
// A terminal keeps its profile apart from a desk's, so neither resumes as the other.
const deskDir = kiosk ? join(appData, 'kiosk') : layout.desk;
const stops: (() => Promise<void>)[] = [];
let stopping = false;

process.on('SIGINT', () => void stopAll(130));
process.on('SIGTERM', () => void stopAll(143));

try {
  await main();
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}

async function main(): Promise<void> {
  await mkdir(appData, { recursive: true });
  // Says which Node runs the app: npm puts the project's own Node 24 first on PATH, whatever the system's is.
  console.log(`Node.js ${process.version} (${process.execPath})`);
  console.log(`KuVa Desk data: ${appData}`);
  const centralUrl = process.env.KUVA_CENTRAL_URL || (await startEmbeddedCentral());
  const kioskCore = kiosk ? await kioskOptions() : null;

  const electron = wantsBrowser ? ({ ok: false, reason: 'browser mode was asked for' } as const) : await findElectronBinary({ log: (l) => console.log(l) });
  if (electron.ok) {
    if (isStale(electronOutputs(), electronSources())) {
      console.log('Building the app (electron-vite build)...');
      await runBin(root, 'electron-vite', ['build']);
    }
    return runElectron(electron.path, centralUrl, kioskCore);
  }

  if (isStale([join(root, 'out/renderer/index.html')], rendererSources())) {
    console.log('Building the renderer (vite build)...');
    await runBin(root, 'vite', ['build', '--config', 'renderer/vite.config.ts']);
  }
  const core = await startSupervisedCore(
    {
      dataDir: deskDir,
      ...(kioskCore ? { kiosk: kioskCore } : {}),
      centralUrl,
      mode: 'browser',
      secretStore: plainSecretStore,
      idleLockMs: idleLockMsFrom(process.env.KUVA_IDLE_LOCK_MINUTES),
      workerUrl: new URL('../main/core/worker/core-worker.ts', import.meta.url),
    },
    { log: (m) => console.error(m) },
  );
  stops.unshift(() => core.close());
  const host = await startHost({ core, dataDir: deskDir, kiosk, rendererDir: join(root, 'out/renderer'), port: Number(process.env.KUVA_HOST_PORT ?? 0), log: (m) => console.error(m) });
  stops.unshift(() => host.close());
  console.log(
    wantsBrowser
      ? `Browser mode: serving ${kiosk ? 'the KuVa kiosk' : 'KuVa Desk'} in your browser:`
      : `Electron runtime not available (${electron.reason}); serving KuVa Desk in your browser instead:`,
  );
  console.log(`  ${host.url}`);
  console.log('Press Ctrl-C to stop.');
}

async function startEmbeddedCentral(): Promise<string> {
  const dataDir = layout.central;
  const firstRun = !existsSync(dataDir);
  const preferred = Number(process.env.KUVA_CENTRAL_PORT ?? 8787);
  // seed: the central loads demo data only into an empty database, i.e. on the first run.
  const options = { dataDir, seed: demoSeed(), host: '127.0.0.1', jobs: true };
  let central: Awaited<ReturnType<typeof startCentral>>;
  try {
    central = await startCentral({ ...options, port: preferred });
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    console.log(`Port ${preferred} is taken; the embedded central takes a free port instead.`);
    central = await startCentral({ ...options, port: 0 });
  }
  stops.push(() => central.close());
  console.log(`Embedded central (${central.database} in ${dataDir}${firstRun ? ', first run: demo data loaded' : ''}): ${central.url}`);
  return central.url;
}

function runElectron(binary: string, centralUrl: string, kioskCore: KioskCoreOptions | null): void {
  const env: NodeJS.ProcessEnv = { ...process.env, KUVA_CENTRAL_URL: centralUrl, KUVA_DATA_DIR: appData };
  // The shell reads the terminal's credential as a configured kiosk does (the demo one when none was).
  if (kioskCore) Object.assign(env, { KUVA_KIOSK: '1', KUVA_KIOSK_USER: kioskCore.credential.username, KUVA_KIOSK_PASSWORD: kioskCore.credential.password });
  // Set in some shells and CI images; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const args = [root];
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    // Chromium refuses to run as root with its OS sandbox (containers, CI images).
    console.warn('Running as root: Electron starts with --no-sandbox. Run as a normal user to keep the OS sandbox.');
    args.push('--no-sandbox');
  }
  console.log(`Starting Electron (${binary})...`);
  const child: ChildProcess = spawn(binary, args, { cwd: root, env, stdio: 'inherit' });
  stops.unshift(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('close', done));
    }
  });
  child.on('error', (error) => {
    console.error(`Electron did not start: ${error.message}`);
    void stopAll(1);
  });
  child.on('close', (code) => void stopAll(code ?? 0));
}

/** The terminal's credential as configured, else the demo terminal (the embedded central seeds it). */
async function kioskOptions(): Promise<KioskCoreOptions> {
  await mkdir(deskDir, { recursive: true });
  const found = await readKioskCredential(process.env, deskDir);
  if (!found.ok) console.log(`Kiosk: ${found.reason} Signing in as the demo terminal ${DEMO_KIOSK_CREDENTIAL.username}.`);
  const credential = found.ok ? found.credential : DEMO_KIOSK_CREDENTIAL;
  console.log(`Kiosk mode: terminal ${credential.username}, data in ${deskDir}`);
  return { credential, appVersion: process.env.npm_package_version ?? '0.0.0', ...(found.ok && found.adminPin ? { adminPin: found.adminPin } : {}) };
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.splice(0)) {
    await stop().catch((error: unknown) => console.error(`While stopping: ${error instanceof Error ? error.message : String(error)}`));
  }
  process.exit(exitCode);
}

function isAddressInUse(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'EADDRINUSE' || (typeof e?.message === 'string' && e.message.includes('EADDRINUSE'));
}

function rendererSources(): string[] {
  return ['renderer', 'domain', 'package.json'].map((p) => join(root, p));
}

function electronSources(): string[] {
  return [...rendererSources(), ...['main', 'node-shared', 'preload', 'electron.vite.config.ts'].map((p) => join(root, p))];
}

function electronOutputs(): string[] {
  return ['out/main/index.js', 'out/main/core-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p));
}
