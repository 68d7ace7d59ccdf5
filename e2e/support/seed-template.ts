import { seedCentralTemplate, TEMPLATE_ENV } from './central-template.ts';

/**
 * `npm test`'s runner seeds the run's central with this, beside the static checks; Vitest's and
 * Playwright's global setups then find it in place and copy it (see global-setup.ts).
 */
const dataDir = process.env[TEMPLATE_ENV];
if (!dataDir) throw new Error(`${TEMPLATE_ENV} names no folder to seed the test central in.`);
await seedCentralTemplate(dataDir);
