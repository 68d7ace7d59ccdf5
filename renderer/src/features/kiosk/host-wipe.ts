import type { Result } from '../../../../domain/result.ts';
import type { WipeItemId } from '../../../../domain/kiosk/wipe.ts';
import { keepHostKeyForReload, kioskHostKey as hostKey, postKioskHostWipe } from '../../bridge/kiosk-host-wipe.ts';
import { withRestartMark } from './kiosk-config.ts';

/** Items only the host can clear or vouch for; the page checks the storage items itself afterwards. */
const HOST_ONLY: readonly WipeItemId[] = ['http_cache', 'auth_tokens'];

/**
 * The browser host's wipe (POST /kiosk/wipe): the core forgets the customer, and the answer's
 * Clear-Site-Data clears the site's cache, cookies and storage. The answer offers a reload address
 * too; the kiosk stays on its page instead (its customer screens are already gone), which keeps
 * the reset quick and the admin PIN lockout and the configured timing in force.
 * In Electron (no host) the core's wipe is called directly and the shell clears the rest.
 */
export async function hostWipe(userId: string, coreWipe: () => Promise<Result<unknown>>): Promise<WipeItemId[]> {
  if (!hostKey) {
    const r = await coreWipe();
    if (!r.ok) throw new Error(r.error.message);
    return ['auth_tokens'];
  }
  const answer = await postKioskHostWipe(hostKey, userId);
  // The host sends Clear-Site-Data with every successful answer (Chromium hides the header from
  // the page); its `cleared` list says what that answer covers.
  if (answer.nonPublicRows !== 0) return [];
  return HOST_ONLY.filter((id) => answer.cleared.includes(id));
}

/**
 * The browser host's restart for a staff request: the page loads again from its own address with
 * the restart mark, the host key put back where the fresh page looks for it (a wipe has emptied
 * sessionStorage). False in Electron, where the shell restarts the app itself.
 */
export function reloadForRestart(): boolean {
  if (!hostKey) return false;
  keepHostKeyForReload(hostKey);
  location.replace(withRestartMark(location.href, true));
  return true;
}
