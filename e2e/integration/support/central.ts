import path from 'node:path';
import { startCentral } from '../../../central/server.ts';
import { copyCentralTemplate, TEST_SEED } from '../../support/central-template.ts';
import { scaledTimeout } from '../../support/timeout-scale.ts';

export type RunningCentral = Awaited<ReturnType<typeof startCentral>>;

/** Seeding a whole demo central (and first downloads) takes a while on a busy two-core machine. */
export const SETUP_MS = scaledTimeout(180_000);

/**
 * One real central per test file: PGlite in a data dir (so it can stop and start again on the
 * same port with its data), or a real PostgreSQL when a database URL is given. Demo data seeded.
 */
export class TestCentral {
  private running: RunningCentral | null = null;
  private port = 0;

  private readonly root: string;
  private readonly databaseUrl: string | undefined;

  private constructor(root: string, databaseUrl: string | undefined) {
    this.root = root;
    this.databaseUrl = databaseUrl;
  }

  static async start(root: string, databaseUrl?: string): Promise<TestCentral> {
    const c = new TestCentral(root, databaseUrl);
    // The run's seeded PGlite central, copied (see vitest.config.ts); seeding then finds it full.
    if (!databaseUrl) await copyCentralTemplate(path.join(root, 'central'));
    await c.restart();
    return c;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get instance(): RunningCentral {
    if (!this.running) throw new Error('The central is stopped.');
    return this.running;
  }

  async restart(): Promise<void> {
    const t = performance.now();
    this.running = await startCentral({
      ...(this.databaseUrl ? { databaseUrl: this.databaseUrl } : { dataDir: path.join(this.root, 'central') }),
      seed: TEST_SEED,
      port: this.port,
      host: '127.0.0.1',
    });
    this.port = Number(new URL(this.running.url).port);
    console.log(`[measure] central ${this.databaseUrl ? 'postgres' : 'pglite'} started in ${Math.round(performance.now() - t)} ms`);
  }

  async stop(): Promise<void> {
    const r = this.running;
    this.running = null;
    await r?.close();
  }
}
