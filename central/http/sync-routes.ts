import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { API_PREFIX, DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { decodeCursor, issuedFor } from '../sync/cursor.ts';
import { feedScopesOf } from '../sync/user-scopes.ts';
import { pullPage } from '../sync/pull.ts';
import { push } from '../sync/push.ts';
import { STREAM_PAGE, streamChanges } from '../sync/stream.ts';
import type { DeskActivity } from '../sync/desk-activity.ts';
import { recordPulledPersonalData } from '../audit/pull-reads.ts';
import { isKiosk } from '../../domain/kiosk/feed-scopes.ts';
import { wakesOnHeartbeats } from '../kiosk/heartbeat-pokes.ts';
import { currentUser } from './auth.ts';
import { sendError } from './errors.ts';
import type { ChangeNotifier } from './notifier.ts';
import type { Refusal, StreamLimits, StreamSlots } from './stream-limits.ts';
import { backpressuredWriter, ReaderStalledError } from './stream-writer.ts';
import { acceptsZstd, streamBody } from './stream-encoding.ts';
import { sendTooMany } from './too-many.ts';

const PullQuery = z.object({
  cursor: z.string().min(1).max(2000).optional(),
  limit: z.coerce.number().int().min(1).optional(),
});
/**
 * `total=1`: open the stream with its start line (the number of changes to come). Asked for, not
 * always sent: a desk from before the start line reads only changes and the end line, and keeps
 * working against a central upgraded before it.
 */
const StreamQuery = PullQuery.pick({ cursor: true }).extend({ total: z.literal('1').optional() });

export const HEARTBEAT_MS = 15_000;

/** An events stream whose reader lets this much pile up is not reading: pokes are a few bytes. */
const EVENTS_UNSENT_LIMIT = 64 * 1024;

/** When to try again after a refusal: a download ends in seconds, an events stream lasts. */
const RETRY_STREAM_SECONDS = 5;
const RETRY_EVENTS_SECONDS = 30;

function refusalText(kind: 'download' | 'events stream', refused: Refusal): string {
  return refused === 'user'
    ? `You already have as many ${kind}s open as one user may; close one or try again shortly.`
    : `The central is serving as many ${kind}s as it may; try again shortly.`;
}

/** Where to continue from, or the error to answer. */
function resolveCursor(raw: string | undefined, scopes: readonly string[], reply: FastifyReply): number | null {
  if (raw === undefined) return 0;
  const cursor = decodeCursor(raw);
  if (!cursor) {
    void sendError(reply, 400, 'bad_request', 'The cursor is not one this central issued.');
    return null;
  }
  if (!issuedFor(cursor, scopes)) {
    void sendError(reply, 409, 'resync_required', 'What your roles may read has changed: download everything again.');
    return null;
  }
  return cursor.seq;
}

export function syncRoutes(
  app: FastifyInstance,
  db: Db,
  notifier: ChangeNotifier,
  limits: StreamLimits,
  slots: StreamSlots,
  clock: () => Date,
  desks: DeskActivity,
): void {
  app.post(`${API_PREFIX}/sync/push`, async (request, reply) => {
    const outcome = await desks.during(() => push(db, currentUser(request), request.body, clock));
    if (outcome.kind === 'bad_request') return sendError(reply, 400, 'bad_request', outcome.message);
    if (outcome.kind === 'forbidden') return sendError(reply, 403, 'forbidden', outcome.message, { commandIds: outcome.commandIds });
    if (outcome.interruptedBy !== undefined) request.log.warn({ err: outcome.interruptedBy }, 'push answered in part: a later chunk failed');
    return outcome.response;
  });

  app.get(`${API_PREFIX}/sync/pull`, async (request, reply) => {
    const query = PullQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', z.prettifyError(query.error));
    const user = currentUser(request);
    const scopes = await feedScopesOf(db, user);
    const after = resolveCursor(query.data.cursor, scopes, reply);
    if (after === null) return reply;
    const limit = Math.min(query.data.limit ?? DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT);
    // A kiosk's feed is the projection of public fields: no personal data, so no audit of reads.
    const kiosk = isKiosk(user.roles, user.grants);
    const page = await desks.during(async () => {
      const pulled = await pullPage(db, scopes, after, limit, kiosk);
      if (!kiosk) await recordPulledPersonalData(db, user, scopes, after, pulled.upTo);
      return pulled;
    });
    return reply.type('application/json; charset=utf-8').send(page.json);
  });

  app.get(`${API_PREFIX}/sync/stream`, async (request, reply) => {
    const query = StreamQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', z.prettifyError(query.error));
    const user = currentUser(request);
    const scopes = await feedScopesOf(db, user);
    const after = resolveCursor(query.data.cursor, scopes, reply);
    if (after === null) return reply;
    const slot = slots.take('stream', user.id);
    if ('refused' in slot) return sendTooMany(reply, 'too_many_streams', RETRY_STREAM_SECONDS, refusalText('download', slot.refused));
    reply.hijack();
    const raw = reply.raw;
    raw.on('close', slot.release);
    const compress = acceptsZstd(request.headers['accept-encoding']);
    raw.writeHead(200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(compress ? { 'content-encoding': 'zstd' } : {}),
    });
    const body = streamBody(raw, compress);
    const write = backpressuredWriter(body.out, limits);
    try {
      const kiosk = isKiosk(user.roles, user.grants);
      const audit = kiosk ? undefined : (head: number) => recordPulledPersonalData(db, user, scopes, after, head);
      // Each whole line goes out at once: the start line (the desk's progress bar waits for its
      // total) and every page, whose closing newline is written after it.
      const pages = async (chunk: string) => {
        await write(chunk);
        if (chunk.endsWith('\n')) body.flush();
      };
      const end = await streamChanges(db, scopes, after, pages, STREAM_PAGE, audit, kiosk, query.data.total === '1');
      body.out.end(JSON.stringify(end) + '\n');
    } catch (error) {
      // Headers are out: breaking the connection (no end line) tells the client to retry.
      if (error instanceof ReaderStalledError) request.log.warn({ user: user.id }, `stream cut: ${error.message}`);
      else if (!raw.destroyed) request.log.warn({ err: error }, 'stream aborted');
      body.out.destroy();
      raw.destroy();
    } finally {
      slot.release();
    }
  });

  app.get(`${API_PREFIX}/sync/events`, async (request, reply) => {
    const slot = slots.take('events', currentUser(request).id);
    if ('refused' in slot) return sendTooMany(reply, 'too_many_streams', RETRY_EVENTS_SECONDS, refusalText('events stream', slot.refused));
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (text: string) => {
      if (raw.destroyed) return;
      if (raw.writableLength > EVENTS_UNSENT_LIMIT) raw.destroy();
      else raw.write(text);
    };
    send('retry: 3000\n: connected\n\n');
    const unsubscribe = notifier.subscribe(() => send('event: poke\ndata:\n\n'), { heartbeats: wakesOnHeartbeats(currentUser(request)) });
    const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
    raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      slot.release();
    });
  });
}
