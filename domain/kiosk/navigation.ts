/**
 * Where a kiosk window may go: the app's own origins and nothing else. The Electron shell allows
 * app://kuva; the browser host allows its own http://127.0.0.1:<port>. Every URL is parsed, never
 * compared by prefix, and anything with credentials in it is refused, so `app://kuva@evil.example`
 * and friends cannot pass. file:, chrome:, devtools:, javascript:, data:, blob:, about: and
 * view-source: are never on the list, whatever the caller passes.
 */
const NEVER_ALLOWED = new Set(['file:', 'chrome:', 'chrome-extension:', 'chrome-untrusted:', 'devtools:', 'javascript:', 'data:', 'blob:', 'about:', 'view-source:', 'filesystem:', 'ws:', 'wss:']);

interface Origin {
  protocol: string;
  host: string;
}

/** The protocol and host (with any port) of an origin; throws on one that can never be allowed. */
export function parseKioskOrigin(raw: string): Origin {
  const url = parse(raw);
  if (!url || NEVER_ALLOWED.has(url.protocol) || url.host === '' || url.username !== '' || url.password !== '' || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new RangeError(`not an origin a kiosk may allow: ${JSON.stringify(raw)}`);
  }
  return { protocol: url.protocol, host: url.host.toLowerCase() };
}

/** Build once from the configured origins, ask per URL. */
export function kioskNavigationAllowlist(origins: readonly string[]): (raw: string) => boolean {
  const allowed = origins.map(parseKioskOrigin);
  return (raw) => {
    const url = parse(raw);
    if (!url || NEVER_ALLOWED.has(url.protocol) || url.username !== '' || url.password !== '') return false;
    // Compared as parsed: URL lower-cases the scheme, turns IDN into punycode and drops a default
    // port, so only the same origin written differently passes, never a look-alike. A custom
    // scheme's host keeps its case in URL (Chromium folds it for a standard scheme), hence the fold.
    const host = url.host.toLowerCase();
    return allowed.some((o) => o.protocol === url.protocol && o.host === host);
  };
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
