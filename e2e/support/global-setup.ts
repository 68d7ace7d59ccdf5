import { makeCentralTemplate } from './central-template.ts';

/** Playwright's global setup: the run's seeded central; the function it returns is the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return makeCentralTemplate();
}
