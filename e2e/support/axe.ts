import axe from 'axe-core';
import { expect, type Frame, type Page } from '@playwright/test';

/** The WCAG 2.1 AA rule sets every accessibility check runs. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the page hands back of each violation: the rule, its impact and the elements it names. */
interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** True when this frame's document has axe already (it goes with each navigation). */
const hasAxe = (frame: Frame) => frame.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');

/**
 * Runs axe's WCAG 2.1 AA rules on the page as it is and fails with each violation, named by the
 * screen and its first elements.
 *
 * Every rule runs on the whole page, in the page itself (axe.run; the app has no frames, and
 * any a page had would get axe too), reporting the violations in full and one node of the other
 * result types. axe's 650 KB source goes into a document once, not at every check: the
 * @axe-core/playwright builder evaluated it twice per check, and a check took 0.75–1.1 s on the
 * applications grid against 0.3–0.5 s for the run itself (docs/performance.md). It goes in through
 * Playwright (the debugging protocol), which the app's CSP does not govern.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  for (const frame of page.frames()) if (!(await hasAxe(frame))) await frame.evaluate(axe.source);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const api = (window as unknown as { axe?: typeof axe }).axe;
    if (!api) throw new Error('axe is not on the page: it navigated during the check');
    const result = await api.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_21_AA);
  const summary = violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.targets.slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}
