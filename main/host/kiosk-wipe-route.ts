import type { IncomingMessage, ServerResponse } from 'node:http';
import { HOST_USER_HEADER, type KuvaApi } from '../../domain/contract.ts';
import { HOST_KEY_PARAM } from '../../domain/host-protocol.ts';
import { KIOSK_CLEAR_SITE_DATA, KIOSK_HOST_WIPE_PATH, type KioskHostWipe } from '../../domain/kiosk/contract.ts';
import type { WipeItemId } from '../../domain/kiosk/wipe.ts';
import type { AppError, Result } from '../../domain/result.ts';
import type { GuardResult } from './request-guard.ts';

export const isKioskWipePath = (pathname: string) => pathname === KIOSK_HOST_WIPE_PATH;

/** What `Clear-Site-Data: "cache", "cookies", "storage"` and the core's wipe clear together. */
export const HOST_WIPE_ITEMS: readonly WipeItemId[] = ['cookies', 'local_storage', 'indexed_db', 'service_workers', 'http_cache', 'auth_tokens'];

export interface KioskWipeDeps {
  core: KuvaApi;
  guard: (req: IncomingMessage) => GuardResult;
  /** The host's key: the reload address carries it, since "storage" clears the page's copy. */
  secret: string;
}

/**
 * POST /kiosk/wipe: the end of a customer session in the browser host. The core forgets the
 * customer first; only when it has does the answer tell the browser to clear the site's cache,
 * cookies and storage. The host's own key lives in the page, not in a cookie, and the answer
 * hands it back in the reload address, so the terminal's page comes back while the customer's
 * data is gone. The core's session (the terminal's sign-in) is untouched.
 */
export async function serveKioskWipe(req: IncomingMessage, res: ServerResponse, deps: KioskWipeDeps): Promise<void> {
  req.resume();
  if (req.method !== 'POST') return send(res, 405, fail('bad_request', 'Use POST.'), { allow: 'POST' });
  const guard = deps.guard(req);
  if (!guard.ok) return send(res, guard.status, fail(guard.code, guard.message));
  const userId = req.headers[HOST_USER_HEADER];
  if (typeof userId !== 'string' || userId === '') return send(res, 400, fail('bad_request', `Say which user the window shows (${HOST_USER_HEADER}).`));
  const wiped = await deps.core.invoke('kiosk.wipeCustomer', {}, { userId });
  if (!wiped.ok) return send(res, wiped.error.code === 'session_changed' || wiped.error.code === 'forbidden' ? 403 : 409, wiped);
  const answer: KioskHostWipe = { ...wiped.value, reloadUrl: `/?${HOST_KEY_PARAM}=${encodeURIComponent(deps.secret)}`, cleared: [...HOST_WIPE_ITEMS] };
  send(res, 200, { ok: true, value: answer }, { 'clear-site-data': KIOSK_CLEAR_SITE_DATA });
}

function fail(code: AppError['code'], message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

function send(res: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}
