import { existsSync } from 'node:fs';
import { makeCentralTemplate, TEMPLATE_ENV } from './central-template.ts';

/**
 * Playwright's and Vitest's global setup: the run's seeded central; the function it returns is
 * the teardown. Under `npm test` the runner has seeded it already, once for both suites, and
 * removes it itself.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const seeded = process.env[TEMPLATE_ENV];
  if (seeded && existsSync(seeded)) return async () => {};
  return makeCentralTemplate();
}
