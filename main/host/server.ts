import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCall, parseCaller } from '../../domain/contract.ts';
import type { Method } from '../../domain/contract.ts';
import { HOST_EVENTS_PATH, HOST_HEARTBEAT_MS, HOST_KEY_HEADER, HOST_KEY_PARAM, HOST_RPC_PATH } from '../../domain/host-protocol.ts';
import type { AppError, Result } from '../../domain/result.ts';
import { MAX_DOCUMENT_BASE64 } from '../../domain/documents/document-contract.ts';
import type { Core, CoreOptions } from '../core/core.ts';
import { guardApiRequest } from './request-guard.ts';
import { isDownloadPath, serveDownload } from './download-route.ts';
import { isKioskWipePath, serveKioskWipe } from './kiosk-wipe-route.ts';
import { fileInside, mimeTypeFor, staticHeaders } from '../core/renderer-files.ts';

/** The contract plus a way to stop it (the in-process core or its worker proxy). */
export type HostCore = Core;

export interface StartHostOptions {
  /** A running core (the caller closes it) or the options to create one (the host closes it). */
  core: HostCore | CoreOptions;
  rendererDir: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** How often an idle event stream gets a comment line, so the page knows its host is alive. */
  heartbeatMs?: number;
  /**
   * The key pages must send; a fresh random one when absent. A host started again with the key
   * of the one before it (same port) lets its open windows carry on.
   */
  secret?: string;
  log?: (message: string) => void;
  /** The core's profile folder, where made files wait for download; without it none are served. */
  dataDir?: string;
  /** A kiosk terminal's host: serves the customer wipe (POST /kiosk/wipe with Clear-Site-Data). */
  kiosk?: boolean;
}

export interface Host {
  /** The address to open: origin plus `/?k=<secret>`. */
  url: string;
  origin: string;
  secret: string;
  port: number;
  close(): Promise<void>;
}

export const HOST_ADDRESS = '127.0.0.1';
/**
 * The largest call: documents.attach with the biggest scan as base64 (about 5.6 MB), plus room
 * for its JSON around it. Anything above it is refused whole (413) before it is parsed.
 */
export const MAX_BODY_BYTES = MAX_DOCUMENT_BASE64 + 64 * 1024;
const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The browser host: the built renderer and the contract on loopback only, for a browser when
 * Electron is not available and for end-to-end tests. Never sends CORS headers, so no other
 * origin can read an answer even if it guessed everything else.
 */
export async function startHost(options: StartHostOptions): Promise<Host> {
  const ownsCore = !isCore(options.core);
  const core = isCore(options.core) ? options.core : await createOwnCore(options.core);
  const log = options.log ?? (() => {});
  const heartbeatMs = options.heartbeatMs ?? HOST_HEARTBEAT_MS;
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  /** Open event streams and how to unhook each from the core. */
  const streams = new Map<ServerResponse, () => void>();
  let expected = { secret, host: '', origin: '' };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Host request failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (!res.headersSent) sendResult(res, 500, fail('internal', 'The host failed to answer.'));
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', expected.origin).pathname;
    if (path === HOST_RPC_PATH) return handleRpc(req, res);
    if (path === HOST_EVENTS_PATH) return handleEvents(req, res);
    if (options.kiosk && isKioskWipePath(path)) return serveKioskWipe(req, res, { core, secret, guard: (r) => guardApiRequest(guardInput(r), expected) });
    if (isDownloadPath(path)) return serveDownload(req, res, path, { core, dataDir: options.dataDir ?? (isCore(options.core) ? undefined : options.core.dataDir), guard: (r) => guardApiRequest(guardInput(r), expected) });
    return handleStatic(req, res, path);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendResult(res, 405, fail('bad_request', 'Use POST.'), { allow: 'POST' });
    const guard = guardApiRequest(guardInput(req), expected);
    if (!guard.ok) {
      req.resume();
      return sendResult(res, guard.status, fail(guard.code, guard.message));
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) {
      return sendResult(res, 413, fail('payload_too_large', `A call may carry at most ${MAX_BODY_BYTES} bytes.`), { connection: 'close' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendResult(res, 400, fail('bad_request', 'The body is not valid JSON.'));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return sendResult(res, 400, fail('bad_request', 'The body must be {"method", "input", "caller"}.'));
    }
    const { method, input, caller: rawCaller } = parsed as { method?: unknown; input?: unknown; caller?: unknown };
    const call = parseCall(method, input);
    if (!call.ok) return sendResult(res, 400, call);
    const caller = parseCaller(call.value.method, rawCaller);
    if (!caller.ok) return sendResult(res, 400, caller);
    let result: Result<unknown>;
    try {
      result = await core.invoke(call.value.method as Method, call.value.input as never, caller.value);
    } catch (error) {
      log(`Core failed on ${call.value.method}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      result = fail('internal', 'The backend failed to answer.');
    }
    sendResult(res, 200, result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') return sendResult(res, 405, fail('bad_request', 'Use GET.'), { allow: 'GET' });
    const guard = guardApiRequest(guardInput(req), expected);
    if (!guard.ok) return sendResult(res, guard.status, fail(guard.code, guard.message));
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    // An event can arrive after the stream was ended (host closing) but before 'close' fired.
    const send = (text: string) => {
      if (!res.writableEnded && !res.destroyed) res.write(text);
    };
    const unsubscribe = core.onEvent((event) => send(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
    heartbeat.unref();
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    streams.set(res, stop);
    res.on('close', stop);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.headers.host !== expected.host) return sendText(res, 403, 'Unexpected Host header.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    const file = fileInside(options.rendererDir, path);
    if (file === null) return sendText(res, 404, 'Not found.');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      const missingBuild = file.endsWith('index.html');
      return sendText(res, 404, missingBuild ? 'The renderer is not built: run npm run build:renderer.' : 'Not found.');
    }
    res.writeHead(200, { ...staticHeaders(mimeTypeFor(file), path.startsWith('/assets/')), 'content-length': String(info.size) });
    if (req.method === 'HEAD') return void res.end();
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(file);
      stream.on('error', reject);
      res.on('close', () => {
        stream.destroy();
        resolve();
      });
      stream.pipe(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    if (ownsCore) await core.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST_ADDRESS}:${port}`;
  expected = { secret, host: `${HOST_ADDRESS}:${port}`, origin };

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?${HOST_KEY_PARAM}=${secret}`,
    origin,
    secret,
    port,
    close() {
      closing ??= (async () => {
        for (const [stream, stop] of streams) {
          stop();
          stream.end();
        }
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        if (ownsCore) await core.close();
      })();
      return closing;
    },
  };
}

function isCore(value: HostCore | CoreOptions): value is HostCore {
  return typeof (value as Partial<HostCore>).invoke === 'function';
}

async function createOwnCore(options: CoreOptions): Promise<HostCore> {
  const { createCore } = await import('../core/core.ts');
  return createCore(options);
}

function guardInput(req: IncomingMessage) {
  return { key: req.headers[HOST_KEY_HEADER], host: req.headers.host, origin: req.headers.origin };
}

function fail(code: AppError['code'], message: string): { ok: false; error: AppError } {
  return { ok: false, error: { code, message } };
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(result);
  res.writeHead(status, { ...JSON_HEADERS, ...extra, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(text);
}

/** The whole body, or null once it exceeds `limit` (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
