import { createReadStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORTED_FILE_NAME, HOST_DOWNLOAD_PATH, HOST_USER_HEADER, type KuvaApi } from '../../domain/contract.ts';
import type { AppError } from '../../domain/result.ts';
import { exportedFile, PART_SUFFIX, sweepExports } from '../core/files/export-folder.ts';
import type { GuardResult } from './request-guard.ts';

const MEDIA_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

export interface DownloadDeps {
  core: KuvaApi;
  /** The core's profile folder; without it the host serves no files. */
  dataDir: string | undefined;
  guard: (req: IncomingMessage) => GuardResult;
  now?: () => Date;
}

export const isDownloadPath = (pathname: string) => pathname.startsWith(HOST_DOWNLOAD_PATH);

/**
 * GET /files/<name>: a file the core made, once, to the signed-in user it was made for and only
 * from a window that shows that user (key and Host/Origin checked as for every call). Only names
 * the core makes are looked up, inside that user's own exports folder; the file goes once sent.
 */
export async function serveDownload(req: IncomingMessage, res: ServerResponse, pathname: string, deps: DownloadDeps): Promise<void> {
  if (req.method !== 'GET') return refuse(res, 405, 'bad_request', 'Use GET.');
  const guard = deps.guard(req);
  if (!guard.ok) return refuse(res, guard.status, guard.code, guard.message);
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(HOST_DOWNLOAD_PATH.length));
  } catch {
    return refuse(res, 400, 'bad_request', 'The file name is not valid.');
  }
  if (!EXPORTED_FILE_NAME.test(name)) return refuse(res, 400, 'bad_request', 'Not a file the app made.');
  const userId = req.headers[HOST_USER_HEADER];
  if (typeof userId !== 'string' || userId === '') return refuse(res, 400, 'bad_request', `Say which user the window shows (${HOST_USER_HEADER}).`);
  const session = await deps.core.invoke('session.get', {}, { userId });
  if (!session.ok) {
    const status = session.error.code === 'session_changed' ? 403 : session.error.code === 'bad_request' ? 400 : 503;
    return refuse(res, status, session.error.code, session.error.message);
  }
  const user = session.value.user;
  if (!user) return refuse(res, 401, 'not_signed_in', 'Sign in first.');
  // session.get answers any window (it is how a window learns who is signed in): compare here.
  if (user.id !== userId) return refuse(res, 403, 'session_changed', `${user.name} is signed in now; this window shows someone else.`);
  const file = deps.dataDir ? exportedFile(deps.dataDir, user.id, name) : null;
  if (!file) return refuse(res, 404, 'not_found', 'The file is not there (downloaded already, or older than a day).');
  sweepExports(path.dirname(file), (deps.now ?? (() => new Date()))());
  // Claimed by a rename before a byte goes out: of two requests at once, one gets the file.
  const claimed = `${file}.sending-${randomBytes(4).toString('hex')}${PART_SUFFIX}`;
  const gone = () => refuse(res, 404, 'not_found', 'The file is not there (downloaded already, or older than a day).');
  if (!(await rename(file, claimed).then(() => true, () => false))) return gone();
  const info = await stat(claimed).catch(() => null);
  if (!info?.isFile()) return gone();
  res.writeHead(200, {
    'content-type': MEDIA_TYPES[path.extname(name)] ?? 'application/octet-stream',
    'content-length': String(info.size),
    // The name is [a-z0-9-.] only (EXPORTED_FILE_NAME), so it needs no quoting beyond this.
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  await new Promise<void>((resolve) => {
    const stream = createReadStream(claimed);
    stream.on('error', () => res.destroy());
    res.on('close', () => {
      stream.destroy();
      // Sent in full: delivered, so it goes. Cut off: it goes back for another try (or the day's sweep).
      const after = res.writableFinished ? unlink(claimed) : rename(claimed, file);
      void after.catch(() => {}).then(() => resolve());
    });
    stream.pipe(res);
  });
}

function refuse(res: ServerResponse, status: number, code: AppError['code'], message: string): void {
  const body = JSON.stringify({ ok: false, error: { code, message } });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
