import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['domain/**/*.test.ts', 'main/**/*.test.ts', 'central/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/src/**/*.test.ts', 'e2e/integration/**/*.test.ts', 'scripts/**/*.test.ts', 'node-shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
