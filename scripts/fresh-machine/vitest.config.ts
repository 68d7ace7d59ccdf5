import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fresh`: the README's own commands on a copy of the repo with the system's Node 20
 * first on PATH. Minutes long (a whole `npm ci`), so it runs beside `npm test` in CI, not inside it.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['scripts/fresh-machine/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks',
  },
});
