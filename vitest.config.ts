import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['domain/**/*.test.ts', 'main/**/*.test.ts', 'central/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/src/**/*.test.ts', 'e2e/integration/**/*.test.ts', 'scripts/**/*.test.ts', 'node-shared/**/*.test.ts'],
    environment: 'node',
    // Limits for a hung test, not a speed check: beside `npm run test:soak`'s CPU hog a PGlite
    // central's first start (demo data) took over 60 s.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
