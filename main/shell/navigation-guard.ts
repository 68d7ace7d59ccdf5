import type { WebContents } from 'electron';
import { isAppUrl } from './app-origin.ts';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** Links the OS may open in the user's own browser or mail program (never file:, never custom schemes). */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/** In-window navigation stays inside the app origin; everything else is prevented. */
export function isAllowedNavigation(raw: string): boolean {
  return isAppUrl(raw);
}

export interface WindowOpenDecision {
  action: 'deny';
  /** Set when the URL should go to the OS's handler instead. */
  openExternal: string | null;
}

/** New windows are never created; an allow-listed external link is handed to the OS. */
export function decideWindowOpen(raw: string): WindowOpenDecision {
  return { action: 'deny', openExternal: isAllowedExternalUrl(raw) ? raw : null };
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function installNavigationGuard(contents: GuardedContents, openExternal: (url: string) => void): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url)) {
      event.preventDefault();
      if (isAllowedExternalUrl(url)) openExternal(url);
    }
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternal) openExternal(decision.openExternal);
    return { action: 'deny' };
  });
}
