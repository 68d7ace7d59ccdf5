import { expect, test } from '@playwright/test';
import type { ApplicationRow } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, signIn } from '../support/app-page.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('an application extended to the next season leaves the current season\'s queue and queues in the next one', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  // Extending is for an application no berth suited this season.
  const { rows: candidates } = await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', { filter: { season: 'current', statuses: ['no_suitable_berths'] }, limit: 1 });
  const app = candidates[0];
  if (!app) throw new Error('no application without a suitable berth');
  const season = app.season;
  const count = page.getByTestId('applications-count');
  const grid = page.getByTestId('applications-grid');

  // The grid opens on the season offers are made for now, with a season column.
  await expect(page.getByTestId('filter-season')).toHaveValue('');
  await expect(page.getByTestId('filter-season').locator('option:checked')).toContainText(String(season));
  await expect(grid.locator('.ag-header-cell[col-id="season"]')).toBeVisible();
  const before = await invoke<{ total: number }>(page, 'berths.listApplications', { filter: { season: 'current', statuses: ['pending'] }, limit: 1 });

  await openApplication(page, app.reference, app.id);
  const detail = page.getByTestId('application-detail');
  await detail.getByTestId('action-extend').click();
  await page.getByTestId('action-confirm').click();

  // Gone from this season's list, and it does not join this season's queue though it waits again…
  await expect(count).toHaveAttribute('data-total', '0');
  await expect
    .poll(async () => (await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', { filter: { season: season + 1 }, limit: 1000 })).rows.find((r) => r.id === app.id)?.status)
    .toBe('pending');
  expect((await invoke<{ total: number }>(page, 'berths.listApplications', { filter: { season: 'current', statuses: ['pending'] }, limit: 1 })).total).toBe(before.total);
  // …and in the next season's, at its own queue position.
  await page.getByTestId('filter-season').selectOption(String(season + 1));
  await expect(count).toHaveAttribute('data-total', '1');
  const row = grid.locator(`.ag-row[row-id="${app.id}"]`);
  await expect(row.locator('.ag-cell[col-id="season"]').first()).toHaveText(String(season + 1));
  const { rows } = await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', { filter: { season: season + 1, statuses: ['pending'] }, limit: 1000 });
  const mine = rows.find((r) => r.id === app.id);
  expect(mine?.queuePosition).toBe(rows.findIndex((r) => r.id === app.id) + 1);
  await expect(row.locator('.ag-cell[col-id="queuePosition"]').first()).toHaveText(String(mine?.queuePosition));
  await test.info().attach('extended application in the next season', { body: await page.screenshot(), contentType: 'image/png' });
});
