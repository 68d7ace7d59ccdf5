import { expect, test, type Page } from '@playwright/test';
import type { HarbourBerths, HarbourOverview } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, signIn, waitForFirstSync } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { watchGridErrors } from '../support/grid-errors.ts';

const stack = stackPerFile();

const OCCUPANCY_COLUMNS = ['free', 'offered', 'leased', 'renewal'];

/**
 * Harbour services never get applications, so the shared signIn (which waits for the
 * applications grid) does not fit them: sign in and wait for the connection only.
 */
async function signInWithoutApplications(page: Page, url: string, username: string) {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstSync(page);
}

/** A harbour's row parts (the pinned name and the scrolling columns are separate rows in the DOM). */
const gridRow = (page: Page, id: string) => page.locator(`[data-testid="harbours-grid"] .ag-row[row-id="${id}"]`);
const gridCell = (page: Page, id: string, colId: string) => gridRow(page, id).locator(`.ag-cell[col-id="${colId}"]`);
const headerCell = (page: Page, colId: string) => page.locator(`[data-testid="harbours-grid"] .ag-header-cell[col-id="${colId}"]`);

test('harbour services land on the harbours, see all 57 without occupancy and open one', async ({ page }) => {
  const gridErrors = watchGridErrors(page);
  const url = await stack().openApp('harri');
  await signInWithoutApplications(page, url, 'harri');

  // The harbours replace the empty state as the landing page, and are the only workspace.
  await expect(page.getByTestId('nav-harbours')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('nav-applications')).toHaveCount(0);
  await expect(page.getByTestId('empty-role')).toHaveCount(0);

  const grid = page.getByTestId('harbours-grid');
  await expect(grid).toHaveAttribute('data-count', '57', { timeout: 60_000 });
  await expect(grid).toHaveAttribute('data-occupancy', 'false');
  await expect(page.getByTestId('harbours-count')).toHaveText('57 satamaa');
  await expect(headerCell(page, 'name')).toBeVisible();
  await expect(headerCell(page, 'berths')).toBeVisible();
  for (const col of OCCUPANCY_COLUMNS) await expect(headerCell(page, col)).toHaveCount(0);
  await expect(page.getByTestId('harbours-no-occupancy')).toBeVisible();

  const overview = await invoke<HarbourOverview>(page, 'berths.harbourOverview', {});
  expect(overview.includesOccupancy).toBe(false);
  expect(overview.harbours.reduce((n, h) => n + h.berthCount, 0)).toBe(4068);
  // A harbour with several piers, so the drill-down groups.
  const target = [...overview.harbours].sort((a, b) => b.pierCount - a.pierCount || b.berthCount - a.berthCount)[0]!;
  expect(target.pierCount).toBeGreaterThan(1);

  // "/" jumps to the search; a click on the row opens the harbour.
  await page.keyboard.press('/');
  await expect(page.getByTestId('harbour-search')).toBeFocused();
  await page.keyboard.type(target.name.fi);
  await expect(gridCell(page, target.id, 'name')).toBeVisible();
  await gridCell(page, target.id, 'name').click();
  const detail = page.getByTestId('harbour-detail');
  await expect(detail).toHaveAttribute('data-harbour-id', target.id);
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();

  const berths = await invoke<HarbourBerths>(page, 'berths.listBerths', { harbourId: target.id });
  expect(berths.includesOccupancy).toBe(false);
  const rows = detail.getByTestId('berth-row');
  await expect(rows).toHaveCount(target.berthCount);
  await expect(rows.first()).toHaveAttribute('data-berth-id', berths.berths[0]!.id);
  await expect(rows.last()).toHaveAttribute('data-berth-id', berths.berths.at(-1)!.id);
  await expect(detail.locator('[data-testid="berth-row"][data-occupancy]:not([data-occupancy=""])')).toHaveCount(0);
  await expect(detail.getByTestId('pier-section')).toHaveCount(new Set(berths.berths.map((b) => b.pierId)).size);
  await expectNoAxeViolations(page, 'harbours with a harbour open (harbour services)');

  // Escape closes the panel and puts the focus back on the grid row, where Enter opens it again.
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(gridRow(page, target.id).locator('.ag-cell-focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(detail).toHaveAttribute('data-harbour-id', target.id);

  // No customer data reaches this role at all.
  const forbidden = await page.evaluate(async () => {
    const kuva = (window as unknown as { kuva: { invoke: (m: string, i: unknown, c?: unknown) => Promise<{ ok: boolean; value?: { user: { id: string } }; error?: { code: string } }> } }).kuva;
    const session = await kuva.invoke('session.get', {});
    return kuva.invoke('berths.listApplications', {}, { userId: session.value?.user.id });
  });
  expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(gridErrors()).toEqual([]);
});

test('a handler sees the season occupancy per harbour and per berth', async ({ page }) => {
  const url = await stack().openApp('aino');
  await signIn(page, url, 'aino');
  await page.getByTestId('nav-harbours').click();
  await expect(page.getByTestId('nav-harbours')).toHaveAttribute('aria-current', 'page');

  const grid = page.getByTestId('harbours-grid');
  await expect(grid).toHaveAttribute('data-count', '57');
  await expect(grid).toHaveAttribute('data-occupancy', 'true');
  for (const col of OCCUPANCY_COLUMNS) await expect(headerCell(page, col)).toBeVisible();
  await expect(page.getByTestId('harbours-no-occupancy')).toHaveCount(0);

  const overview = await invoke<HarbourOverview>(page, 'berths.harbourOverview', {});
  expect(overview.includesOccupancy).toBe(true);
  const target = [...overview.harbours].sort((a, b) => b.occupancy!.free - a.occupancy!.free)[0]!;
  const counts = target.occupancy!;
  expect(counts.free).toBeGreaterThan(0);

  await page.getByTestId('harbour-search').fill(target.name.fi);
  await expect(gridCell(page, target.id, 'free')).toHaveText(String(counts.free));
  await expect(gridCell(page, target.id, 'offered')).toHaveText(String(counts.offered));
  await expect(gridCell(page, target.id, 'leased')).toHaveText(String(counts.leased));
  await expect(gridCell(page, target.id, 'renewal')).toHaveText(String(counts.renewal));
  await expectNoAxeViolations(page, 'harbours (handler)');

  await gridCell(page, target.id, 'name').click();
  const detail = page.getByTestId('harbour-detail');
  await expect(detail).toHaveAttribute('data-harbour-id', target.id);
  await expect(detail.locator('[data-testid="berth-row"][data-occupancy="free"]')).toHaveCount(counts.free);
  await expect(detail.locator('[data-testid="berth-row"][data-occupancy="leased"]')).toHaveCount(counts.leased);
  await expect(detail.getByTestId('berth-row')).toHaveCount(target.berthCount);
  await expectNoAxeViolations(page, 'harbour detail (handler)');
});
