import { expect, test } from '@playwright/test';
import { signIn } from '../support/app-page.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('once the window has settled, a handler switches between workspaces without a loading screen', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  await expect(page.getByTestId('applications-grid')).toBeVisible();
  // The other workspaces' code is fetched in idle time after the first screen (use-chunk-prefetch.ts).
  await expect(page.locator('body')).toHaveAttribute('data-chunks-prefetched', 'true', { timeout: 30_000 });

  // Any loading fallback in the workspace area, however short, is caught; so is a shell replaced.
  await page.evaluate(() => {
    const w = window as unknown as { fallbackSeen: boolean; shell: Element | null };
    w.fallbackSeen = false;
    w.shell = document.querySelector('.app');
    new MutationObserver(() => {
      if (document.querySelector('main .workspace--centered')) w.fallbackSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  for (const view of ['customers', 'harbours', 'winterStorage', 'berthPayments', 'allocation', 'renewal', 'berthMessages', 'conflicts', 'applications']) {
    await page.getByTestId(`nav-${view}`).click();
    await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  await expect(page.getByTestId('applications-grid')).toBeVisible();
  const seen = await page.evaluate(() => {
    const w = window as unknown as { fallbackSeen: boolean; shell: Element | null };
    return { fallbackSeen: w.fallbackSeen, sameShell: w.shell === document.querySelector('.app') };
  });
  expect(seen).toEqual({ fallbackSeen: false, sameShell: true });
});
