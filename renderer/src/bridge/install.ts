import type { KuvaApi } from '../../../domain/contract.ts';
import { createHostBridge } from './host-bridge.ts';
import { resolveHostSecret } from './host-secret.ts';

/**
 * Electron's preload installs window.kuva; in a plain browser (the browser host) there is no
 * preload, so the page builds the HTTP bridge itself. Returns null when neither is possible.
 */
export function installKuva(): KuvaApi | null {
  if (window.kuva) return window.kuva;
  const secret = resolveHostSecret({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (path) => window.history.replaceState(window.history.state, '', path),
  });
  if (!secret) return null;
  const api = createHostBridge(secret);
  window.kuva = api;
  return api;
}
