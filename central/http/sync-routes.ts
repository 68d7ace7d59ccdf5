import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { scopesFor, type Scope } from '../../domain/roles.ts';
import { API_PREFIX, DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { decodeCursor, sameScopes } from '../sync/cursor.ts';
import { pullPage } from '../sync/pull.ts';
import { push } from '../sync/push.ts';
import { streamChanges } from '../sync/stream.ts';
import { currentUser } from './auth.ts';
import { sendError } from './errors.ts';
import type { ChangeNotifier } from './notifier.ts';

/** How much of a stream may wait in memory for a slow reader (per connection). */
const STREAM_AHEAD_BYTES = 4 * 1024 * 1024;

const PullQuery = z.object({
  cursor: z.string().min(1).max(2000).optional(),
  limit: z.coerce.number().int().min(1).optional(),
});
const StreamQuery = PullQuery.pick({ cursor: true });

export const HEARTBEAT_MS = 15_000;

/** Where to continue from, or the error to answer. */
function resolveCursor(raw: string | undefined, scopes: Scope[], reply: FastifyReply): number | null {
  if (raw === undefined) return 0;
  const cursor = decodeCursor(raw);
  if (!cursor) {
    void sendError(reply, 400, 'bad_request', 'The cursor is not one this central issued.');
    return null;
  }
  if (!sameScopes(cursor.scopes, scopes)) {
    void sendError(reply, 409, 'resync_required', 'What your roles may read has changed: download everything again.');
    return null;
  }
  return cursor.seq;
}

export function syncRoutes(app: FastifyInstance, db: Db, notifier: ChangeNotifier): void {
  app.post(`${API_PREFIX}/sync/push`, async (request, reply) => {
    const outcome = await push(db, currentUser(request), request.body);
    if (outcome.kind === 'bad_request') return sendError(reply, 400, 'bad_request', outcome.message);
    if (outcome.kind === 'forbidden') return sendError(reply, 403, 'forbidden', outcome.message, { commandIds: outcome.commandIds });
    if (outcome.interruptedBy !== undefined) request.log.warn({ err: outcome.interruptedBy }, 'push answered in part: a later chunk failed');
    return outcome.response;
  });

  app.get(`${API_PREFIX}/sync/pull`, async (request, reply) => {
    const query = PullQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', z.prettifyError(query.error));
    const scopes = scopesFor(currentUser(request).roles);
    const after = resolveCursor(query.data.cursor, scopes, reply);
    if (after === null) return reply;
    const limit = Math.min(query.data.limit ?? DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT);
    return pullPage(db, scopes, after, limit);
  });

  app.get(`${API_PREFIX}/sync/stream`, async (request, reply) => {
    const query = StreamQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', z.prettifyError(query.error));
    const scopes = scopesFor(currentUser(request).roles);
    const after = resolveCursor(query.data.cursor, scopes, reply);
    if (after === null) return reply;
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    const write = (chunk: string) =>
      new Promise<void>((resolve, reject) => {
        if (raw.destroyed) return reject(new Error('The client went away.'));
        raw.write(chunk);
        // Run a few pages ahead of the client: while it writes one batch into SQLite, the next
        // ones are already on their way, so its download never waits for a database round trip.
        if (raw.writableLength < STREAM_AHEAD_BYTES) return resolve();
        const done = (error?: Error) => {
          raw.off('drain', onDrain);
          raw.off('close', onClose);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new Error('The client went away.'));
        raw.once('drain', onDrain);
        raw.once('close', onClose);
      });
    try {
      const end = await streamChanges(db, scopes, after, write);
      raw.end(JSON.stringify(end) + '\n');
    } catch (error) {
      // Headers are out: breaking the connection (no end line) tells the client to retry.
      if (!raw.destroyed) request.log.warn({ err: error }, 'stream aborted');
      raw.destroy();
    }
  });

  app.get(`${API_PREFIX}/sync/events`, async (request, reply) => {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n: connected\n\n');
    const unsubscribe = notifier.subscribe(() => raw.write('event: poke\ndata:\n\n'));
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
