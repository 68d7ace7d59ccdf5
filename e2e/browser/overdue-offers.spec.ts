import { expect, test } from '@playwright/test';
import type { ApplicationRow } from '../../domain/contract.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn } from '../support/app-page.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('offers past their due date are flagged in the grid and the detail, and the overdue filter lists only them', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const today = helsinkiDate(new Date());
  const { rows: offered } = await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', { filter: { statuses: ['offer_sent'], season: 'current' }, limit: 500 });
  const overdue = offered.filter((r) => r.offerDueDate !== null && r.offerDueDate < today);
  const notYet = offered.filter((r) => r.offerDueDate !== null && r.offerDueDate >= today);
  expect(overdue.length, 'the demo data has offers past their due date').toBeGreaterThan(0);
  expect(offered.every((r) => r.overdue === (r.offerDueDate! < today))).toBe(true);

  const grid = page.getByTestId('applications-grid');
  await page.getByTestId('filter-overdue').check();
  await expect(page.getByTestId('applications-count')).toHaveAttribute('data-total', String(overdue.length));
  const first = overdue[0]!;
  const row = grid.locator(`.ag-row[row-id="${first.id}"]`);
  await expect(row.first()).toBeVisible();
  // The due-date column shows the date with the overdue badge, on every listed row.
  const due = row.locator('.ag-cell[col-id="dueDate"]');
  await expect(due).toContainText('Erääntynyt');
  await expect(due.locator('.due-date')).toHaveAttribute('data-overdue', 'true');
  await expect(grid.locator('.ag-row.row--overdue[row-id]').first()).toBeVisible();
  const shown = await grid.locator('.ag-row[row-id]').count();
  expect(await grid.locator('.ag-row.row--overdue[row-id]').count()).toBe(shown);
  await test.info().attach('overdue offers in the grid', { body: await page.screenshot(), contentType: 'image/png' });

  // The detail says so next to the due date.
  await row.first().click();
  const detail = page.getByTestId('application-detail');
  await expect(detail).toHaveAttribute('data-application-id', first.id);
  await expect(detail.getByTestId('offer-overdue')).toHaveText('Erääntynyt');
  await test.info().attach('overdue offer in the detail', { body: await page.screenshot(), contentType: 'image/png' });

  // An offer not yet due carries no badge.
  await page.getByTestId('filter-overdue').uncheck();
  if (notYet[0]) {
    await page.getByTestId('filter-text').fill(notYet[0].reference);
    await expect(page.getByTestId('applications-count')).toHaveAttribute('data-total', '1');
    await expect(grid.locator(`.ag-row[row-id="${notYet[0].id}"] .ag-cell[col-id="dueDate"] .due-date`)).toHaveAttribute('data-overdue', 'false');
  }
});
