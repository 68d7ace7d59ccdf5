import { HOST_KEY_HEADER } from '../../../../domain/host-protocol.ts';
import type { WipeItemId } from '../../../../domain/kiosk/wipe.ts';
import { SECRET_STORAGE_KEY } from '../../bridge/host-secret.ts';

/** The browser host's wipe route: it answers with Clear-Site-Data: "cache", "cookies", "storage". */
export const HOST_WIPE_PATH = '/kiosk/wipe';

/**
 * The host key, read once when the kiosk starts: the wipe empties sessionStorage, where the page
 * keeps it across reloads, but the kiosk needs it for every later wipe. Null in Electron.
 */
const hostKey = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SECRET_STORAGE_KEY);

export function inBrowserHost(): boolean {
  return hostKey !== null;
}

/** The HTTP cache is the host's to clear: the item counts when its answer carried the header. */
export async function hostWipe(): Promise<WipeItemId[]> {
  if (!hostKey) return [];
  const res = await window.fetch(HOST_WIPE_PATH, { method: 'POST', headers: { [HOST_KEY_HEADER]: hostKey }, cache: 'no-store', credentials: 'same-origin' });
  if (!res.ok) throw new Error(`The host's wipe answered ${res.status}.`);
  const cleared = res.headers.get('clear-site-data') ?? '';
  return cleared.includes('"cache"') ? ['http_cache'] : [];
}
