import { defineConfig } from '@playwright/test';
import { electronRuntime } from './electron-runtime.ts';

/**
 * Real-Electron smoke suite (Playwright `_electron`). It needs the Electron binary, which only the
 * packaging CI job has; elsewhere every test is reported as skipped with the reason, never passed.
 */
const runtime = electronRuntime();
if (!runtime.available) console.log(`e2e/electron: skipping the Electron suite: ${runtime.reason}.`);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
