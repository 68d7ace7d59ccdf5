import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DAILY_JOBS, runJobRound } from '../../central/jobs/daily-jobs.ts';
import { launchCentral } from '../../central/server.ts';
import { numberChanges, writePuts } from '../../central/sync/feed.ts';
import type { EntityName } from '../../domain/workspaces.ts';
import { createCore, type Core } from '../../main/core/core.ts';
import type { KioskCoreOptions } from '../../main/core/kiosk/kiosk-runtime.ts';
import { startHost } from '../../main/host/server.ts';
import { copyCentralTemplate, TEST_SEED } from './central-template.ts';
import { Link } from './link.ts';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

type Central = Awaited<ReturnType<typeof launchCentral>>;
type Host = Awaited<ReturnType<typeof startHost>>;

/** One installation: its data folder, the link to the central, and (while running) core and host. */
interface App {
  dataDir: string;
  link: Link;
  running: { core: Core; host: Host } | null;
  port: number;
  secret: string;
  /** The installation's clock (a test may set it, as a machine's clock may be anything). */
  now?: () => Date;
  /** A customer terminal: its core signs in with this credential, its host serves the kiosk wipe. */
  kiosk?: KioskCoreOptions;
  /** The screen locks after this long unused; unset: never (a test's clock may jump days). */
  idleLockMs?: number;
}

/**
 * One real central (PGlite in a temp folder, so it can be stopped and started again on the same
 * port with its data) and any number of app installations, each a real core with its own SQLite
 * cache behind its own browser host.
 */
export class Stack {
  private central: Central | null = null;
  private readonly apps = new Map<string, App>();
  private reopened = 0;
  readonly links = new Map<string, Link>();
  private port = 0;
  readonly root: string;
  /** The central's clock; installations get it too unless a test gives one its own. */
  private readonly clock: (() => Date) | undefined;

  private constructor(root: string, clock: (() => Date) | undefined) {
    this.root = root;
    this.clock = clock;
  }

  /** `clock`: one clock for the central and every installation, which a test may move (MovableClock). */
  static async start(options: { clock?: () => Date } = {}): Promise<Stack> {
    const stack = new Stack(await mkdtemp(path.join(tmpdir(), 'kuva-e2e-')), options.clock);
    // The run's seeded central, copied: seeding finds users there and leaves it as it is.
    await copyCentralTemplate(path.join(stack.root, 'central'));
    await stack.startCentral();
    return stack;
  }

  get centralUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async startCentral(): Promise<void> {
    // The full demo, but a small Culture Kids registry: every e2e stack starts quickly.
    this.central = await launchCentral({ dataDir: path.join(this.root, 'central'), seed: TEST_SEED, port: this.port, ...(this.clock ? { clock: this.clock } : {}) });
    this.port = Number(new URL(this.central.url).port);
  }

  async stopCentral(): Promise<void> {
    await this.central?.close();
    this.central = null;
  }

  /** The central's daily jobs (offer reminders and expiry, retention), run now by its clock as its night run would. */
  async runDailyJobs(): Promise<void> {
    const failures: string[] = [];
    await runJobRound(this.db(), DAILY_JOBS, this.clock?.() ?? new Date(), (message) => failures.push(message));
    if (failures.length > 0) throw new Error(failures.join('\n'));
  }

  /** An administrator ends every session of a user at the central: their token is refused from now on. */
  async endSessionsOf(username: string): Promise<void> {
    await this.db().query('DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = $1)', [username]);
  }

  /** The notes with this text the central holds, and whom it records as having written them. */
  async notesAtCentral(text: string): Promise<{ actorId: string | null; actorName: string | null }[]> {
    const res = await this.db().query<{ data: { actorId: string | null; actorName: string | null } }>(
      "SELECT data FROM application_event WHERE data->>'kind' = 'note' AND data->>'note' = $1",
      [text],
    );
    return res.rows.map((r) => ({ actorId: r.data.actorId, actorName: r.data.actorName }));
  }

  /** Reads the central's tables (to pick test data). */
  async queryCentral<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db().query<T>(sql, params)).rows;
  }

  /**
   * Changes a record as the app cannot (legacy data: a customer with no email address), through
   * the central's write path, so every client's next sync brings it.
   */
  async changeAtCentral<T extends object>(entity: EntityName, id: string, change: (record: T) => T): Promise<void> {
    await this.db().transaction(async (tx) => {
      const [row] = (await tx.query<{ data: T; version: number }>(`SELECT data, version FROM ${entity} WHERE id = $1 FOR UPDATE`, [id])).rows;
      if (!row) throw new Error(`No ${entity} ${id} at the central.`);
      const refused = await writePuts(tx, [{ entity, id, version: row.version + 1, data: change(row.data) }]);
      if (refused) throw new Error(refused.message);
      await numberChanges(tx);
    });
  }

  /** The central's address and database, for the central's own test helpers (offers sent through its push). */
  centralAccess(): { url: string; db: Central['db'] } {
    return { url: this.centralUrl, db: this.db() };
  }

  private db() {
    if (!this.central) throw new Error('The central is stopped.');
    return this.central.db;
  }

  /**
   * A new installation: its own data folder, core and browser host. Returns the URL to open.
   * `now` is the installation's clock (a test may set it, as a machine's clock may be anything).
   */
  async openApp(name: string, options: { now?: () => Date; kiosk?: KioskCoreOptions; idleLockMs?: number } = {}): Promise<string> {
    // A later test of the file opening the same name gets a new installation, and the earlier one
    // stops first: two cores left syncing one cache folder took each other's pulls and pushes, and
    // the window of one never heard of changes the other had applied (the soak's flaky waits).
    const previous = this.apps.get(name);
    if (previous) {
      await this.killHost(name);
      await previous.link.close();
    }
    const folder = previous ? `${name}-${++this.reopened}` : name;
    // Each installation reaches the central through its own link, which a test may cut.
    const link = await Link.open(this.centralUrl);
    this.links.set(name, link);
    const now = options.now ?? this.clock;
    const app: App = { dataDir: path.join(this.root, folder), link, running: null, port: 0, secret: '', ...(now ? { now } : {}), ...(options.kiosk ? { kiosk: options.kiosk } : {}), ...(options.idleLockMs ? { idleLockMs: options.idleLockMs } : {}) };
    this.apps.set(name, app);
    await this.run(app);
    return app.running!.host.url;
  }

  /** The installation's process ends under its open windows: host and core stop, the data stays. */
  async killHost(name: string): Promise<void> {
    const app = this.app(name);
    const running = app.running;
    app.running = null;
    if (!running) return;
    await running.host.close();
    await running.core.close();
  }

  /**
   * The installation starts again on the same port with the same key (as its windows knew it),
   * on the same data: a new core resumes whoever was signed in.
   */
  async restartHost(name: string): Promise<void> {
    const app = this.app(name);
    if (!app.running) await this.run(app);
  }

  async stop(): Promise<void> {
    for (const name of [...this.apps.keys()]) {
      await this.killHost(name);
      await this.app(name).link.close();
    }
    this.apps.clear();
    await this.stopCentral();
    await rm(this.root, { recursive: true, force: true });
  }

  private app(name: string): App {
    const app = this.apps.get(name);
    if (!app) throw new Error(`No installation named ${name}.`);
    return app;
  }

  private async run(app: App): Promise<void> {
    const core = await createCore({
      dataDir: app.dataDir,
      centralUrl: app.link.url,
      mode: 'browser',
      // Short waits so a central that comes back is noticed within the test's patience.
      sync: { intervalMs: 2_000, initialBackoffMs: 200, maxBackoffMs: 1_000 },
      ...(app.now ? { now: app.now } : {}),
      ...(app.kiosk ? { kiosk: app.kiosk } : {}),
      ...(app.idleLockMs ? { idleLockMs: app.idleLockMs } : {}),
    });
    const host = await startHost({ core, dataDir: app.dataDir, rendererDir: RENDERER_DIR, port: app.port, kiosk: app.kiosk !== undefined, ...(app.secret ? { secret: app.secret } : {}) }).catch(async (error: unknown) => {
      await core.close();
      throw error;
    });
    app.port = host.port;
    app.secret = host.secret;
    app.running = { core, host };
  }
}
