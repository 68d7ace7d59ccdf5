import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { fileInside, mimeTypeFor } from '../core/renderer-files.ts';

export type AppRequestTarget =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404 | 405 };

/**
 * Maps app://kuva/<path> to a file inside the built renderer folder, or refuses. The decoded
 * path is resolved and must stay under rendererDir; extensionless paths fall back to index.html
 * so client-side routes survive a reload.
 */
export function resolveAppRequest(rawUrl: string, method: string, rendererDir: string): AppRequestTarget {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  const file = fileInside(rendererDir, url.pathname);
  if (file === null) return { ok: false, status: 404 };
  return { ok: true, filePath: file, mimeType: mimeTypeFor(file) };
}
