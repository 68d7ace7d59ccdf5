import { configDefaults, defineConfig } from 'vitest/config';
import { scaledTimeout } from './e2e/support/timeout-scale.ts';

const shared = {
  environment: 'node',
  // Limits for a hung test, not a speed check: beside `npm run test:soak`'s CPU hog a PGlite
  // central's first start (demo data) took over 60 s.
  testTimeout: scaledTimeout(120_000),
  hookTimeout: scaledTimeout(300_000),
  // expect.poll waits for a state; its default second is a deadline a loaded machine misses.
  expect: { poll: { timeout: scaledTimeout(30_000) } },
  pool: 'forks',
} as const;

// Vitest's default on two cores is one worker (cores - 1). Most files wait on a central, a child
// process or the disk much of their time, so two keep both cores busy.
const MAX_WORKERS = 2;

// The files that start the core in worker threads and end them as a crash would.
const WORKER_THREAD_FILES = ['main/core/worker/*.test.ts', 'main/host/server.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: MAX_WORKERS,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // A worker runs its files in one module graph: importing it again for each of 340 files
          // was a tenth of the project's time, and the in-memory centrals' templates and the
          // reference data are read once per worker instead of per file (unit project 576 s ->
          // 448 s, alternated, same load). Files clean up what they open (afterAll); the
          // integration project, which starts processes and hosts, stays isolated.
          isolate: false,
          include: ['domain/**/*.test.ts', 'main/**/*.test.ts', 'central/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/src/**/*.test.ts', 'scripts/**/*.test.ts', 'node-shared/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...WORKER_THREAD_FILES],
        },
      },
      {
        test: {
          ...shared,
          name: 'worker-threads',
          // Each in a process of its own. Ending a worker thread in the unit project's shared
          // process, after earlier files had started and dropped many PGlite (WASM) centrals there,
          // once killed the process inside V8 (SIGTRAP in its WASM code-page bookkeeping).
          isolate: true,
          include: WORKER_THREAD_FILES,
        },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: ['e2e/integration/**/*.test.ts'],
          // One seeded PGlite central for the files that start a demo central; each copies it.
          // A project of its own, so the seed runs only when one of these files is in the run.
          globalSetup: ['e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
