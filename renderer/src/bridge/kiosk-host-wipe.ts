import { HOST_USER_HEADER } from '../../../domain/contract.ts';
import { HOST_KEY_HEADER } from '../../../domain/host-protocol.ts';
import { KIOSK_HOST_WIPE_PATH, type KioskHostWipe } from '../../../domain/kiosk/contract.ts';
import type { Result } from '../../../domain/result.ts';
import { SECRET_STORAGE_KEY } from './host-secret.ts';

/**
 * The browser host's key, read once when the page starts: a kiosk wipe empties sessionStorage,
 * where the page keeps it across reloads, but every later wipe needs it. Null in Electron.
 */
export const kioskHostKey: string | null = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SECRET_STORAGE_KEY);

/**
 * POST /kiosk/wipe on the browser host, the one request of the kiosk that is not a contract call:
 * its answer's Clear-Site-Data is what clears the site's cache, cookies and storage, so the page
 * itself must receive it.
 */
export async function postKioskHostWipe(hostKey: string, userId: string): Promise<KioskHostWipe> {
  const res = await window.fetch(KIOSK_HOST_WIPE_PATH, { method: 'POST', headers: { [HOST_KEY_HEADER]: hostKey, [HOST_USER_HEADER]: userId }, cache: 'no-store', credentials: 'same-origin' });
  const body = (await res.json()) as Result<KioskHostWipe>;
  if (!res.ok || !body.ok) throw new Error(body.ok ? `The host's wipe answered ${res.status}.` : body.error.message);
  return body.value;
}

/** Puts the host key back where a freshly loaded page looks for it (a wipe has emptied sessionStorage). */
export function keepHostKeyForReload(hostKey: string): void {
  sessionStorage.setItem(SECRET_STORAGE_KEY, hostKey);
}
