import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import type { WebContents } from 'electron';
import type { Core } from '../core/core.ts';
import { startSupervisedCore } from '../core/worker/supervised-core.ts';
import { appDataDir, dataLayout } from '../../node-shared/data-layout.ts';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin.ts';
import { resolveAppRequest } from './app-protocol.ts';
import { staticHeaders } from '../core/renderer-files.ts';
import { registerIpcAdapter } from './ipc-adapter.ts';
import { withSaveDialog } from './save-export.ts';
import { checkIpcSender } from './ipc-sender.ts';
import { parseLaunchOptions } from './launch-options.ts';
import { installNavigationGuard, isAllowedExternalUrl } from './navigation-guard.ts';
import { blockWebviews, denyAllPermissions } from './permissions.ts';
import { createSafeStorageSecretStore } from './secret-store.ts';
import { createWindowOptions } from './window-options.ts';
import { readKioskCredential } from '../core/kiosk/credential.ts';
import type { KioskCoreOptions } from '../core/kiosk/kiosk-runtime.ts';
import { withKioskShell } from './kiosk/kiosk-core.ts';
import { createKioskShell } from './kiosk/kiosk-window.ts';
import { idleLockMsFrom } from '../core/session/screen-lock.ts';


const launch = parseLaunchOptions(process.argv, process.env, app.isPackaged);
const here = import.meta.dirname;
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const workerUrl = new URL('./core-worker.js', import.meta.url);

const windows = new Map<number, BrowserWindow>();
let core: Core | null = null;
let disposeIpc: (() => void) | null = null;
let quitting = false;

// Must happen before 'ready': a standard + secure scheme gets a real origin, fetch and storage.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [first] = windows.values();
    if (first) {
      if (first.isMinimized()) first.restore();
      first.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    blockWebviews(contents);
    installNavigationGuard(contents, openExternal);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitting || core === null) return;
    event.preventDefault();
    quitting = true;
    void shutdown().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal('KuVa Desk could not start', error));
}

async function start(): Promise<void> {
  if (!launch.dev) Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, serveRenderer);

  const centralUrl = await resolveCentralUrl();
  // npm start passes its app-data dir; an installed build keeps its data in Electron's userData.
  const root = process.env.KUVA_DATA_DIR ? appDataDir() : app.getPath('userData');
  // A terminal keeps its profile apart from a desk's (as npm start does), so neither resumes as the other.
  const dataDir = launch.kiosk ? join(root, 'kiosk') : dataLayout(root).desk;
  let kiosk: KioskCoreOptions | undefined;
  if (launch.kiosk) {
    const found = await readKioskCredential(process.env, dataDir);
    if (!found.ok) return fatal('The kiosk terminal has no credential', new Error(found.reason));
    kiosk = { credential: found.credential, appVersion: app.getVersion(), ...(found.adminPin ? { adminPin: found.adminPin } : {}) };
  }
  let idleLockMs: number | null;
  try {
    idleLockMs = idleLockMsFrom(process.env.KUVA_IDLE_LOCK_MINUTES);
  } catch (error) {
    return fatal('The idle lock setting is not valid', error);
  }
  // Refusing to start beats keeping the central's token in a file anyone could read (see secret-store.ts).
  const secretStore = await createSafeStorageSecretStore(safeStorage, process.platform, process.env);
  try {
    core = await startSupervisedCore(
      { dataDir, centralUrl, mode: 'electron', secretStore, workerUrl, idleLockMs, ...(kiosk ? { kiosk } : {}) },
      { log: (message) => console.warn(`KuVa Desk: ${message}`) },
    );
  } catch (error) {
    return fatal('The local database could not be opened', error);
  }
  const running = core;
  // A kiosk saves no files on the public machine: its core gets no save dialog.
  const kioskShell = kiosk ? createKioskShell(kioskShellDeps(running)) : null;
  disposeIpc = registerIpcAdapter({
    ipcMain,
    core: kioskShell
      ? withKioskShell(running, { wipe: () => kioskShell.wipe(), restart: relaunch })
      : withSaveDialog(running, {
          dataDir,
          showSaveDialog: (options) => {
            const parent = BrowserWindow.getFocusedWindow();
            return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
          },
          defaultFolder: () => app.getPath('downloads'),
        }),
    checkSender: (event) =>
      checkIpcSender(event, (sender) => BrowserWindow.fromWebContents(sender as WebContents)?.id ?? null, new Set(windows.keys())),
    eventTargets: () => [...windows.values()].map((w) => w.webContents),
    log: (message) => console.warn(`KuVa Desk IPC: ${message}`),
  });
  if (kioskShell) kioskShell.open();
  else createMainWindow();
}

function kioskShellDeps(running: Core): Parameters<typeof createKioskShell>[0] {
  return {
    preloadPath,
    serve: serveRenderer,
    // Counted for the heartbeat; the core keeps them until a beat gets through.
    onBypass: (kind) => void running.invoke('kiosk.report', { bypassAttempts: [kind] }),
    onWindow: (current, previous) => {
      if (previous) windows.delete(previous.id);
      if (current) {
        const id = current.id;
        windows.set(id, current);
        current.on('closed', () => windows.delete(id));
      }
    },
    relaunch,
    log: (message) => console.warn(`KuVa kiosk: ${message}`),
  };
}

/** The whole app again: the core closes cleanly on the way out (before-quit). */
function relaunch(): void {
  app.relaunch();
  app.quit();
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(createWindowOptions({ preloadPath, dev: launch.dev }));
  const id = win.id;
  windows.set(id, win);
  win.on('closed', () => windows.delete(id));
  win.once('ready-to-show', () => win.show());
  if (!launch.dev) {
    win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
  }
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`KuVa Desk: renderer gone (${details.reason}); reloading.`);
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) win.reload();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function serveRenderer(request: Request): Promise<Response> {
  const target = resolveAppRequest(request.url, request.method, rendererDir);
  if (!target.ok) return new Response(null, { status: target.status });
  try {
    const body = await readFile(target.filePath);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: staticHeaders(target.mimeType, false) });
  } catch {
    return new Response(null, { status: 404 });
  }
}

function openExternal(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

async function resolveCentralUrl(): Promise<string> {
  if (process.env.KUVA_CENTRAL_URL) return process.env.KUVA_CENTRAL_URL;
  // Installed builds read the central's address from resources/kuva.json (set per deployment).
  const file = join(process.resourcesPath, 'resources', 'kuva.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as { centralUrl?: unknown };
  if (typeof config.centralUrl !== 'string') throw new Error(`${file} has no centralUrl.`);
  return config.centralUrl;
}

async function shutdown(): Promise<void> {
  disposeIpc?.();
  disposeIpc = null;
  const closing = core;
  core = null;
  await closing?.close().catch((error: unknown) => console.error('KuVa Desk: core did not close cleanly', error));
}

function fatal(what: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`KuVa Desk: ${what}:`, error);
  dialog.showErrorBox('KuVa Desk', `${what}.\n\n${detail}`);
  void shutdown().finally(() => app.exit(1));
}
