import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { mimeTypeFor } from './mime-types.ts';

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

/** The resolved file, or null when the path leaves rootDir, names a dotfile or cannot be decoded. */
export function fileInside(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return null;
  const last = segments.at(-1);
  const wantsPage = last === undefined || !last.includes('.');
  const root = resolve(rootDir);
  const target = wantsPage ? resolve(root, 'index.html') : resolve(root, ...segments);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}
