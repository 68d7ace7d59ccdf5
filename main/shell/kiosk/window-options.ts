import type { BrowserWindowConstructorOptions } from 'electron';
import { createWindowOptions } from '../window-options.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The partition of one customer session. Without the `persist:` prefix Electron keeps it in
 * memory only, so cookies and storage die with it (electron #1244/#7721); a new id per customer
 * means the next one starts from an empty session even if a wipe step failed.
 */
export function kioskPartition(sessionId: string): string {
  if (!UUID.test(sessionId)) throw new RangeError(`a kiosk session id is a lower-case UUID: ${JSON.stringify(sessionId)}`);
  return `kiosk-${sessionId}`;
}

export interface KioskWindowOptionsInput {
  preloadPath: string;
  sessionId: string;
}

/**
 * The customer window: the staff window's hardened webPreferences, never devtools, locked full
 * screen. Electron's kiosk flag is only full screen on Windows and Linux (brief 2.4): the OS
 * lockdown (Assigned Access, a kiosk session) is what really keeps a customer in.
 */
export function createKioskWindowOptions({ preloadPath, sessionId }: KioskWindowOptionsInput): BrowserWindowConstructorOptions {
  const base = createWindowOptions({ preloadPath, dev: false, title: 'KuVa' });
  return {
    ...base,
    kiosk: true,
    fullscreen: true,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    closable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: {
      ...base.webPreferences,
      devTools: false,
      partition: kioskPartition(sessionId),
      // A customer's text size is the app's own setting, reset by the wipe; pinch zoom is not.
      zoomFactor: 1,
      disableDialogs: true,
      autoplayPolicy: 'user-gesture-required',
    },
  };
}
