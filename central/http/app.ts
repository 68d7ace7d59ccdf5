import Fastify, { type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { API_PREFIX, type HealthResponse } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { caughtRoutes } from '../notifications/caught-routes.ts';
import { auditRoutes } from '../audit/read-routes.ts';
import { cultureKidsGdprRoutes } from '../culture-kids/gdpr-routes.ts';
import { kioskHeartbeatRoute } from '../kiosk/heartbeat-route.ts';
import { customerOfferRoutes } from '../berths/customer-page/routes.ts';
import { paymentCallbackRoutes } from '../payments/callback-routes.ts';
import { customerGdprRoutes } from '../berths/customer-gdpr-routes.ts';
import { documentRoutes } from '../documents/routes.ts';
import { DEFAULT_LOGIN_THROTTLE } from '../auth/login-throttle.ts';
import { requireSession } from './auth.ts';
import { authRoutes } from './auth-routes.ts';
import { handleError, sendError } from './errors.ts';
import type { ChangeNotifier } from './notifier.ts';
import { createDeskActivity, type DeskActivity } from '../sync/desk-activity.ts';
import { DEFAULT_STREAM_LIMITS, StreamSlots, type StreamLimits } from './stream-limits.ts';
import { syncRoutes } from './sync-routes.ts';

/** 500 commands of a few hundred bytes each fit with a wide margin. */
export const BODY_LIMIT = 4 * 1024 * 1024;

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export interface AppOptions {
  logger?: boolean;
  /**
   * Behind a load balancer: which proxies' X-Forwarded-For to believe for the client address
   * (true for any, or comma-separated addresses/CIDRs). Off by default, so a client cannot pick
   * the address it is throttled by.
   */
  trustProxy?: boolean | string;
  /**
   * The central's clock: the time its decisions are made at (a push's commands, the customer
   * page's answers and payments) and the sign-in throttle's. A test moves it to run a season on.
   */
  clock?: () => Date;
  streams?: Partial<StreamLimits>;
  /** Desks' pushes and pulls, which the central's background work waits for (central/sync/desk-activity.ts). */
  deskActivity?: DeskActivity;
}

export function buildApp(db: Db, notifier: ChangeNotifier, opts: AppOptions = {}): FastifyInstance {
  const limits: StreamLimits = { ...DEFAULT_STREAM_LIMITS, ...opts.streams };
  const slots = new StreamSlots(limits);
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    // Open event streams must not keep close() waiting.
    forceCloseConnections: true,
  });
  // JSON only: any other body type is refused with 415 instead of being half-parsed.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));

  const version = appVersion();
  app.get(`${API_PREFIX}/health`, async (): Promise<HealthResponse> => {
    await db.query('SELECT 1');
    return { status: 'ok', version, database: db.kind };
  });

  const clock = opts.clock ?? (() => new Date());
  authRoutes(app, db, { policy: DEFAULT_LOGIN_THROTTLE, now: clock });
  customerOfferRoutes(app, db, clock);
  paymentCallbackRoutes(app, db, clock);

  void app.register(async (scoped) => {
    scoped.addHook('onRequest', requireSession(db));
    syncRoutes(scoped, db, notifier, limits, slots, clock, opts.deskActivity ?? createDeskActivity());
    caughtRoutes(scoped, db);
    auditRoutes(scoped, db);
    cultureKidsGdprRoutes(scoped, db);
    customerGdprRoutes(scoped, db);
    kioskHeartbeatRoute(scoped, db);
    documentRoutes(scoped, db, clock);
  });
  return app;
}
