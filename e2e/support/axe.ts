import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 AA rule sets every accessibility check runs. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe's WCAG 2.1 AA rules on the page as it is and fails with each violation, named by the
 * screen and its first elements.
 *
 * Every rule runs on the whole page as before; what changes is the bookkeeping. The default mode
 * serialises every node of every result (passes included) in the page, then replays all of it in
 * a second, blank page to build the report: on a busy machine one screen took over a minute that
 * way. axe.run in the page itself (legacy mode: the app has no frames for it to miss), reporting
 * the violations in full and only one node of the other result types, took a quarter to a seventh
 * of that (docs/performance.md). `options` replaces every run option, so it comes before `withTags`.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
  const summary = result.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}
