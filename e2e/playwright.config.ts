import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium.ts';
import { scaledTimeout } from './support/timeout-scale.ts';

/**
 * Browser-host end-to-end suite: real central (PGlite), real cores with SQLite files, the built
 * renderer served by the browser host, driven in Debian's Chromium.
 */
export default defineConfig({
  testDir: './browser',
  // One seeded central for the run; each spec file's stack starts on its own copy.
  globalSetup: './support/global-setup.ts',
  // A test's own steps wait for states; this only bounds a test that hangs. Generous, because a
  // first download on a machine busy with other work takes well over a minute (see signIn).
  timeout: scaledTimeout(300_000),
  expect: { timeout: scaledTimeout(20_000) },
  // Each file starts its own central and hosts (own ports, folders and browser context), so two
  // files can run at once; a stack waits on its central, core and Chromium in turn, and two
  // workers keep both cores busy where one left one idle. Files stay whole (fullyParallel off):
  // the tests of one file share its stack.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
