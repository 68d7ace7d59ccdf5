import { randomUUID } from 'node:crypto';
import { BrowserWindow, clipboard, session as sessions } from 'electron';
import type { Session } from 'electron';
import type { BypassKind } from '../../../domain/kiosk/heartbeat.ts';
import { kioskNavigationAllowlist } from '../../../domain/kiosk/navigation.ts';
import type { WipeItemId } from '../../../domain/kiosk/wipe.ts';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from '../app-origin.ts';
import { denyAllPermissions } from '../permissions.ts';
import { decideKioskContextMenu, decideKioskDownload, decideKioskNavigation, decideKioskWindowOpen } from './content-decisions.ts';
import { decideKioskInput } from './input-decisions.ts';
import { crashAction, keyAction } from './shell-rules.ts';
import { createKioskWindowOptions, kioskPartition } from './window-options.ts';
import { ELECTRON_WIPE_PLAN, storagesToClear, type ElectronWipeStep } from './wipe-plan.ts';

export interface KioskShellDeps {
  preloadPath: string;
  /** Serves app:// in each customer partition as in the default session. */
  serve: (request: Request) => Promise<Response>;
  onBypass: (kind: BypassKind) => void;
  /** The window that now shows the kiosk (null: none), so IPC accepts calls from it only. */
  onWindow: (current: BrowserWindow | null, previous: BrowserWindow | null) => void;
  /** The whole app starts again (a renderer that keeps crashing, a restart staff asked for). */
  relaunch: () => void;
  log: (message: string) => void;
}

export interface KioskShell {
  open(): BrowserWindow;
  /** Carries out the Electron wipe plan, then shows the attract screen in a fresh partition. Answers the items done. */
  wipe(): Promise<WipeItemId[]>;
}

/**
 * The locked customer window (Electron wiring only; every decision is a pure function in this
 * folder). Each customer gets a new in-memory partition; a wipe clears the old one too, in case
 * something of it outlives the window.
 */
export function createKioskShell(deps: KioskShellDeps): KioskShell {
  const allowed = kioskNavigationAllowlist([APP_ORIGIN]);
  const crashes: number[] = [];
  let win: BrowserWindow | null = null;
  let partition: Session | null = null;

  function prepareSession(ses: Session): void {
    denyAllPermissions(ses);
    if (!ses.protocol.isProtocolHandled(APP_SCHEME)) ses.protocol.handle(APP_SCHEME, deps.serve);
    ses.on('will-download', (event, item) => {
      const decision = decideKioskDownload();
      if (!decision.allow) {
        event.preventDefault();
        item.cancel();
      }
      if (decision.bypass) deps.onBypass(decision.bypass);
    });
  }

  function open(): BrowserWindow {
    const sessionId = randomUUID();
    const ses = sessions.fromPartition(kioskPartition(sessionId));
    prepareSession(ses);
    const next = new BrowserWindow(createKioskWindowOptions({ preloadPath: deps.preloadPath, sessionId }));
    const contents = next.webContents;
    const guard = (event: { preventDefault(): void }, url: string) => {
      const decision = decideKioskNavigation(url, allowed);
      if (!decision.allow) event.preventDefault();
      if (decision.bypass) deps.onBypass(decision.bypass);
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    // Frames too: an iframe is a page of its own a customer could be led to.
    contents.on('will-frame-navigate', (details) => guard(details, details.url));
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideKioskWindowOpen(url, allowed);
      if (decision.loadInPlace) void contents.loadURL(decision.loadInPlace);
      if (decision.bypass) deps.onBypass(decision.bypass);
      return { action: decision.action };
    });
    contents.on('context-menu', (event) => {
      if (!decideKioskContextMenu().allow) event.preventDefault();
    });
    contents.on('before-input-event', (event, input) => {
      const action = keyAction(decideKioskInput(input));
      if (action.prevent) event.preventDefault();
      if (action.bypass) deps.onBypass(action.bypass);
    });
    contents.on('devtools-opened', () => contents.closeDevTools());
    contents.on('render-process-gone', (_event, details) => {
      const action = crashAction(details.reason, crashes, Date.now());
      crashes.push(Date.now());
      deps.log(`kiosk renderer gone (${details.reason}): ${action.action}`);
      if (action.action === 'relaunch') deps.relaunch();
      else if (action.action === 'new_session') void replace();
    });
    next.once('ready-to-show', () => next.show());
    void next.loadURL(APP_ENTRY_URL);
    const previous = win;
    win = next;
    partition = ses;
    deps.onWindow(next, previous);
    return next;
  }

  /** A new partition on the attract screen; the old window goes (it may hold form state). */
  async function replace(): Promise<void> {
    const old = win;
    open();
    if (old && !old.isDestroyed()) old.destroy();
  }

  async function run(step: ElectronWipeStep, ses: Session | null): Promise<boolean> {
    switch (step.kind) {
      case 'storage':
        return true; // one clearStorageData call below covers every storage item
      case 'http_cache':
        if (ses) await ses.clearCache();
        return true;
      case 'clipboard':
        clipboard.clear();
        return true;
      case 'renderer':
        return true; // the fresh window on the attract screen starts from defaults
      case 'revoke':
        return false; // the core's wipe reports it
    }
  }

  return {
    open,
    async wipe() {
      const ses = partition;
      const done: WipeItemId[] = [];
      try {
        if (ses) await ses.clearStorageData({ storages: storagesToClear() });
        for (const [id, step] of Object.entries(ELECTRON_WIPE_PLAN) as [WipeItemId, ElectronWipeStep][]) {
          if (await run(step, ses)) done.push(id);
        }
        await replace();
      } catch (error) {
        deps.log(`kiosk wipe failed: ${error instanceof Error ? error.message : String(error)}`);
        // An incomplete wipe is not shown as done: the watchdog starts the app again.
        deps.relaunch();
      }
      return done;
    },
  };
}
