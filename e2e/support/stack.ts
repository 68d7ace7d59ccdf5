import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCentral } from '../../central/server.ts';
import { createCore } from '../../main/core/core.ts';
import { startHost } from '../../main/host/server.ts';
import { Link } from './link.ts';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

type Central = Awaited<ReturnType<typeof startCentral>>;
type Host = Awaited<ReturnType<typeof startHost>>;

/**
 * One real central (PGlite in a temp folder, so it can be stopped and started again on the same
 * port with its data) and any number of app installations, each a real core with its own SQLite
 * cache behind its own browser host.
 */
export class Stack {
  private central: Central | null = null;
  private readonly apps: { host: Host; close: () => Promise<void> }[] = [];
  readonly links = new Map<string, Link>();
  private port = 0;
  readonly root: string;

  private constructor(root: string) {
    this.root = root;
  }

  static async start(): Promise<Stack> {
    const stack = new Stack(await mkdtemp(path.join(tmpdir(), 'kuva-e2e-')));
    await stack.startCentral();
    return stack;
  }

  get centralUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async startCentral(): Promise<void> {
    this.central = await startCentral({ dataDir: path.join(this.root, 'central'), seed: true, port: this.port });
    this.port = Number(new URL(this.central.url).port);
  }

  async stopCentral(): Promise<void> {
    await this.central?.close();
    this.central = null;
  }

  /**
   * A new installation: its own data folder, core and browser host. Returns the URL to open.
   * `now` is the installation's clock (a test may set it, as a machine's clock may be anything).
   */
  async openApp(name: string, options: { now?: () => Date } = {}): Promise<string> {
    // Each installation reaches the central through its own link, which a test may cut.
    const link = await Link.open(this.centralUrl);
    this.links.set(name, link);
    const core = await createCore({
      dataDir: path.join(this.root, name),
      centralUrl: link.url,
      mode: 'browser',
      // Short waits so a central that comes back is noticed within the test's patience.
      sync: { intervalMs: 2_000, initialBackoffMs: 200, maxBackoffMs: 1_000 },
      ...(options.now ? { now: options.now } : {}),
    });
    const host = await startHost({ core, rendererDir: RENDERER_DIR, port: 0 });
    this.apps.push({
      host,
      close: async () => {
        await host.close();
        await core.close();
        await link.close();
      },
    });
    return host.url;
  }

  async stop(): Promise<void> {
    for (const app of this.apps.splice(0)) await app.close();
    await this.stopCentral();
    await rm(this.root, { recursive: true, force: true });
  }
}
