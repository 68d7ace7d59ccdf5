import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { startCentral } from '../../central/server.ts';
import { TEST_SEED } from '../support/central-template.ts';

const root = resolve(import.meta.dirname, '../..');

/** The real app, launched against its own seeded central and a throwaway data folder. */
export type LaunchedApp = {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  /** Closes the app and the central and removes the data folder. */
  close(): Promise<void>;
};

/** Starts a seeded central on 127.0.0.1 and the built app (`npm run build`) against it. */
export async function launchApp(executablePath: string, dataDirPrefix: string): Promise<LaunchedApp> {
  const dataDir = await mkdtemp(join(tmpdir(), dataDirPrefix));
  let central: Awaited<ReturnType<typeof startCentral>> | undefined;
  let app: ElectronApplication | undefined;
  const close = async () => {
    await app?.close();
    await central?.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    central = await startCentral({ dataDir: join(dataDir, 'central'), seed: TEST_SEED, port: 0, host: '127.0.0.1' });
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
    app = await launchGuarded(executablePath, {
      ...env,
      KUVA_CENTRAL_URL: central.url,
      KUVA_DATA_DIR: dataDir,
      // CI has no keyring; the refusal itself is unit-tested in main/shell/secret-store.test.ts.
      KUVA_ALLOW_PLAINTEXT_SECRETS: '1',
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return { app, page, dataDir, close };
  } catch (error) {
    // A half-started app must not leave its central or folder behind.
    await close();
    throw error;
  }
}

/**
 * Playwright throws "Process failed to launch!" from a timer when the binary cannot start, which
 * would kill the runner; it is caught here and turned into this test's failure.
 */
async function launchGuarded(executablePath: string, env: Record<string, string>): Promise<ElectronApplication> {
  let escaped: unknown = null;
  const onUncaught = (error: unknown) => {
    escaped = error;
  };
  process.on('uncaughtException', onUncaught);
  try {
    // Chromium refuses to run as root with its OS sandbox (CI containers).
    const args = process.platform === 'linux' && process.getuid?.() === 0 ? [root, '--no-sandbox'] : [root];
    const launched = await _electron.launch({ executablePath, args, cwd: root, env, timeout: 60_000 });
    if (escaped) throw escaped;
    return launched;
  } finally {
    process.off('uncaughtException', onUncaught);
  }
}
