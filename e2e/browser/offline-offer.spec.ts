import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { offerableApplication, openApplication, pendingApplications, prepareOffer, signIn } from '../support/app-page.ts';

const stack = stackPerFile();

test('with the central stopped an offer stays pending, and applies once the central is back', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const [app] = await pendingApplications(page, 20);
  expect(app).toBeDefined();
  if (!app) return;
  const target = await offerableApplication(page);

  await stack().stopCentral();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'offline');
  await expect(page.getByTestId('offline-banner')).toBeVisible();

  // Working on the cache alone: search, open, suggest and offer all still work.
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berthId);
  await page.getByTestId('offer-confirm').click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'pending');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '1');
  // It stays pending while the central is away: another sync attempt ends offline, the offer queued.
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-now')).toBeEnabled();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'offline');
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'pending');

  await stack().startCentral();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied', { timeout: 30_000 });
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
});
