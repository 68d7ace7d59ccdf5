import type { BypassKind } from '../../../domain/kiosk/heartbeat.ts';

/**
 * What the kiosk window's webContents handlers decide, as data the wiring carries out: allow or
 * prevent, and which bypass attempt (if any) to log for the heartbeat. `allowed` is the
 * navigation allowlist of domain/kiosk/navigation.ts, built for this window's origins.
 */
export interface KioskDecision {
  allow: boolean;
  bypass: BypassKind | null;
}

/** will-navigate, will-redirect and will-frame-navigate. */
export function decideKioskNavigation(url: string, allowed: (url: string) => boolean): KioskDecision {
  return allowed(url) ? { allow: true, bypass: null } : { allow: false, bypass: 'blocked_navigation' };
}

export interface KioskWindowOpenDecision {
  action: 'deny';
  /** An allowed URL opens in the kiosk window itself: a kiosk has one window, and no OS browser. */
  loadInPlace: string | null;
  bypass: BypassKind | null;
}

/** setWindowOpenHandler: never a new window, never the OS browser. */
export function decideKioskWindowOpen(url: string, allowed: (url: string) => boolean): KioskWindowOpenDecision {
  return allowed(url) ? { action: 'deny', loadInPlace: url, bypass: null } : { action: 'deny', loadInPlace: null, bypass: 'popup' };
}

/** will-download: a kiosk saves nothing on the public machine. */
export function decideKioskDownload(): KioskDecision {
  return { allow: false, bypass: 'download' };
}

/**
 * context-menu: no menu at all. A long press on a touch screen raises it too, so it is not logged
 * as a bypass attempt.
 */
export function decideKioskContextMenu(): KioskDecision {
  return { allow: false, bypass: null };
}
