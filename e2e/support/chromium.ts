import { chromium } from 'playwright-core';
import { isExecutable, onPath } from '../../scripts/needs/on-path.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type ChromiumFound = { found: true; path: string; source: string } | { found: false; reason: string };

/** Names a system Chromium goes by on PATH (Debian: chromium; Ubuntu's old deb: chromium-browser). */
const SYSTEM_NAMES = ['chromium', 'chromium-browser'];

/**
 * The Chromium the suites drive, in this order: KUVA_CHROMIUM when set (and it must exist),
 * Playwright's own build when `npx playwright install chromium` put one there (it honours
 * PLAYWRIGHT_BROWSERS_PATH), else a system Chromium on PATH. `npm test` runs the same search first
 * (scripts/needs) and installs or names what is missing, so a config never starts without one.
 */
export function findChromium(env: Env = process.env): ChromiumFound {
  const chosen = env.KUVA_CHROMIUM;
  if (chosen) {
    return isExecutable(chosen) ? { found: true, path: chosen, source: 'KUVA_CHROMIUM' } : { found: false, reason: `KUVA_CHROMIUM=${chosen} is not an executable file` };
  }
  const playwrights = playwrightChromium();
  if (playwrights && isExecutable(playwrights)) return { found: true, path: playwrights, source: "Playwright's own" };
  const system = onPath(env, ...SYSTEM_NAMES);
  if (system) return { found: true, path: system, source: 'system' };
  return { found: false, reason: `no Chromium: KUVA_CHROMIUM is unset, Playwright has none installed and neither ${SYSTEM_NAMES.join(' nor ')} is on PATH` };
}

/** Where Playwright keeps its own Chromium (it reads PLAYWRIGHT_BROWSERS_PATH once, when loaded). */
function playwrightChromium(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null; // a platform Playwright has no build for
  }
}

const current = findChromium();
/** The path every suite launches; '/usr/bin/chromium' only so that a config still loads without one. */
export const CHROMIUM_PATH = current.found ? current.path : '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
