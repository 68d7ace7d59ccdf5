/**
 * The renderer is served from a custom, privileged scheme instead of file:// (Electron security
 * checklist item 18): one origin we can recognise exactly, with no access to the file system.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kuva';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a well-formed app://kuva/... URL; parsed with URL, never compared by prefix. */
export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
