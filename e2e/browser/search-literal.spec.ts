import { expect, test } from '@playwright/test';
import type { ApplicationDetail, ApplicationRow } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('% _ and emoji are searched literally and find nothing, which the grid says; street addresses are found', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const count = page.getByTestId('applications-count');
  const search = page.getByTestId('filter-text');
  const empty = page.getByTestId('applications-empty');

  for (const text of ['%', '_', '😀']) {
    await search.fill(text);
    await expect(count).toHaveAttribute('data-total', '0');
    await expect(empty).toContainText(`”${text}”`);
    await expect(empty).toContainText('ei löytynyt yhtään hakemusta');
  }
  await test.info().attach('a search for % finds nothing', { body: await page.screenshot(), contentType: 'image/png' });

  // The empty state's own button clears the search.
  await page.getByTestId('empty-clear-filters').click();
  await expect(count).not.toHaveAttribute('data-total', '0');

  // A street address: picked through the app, typed as a handler would.
  const { rows } = await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', { filter: { season: 'current' }, limit: 1, offset: 17 });
  const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: rows[0]!.id });
  const address = detail.application.applicant.address;
  expect(address.length).toBeGreaterThan(3);
  await search.fill(address);
  await expect(count).not.toHaveAttribute('data-total', '0');
  await expect(page.locator(`[data-testid="applications-grid"] .ag-row[row-id="${rows[0]!.id}"]`).first()).toBeVisible();
});
