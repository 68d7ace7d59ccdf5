/**
 * The public queue display's own address: `#/queue-display/<servicePointId>` on the app's page.
 * A hash, not a path, because the renderer is served with relative asset paths (Vite `base: './'`)
 * and Electron loads it from a file: a hash reaches the same page in the browser host, in a
 * second window and in Electron alike, and a wall screen can be pointed at it and reloaded.
 */
const PREFIX = '#/queue-display/';

/** Service point ids are short text ids (`sp-oodi`); anything else in the address is not a display. */
const POINT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function queueDisplayHash(servicePointId: string): string {
  return `${PREFIX}${encodeURIComponent(servicePointId)}`;
}

/** The service point a page's hash asks the display of, or null when the hash is not a display address. */
export function queueDisplayPointOf(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(PREFIX.length).replace(/\/$/, ''));
  } catch {
    return null;
  }
  return POINT_ID.test(id) ? id : null;
}
