import { expect, test } from '@playwright/test';
import { chooseLanguage, leaveTraces, openKiosk, showAttract, siteTraces } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('after the idle countdown nothing of the customer is left, and the next customer sees the attract screen', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's clock is the test's: it jumps over the idle wait and the countdown instead of the test
  // sleeping through them. It still runs on by itself between steps, so the idle wait is long enough
  // that no pause between two of the customer's steps (each one activity) reaches it on a busy
  // machine, and the warning long enough to press "continue" in.
  await page.clock.install();
  await showAttract(page, await openKiosk(stack(), 'kiosk-wipe', { idleMs: 15_000, warningMs: 15_000 }));
  await chooseLanguage(page, 'en');
  await page.getByTestId('kiosk-text-size').click();
  await page.getByTestId('kiosk-contrast').click();
  await page.getByTestId('kiosk-tile-request').click();
  // A customer touches a field first (the on-screen keyboard opens), then types.
  await page.getByTestId('kiosk-request-name').click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await page.getByTestId('kiosk-request-name').fill('Matti Meikäläinen');
  await expect(page.getByTestId('kiosk-request-name')).toHaveValue('Matti Meikäläinen');
  await page.getByTestId('kiosk-request-purpose').fill('Kokous');
  await page.evaluate(() => navigator.clipboard.writeText('Matti Meikäläinen 040 123 4567'));
  await leaveTraces(page);
  expect(await siteTraces(page)).toMatchObject({ local: 1, indexedDb: ['customer-db'], caches: ['customer-cache'] });

  // The warning shows its countdown; "continue" gives the customer their time and their form back.
  await page.clock.fastForward(15_000);
  await expect(page.getByTestId('kiosk-idle-warning')).toBeVisible();
  await expect(page.getByTestId('kiosk-countdown')).toHaveAttribute('data-seconds', /^([1-9]|1[0-5])$/);
  await page.getByTestId('kiosk-continue').click();
  await expect(page.getByTestId('kiosk-idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-request-name')).toHaveValue('Matti Meikäläinen');

  // Left alone again: the warning, then the wipe, then the attract screen.
  await page.clock.fastForward(15_000);
  await expect(page.getByTestId('kiosk-idle-warning')).toBeVisible();
  await page.clock.fastForward(15_000);
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  await expect(page.getByTestId('kiosk')).toHaveAttribute('data-phase', 'attract');

  expect(await siteTraces(page)).toEqual({ local: 0, session: 0, indexedDb: [], caches: [], cookies: '' });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');

  // The next customer: default settings, and the form is empty.
  await chooseLanguage(page, 'fi');
  await expect(page.getByTestId('kiosk')).toHaveAttribute('data-text-size', 'normal');
  await expect(page.getByTestId('kiosk-contrast')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('kiosk-tile-request').click();
  await expect(page.getByTestId('kiosk-request-name')).toHaveValue('');
  await expect(page.getByTestId('kiosk-request-purpose')).toHaveValue('');
});
