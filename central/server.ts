import { openDb, type Db } from './db/db.ts';
import { MIGRATED_TEMPLATE, migrate } from './db/migrate.ts';
import { buildApp, type AppOptions } from './http/app.ts';
import { ChangeNotifier } from './http/notifier.ts';
import { DAILY_JOBS, startDailyJobs, type RunningJobs } from './jobs/daily-jobs.ts';
import { startNotifications, type RunningNotifications } from './notifications/notifications.ts';
import { createDeskActivity } from './sync/desk-activity.ts';
import { notificationSettings, type NotificationSettings } from './notifications/settings.ts';
import { referenceTemplate, seedIfEmpty, type SeedOption } from './seed.ts';

export interface CentralOptions {
  /** A real PostgreSQL; without it PGlite runs in-process. */
  databaseUrl?: string;
  /** PGlite data directory (in memory when absent). */
  dataDir?: string;
  /** Demo users, reference data and generated cases on an empty database. Default true. */
  seed?: SeedOption;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  logger?: boolean;
  /** See AppOptions: client addresses behind a load balancer, the central's clock (its daily jobs' too), stream limits. */
  trustProxy?: AppOptions['trustProxy'];
  clock?: AppOptions['clock'];
  streams?: AppOptions['streams'];
  /** The outbox sender and its transports; from the environment when absent (see the README), none when false. */
  notifications?: NotificationSettings | false;
  /** The daily jobs (retention): the production entry points turn them on; tests run jobs themselves. */
  jobs?: boolean;
}

export interface RunningCentral {
  /** e.g. http://127.0.0.1:8787 (no trailing slash) */
  url: string;
  database: 'postgres' | 'pglite';
  /** The demo mail catcher (smtp://127.0.0.1:<port>) when no mail server is configured. */
  catcherUrl: string | null;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds when empty and listens. What tests, the start script and the bench use. */
export async function startCentral(opts: CentralOptions = {}): Promise<RunningCentral> {
  const { url, database, catcherUrl, close } = await launchCentral(opts);
  return { url, database, catcherUrl, close };
}

/** startCentral plus the database handle, for tests that must reach behind the API. */
export async function launchCentral(opts: CentralOptions = {}): Promise<RunningCentral & { db: Db; notifications: RunningNotifications | null }> {
  // An in-memory central that is seeded starts from a template that holds the reference data.
  const fromReference = !opts.databaseUrl && !opts.dataDir && opts.seed !== false;
  const db = await openDb({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir, memoryStage: fromReference ? referenceTemplate() : MIGRATED_TEMPLATE });
  const notifier = new ChangeNotifier();
  let notifications: RunningNotifications | null = null;
  let jobs: RunningJobs | null = null;
  try {
    await migrate(db);
    await seedIfEmpty(db, opts.seed ?? true, { referenceTemplate: fromReference });
    await notifier.start(db);
    const notify = opts.notifications ?? notificationSettings();
    const deskActivity = createDeskActivity();
    // The outbox is due by the same clock the central decides by (a test may move it); its
    // deliveries wait while desks push and pull.
    if (notify) notifications = await startNotifications(db, notify, { ...(opts.clock ? { now: opts.clock } : {}), waitForDesks: deskActivity.quiet });
    jobs = opts.jobs ? startDailyJobs(db, DAILY_JOBS, console.error, opts.clock) : null;
    const { trustProxy, clock, streams } = opts;
    const app = buildApp(db, notifier, { logger: opts.logger ?? false, trustProxy, clock, streams, deskActivity });
    const host = opts.host ?? '127.0.0.1';
    await app.listen({ port: opts.port ?? 0, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port ?? 0;
    const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${urlHost}:${port}`,
      database: db.kind,
      catcherUrl: notifications?.catcherUrl ?? null,
      db,
      notifications,
      close() {
        closing ??= (async () => {
          await app.close();
          await jobs?.stop();
          await notifications?.close();
          await notifier.stop();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => {});
    await notifications?.close().catch(() => {});
    await notifier.stop().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}
