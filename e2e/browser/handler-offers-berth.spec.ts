import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, prepareOffer, signIn, suggestionsFor } from '../support/app-page.ts';
import { recordOfferStates } from '../support/offer-states.ts';

const stack = stackPerFile();

test('a handler filters the applications, opens one, suggests berths and offers one', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');

  await page.getByTestId('filter-status').selectOption('pending');
  await page.getByTestId('filter-kind').selectOption('new');
  const grid = page.getByTestId('applications-grid');
  await expect(grid.locator('.ag-row').first()).toBeVisible();
  await expect(grid.locator('.ag-row').first()).toContainText('Uusi paikka');

  // The first new application in the queue that has a free berth in its chosen harbours.
  let target: { id: string; reference: string; berthId: string; harbourId: string } | null = null;
  for (const app of await pendingApplications(page)) {
    const [first] = await suggestionsFor(page, app.id);
    if (first) {
      target = { id: app.id, reference: app.reference, berthId: first.berthId, harbourId: first.harbourId };
      break;
    }
  }
  expect(target, 'some pending application has a free berth').not.toBeNull();
  if (!target) return;

  await page.getByTestId('filter-harbour').selectOption(target.harbourId);
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berthId);

  const offerStates = await recordOfferStates(page);
  await page.getByTestId('offer-confirm').click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  const states = await offerStates();
  expect(states).toContain('pending');
  expect(states.indexOf('pending')).toBeLessThan(states.indexOf('applied'));

  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'offer_sent');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
});
