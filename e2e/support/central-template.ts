import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchCentral } from '../../central/server.ts';

/**
 * What every test central holds: the full demo, with a small registry of Culture Kids families
 * (the demo's 6,000 children per cohort would cost minutes of seeding and nothing in coverage).
 */
export const TEST_SEED = { demo: true, cultureKidsChildren: 150 } as const;

/**
 * Where the run's seeded central lies; set by the global setup (or by `npm test`'s runner, for
 * Vitest and Playwright both), read by every worker's Stack.
 */
export const TEMPLATE_ENV = 'KUVA_E2E_CENTRAL_TEMPLATE';

/**
 * Seeds one PGlite central for the whole run and closes it, so its data folder can be copied.
 * A fresh PGlite's initdb plus the demo seed cost far more than copying the folder, and every
 * spec file used to pay them. The demo is dated around the seed time, so a template made at the
 * start of the run is as current as one made per file. Returns the cleanup.
 */
export async function makeCentralTemplate(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), 'kuva-e2e-template-'));
  const dataDir = path.join(root, 'central');
  await seedCentralTemplate(dataDir);
  process.env[TEMPLATE_ENV] = dataDir;
  return async () => {
    delete process.env[TEMPLATE_ENV];
    await rm(root, { recursive: true, force: true });
  };
}

/** Seeds a PGlite central in `dataDir` and closes it, so the folder can be copied. */
export async function seedCentralTemplate(dataDir: string): Promise<void> {
  const central = await launchCentral({ dataDir, seed: TEST_SEED, notifications: false });
  await central.close();
}

/**
 * A copy of the run's seeded central in `dataDir`, which each stack then owns (and may change).
 * Without a template (a spec run outside the suite's config) nothing is copied and the central
 * seeds itself on its first start, as before.
 */
export async function copyCentralTemplate(dataDir: string): Promise<void> {
  const template = process.env[TEMPLATE_ENV];
  if (template) await cp(template, dataDir, { recursive: true });
}
