import { expect, test, type Page } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, signIn, waitForFirstDownload } from '../support/app-page.ts';
import { watchGridErrors } from '../support/grid-errors.ts';
import { MAX_VIEWS_PER_GRID } from '../../domain/grid-views.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

const header = (page: Page, grid: string, colId: string) => page.locator(`[data-testid="${grid}"] .ag-header-cell[col-id="${colId}"]`);

async function chooseColumn(page: Page, colId: string, visible: boolean) {
  const panel = page.getByTestId('column-chooser-panel');
  if (!(await panel.isVisible())) await page.getByTestId('column-chooser').click();
  const box = panel.locator(`input[data-col="${colId}"]`);
  if (visible) await box.check();
  else await box.uncheck();
}

test('a saved view (columns, sort, filter) and the column choice come back after the app restarts', async ({ page }) => {
  const gridErrors = watchGridErrors(page);
  const url = await stack().openApp('aino');
  await signIn(page, url, 'aino');
  const grid = 'applications-grid';

  // The column chooser: the columns that identify a row cannot be hidden.
  await page.getByTestId('column-chooser').click();
  await expect(page.getByTestId('column-chooser-panel').locator('input[data-col="reference"]')).toBeDisabled();
  await chooseColumn(page, 'kind', false);
  await chooseColumn(page, 'priority', false);
  await expect(header(page, grid, 'kind')).toHaveCount(0);
  await expect(header(page, grid, 'applicantName')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('column-chooser-panel')).toHaveCount(0);

  // Waiting offers, newest first.
  await page.getByTestId('filter-status').selectOption('offer_sent');
  await header(page, grid, 'receivedAt').locator('.ag-header-cell-label').click();
  await header(page, grid, 'receivedAt').locator('.ag-header-cell-label').click();
  await expect(header(page, grid, 'receivedAt')).toHaveAttribute('aria-sort', 'descending');

  await page.getByTestId('grid-views-manage').click();
  const dialog = page.getByTestId('grid-views-dialog');
  await dialog.getByTestId('grid-view-save').click();
  await expect(dialog.getByRole('textbox', { name: 'Tallenna nykyinen näkymä nimellä' })).toHaveAccessibleDescription(/Anna näkymälle nimi/);
  await expect(dialog.getByTestId('grid-view-name')).toBeFocused();
  await dialog.getByTestId('grid-view-name').fill('Tarjotut uusimmat');
  await dialog.getByTestId('grid-view-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('grid-view-select')).toHaveValue('Tarjotut uusimmat');

  // Back to the defaults, then a column choice of its own that is kept as it is.
  await page.getByTestId('grid-view-select').selectOption('');
  await expect(header(page, grid, 'kind')).toBeVisible();
  await expect(page.getByTestId('filter-status')).toHaveValue('');
  await chooseColumn(page, 'municipality', false);
  await expect(header(page, grid, 'municipality')).toHaveCount(0);
  await page.keyboard.press('Escape');
  // The kept choice is written once the changes settle: wait until the core has it.
  await expect
    .poll(() => page.evaluate(() => document.querySelector('[data-testid="column-chooser"]')?.textContent ?? ''))
    .toMatch(/Sarakkeet \d+\/\d+/);
  await expect.poll(async () => (await keptHidden(page)).includes('municipality')).toBe(true);

  // The installation stops and starts again; the window is opened anew.
  await stack().killHost('aino');
  await stack().restartHost('aino');
  await page.reload();
  await waitForFirstDownload(page);
  await expect(header(page, grid, 'municipality')).toHaveCount(0);
  await expect(header(page, grid, 'kind')).toBeVisible();

  await page.getByTestId('grid-view-select').selectOption('Tarjotut uusimmat');
  await expect(header(page, grid, 'kind')).toHaveCount(0);
  await expect(header(page, grid, 'priority')).toHaveCount(0);
  await expect(header(page, grid, 'receivedAt')).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByTestId('filter-status')).toHaveValue('offer_sent');
  await expect(page.locator(`[data-testid="${grid}"] .ag-row[row-id]`).first()).toBeVisible();
  await test.info().attach('saved view reopened after a restart', { body: await page.screenshot(), contentType: 'image/png' });

  // Renamed, then deleted.
  await page.getByTestId('grid-views-manage').click();
  await dialog.getByTestId('grid-view-rename').click();
  await dialog.getByTestId('grid-view-new-name').fill('Odottaa vastausta');
  await dialog.getByTestId('grid-view-rename-save').click();
  await expect(dialog.locator('li[data-view="Odottaa vastausta"]')).toBeVisible();
  await dialog.locator('li[data-view="Odottaa vastausta"]').getByTestId('grid-view-remove').click();
  await expect(dialog.getByTestId('grid-views-list').locator('li')).toHaveCount(0);
  await dialog.getByTestId('grid-views-close').click();
  await expect(page.getByTestId('grid-view-select').locator('option')).toHaveCount(1);
  expect(gridErrors()).toEqual([]);
});

test('Escape in the column chooser closes the chooser only, not the open application', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const [app] = await pendingApplications(page, 1);
  if (!app) throw new Error('no pending application');
  await openApplication(page, app.reference, app.id);
  await page.getByTestId('column-chooser').click();
  const box = page.getByTestId('column-chooser-panel').locator('input[data-col="kind"]');
  await box.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('column-chooser-panel')).toBeHidden();
  await expect(page.getByTestId('column-chooser')).toBeFocused();
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-application-id', app.id);
  // Once the chooser is closed, Escape is the workspace's again and closes the application.
  await page.getByTestId('applications-grid').locator(`.ag-row[row-id="${app.id}"] .ag-cell`).first().click();
  // The key goes where the focus is: wait until the grid has it, as a user would see the cell ring.
  await expect(page.locator('[data-testid="applications-grid"] .ag-cell:focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('application-detail')).toHaveCount(0);

  // AG Grid hands a row click to the app in a later task, and a busy page handles input before
  // timers: an Escape pressed after the click can come first. The Escape, pressed last, wins.
  await openApplication(page, app.reference, app.id);
  await page.evaluate((id) => {
    const cell = document.querySelector(`[data-testid="applications-grid"] .ag-row[row-id="${id}"] .ag-cell`);
    if (!cell) throw new Error('the row is not on screen');
    cell.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  }, app.id);
  // The grid's late click is handed over in its timer, which runs before this one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 0)));
  await expect(page.getByTestId('application-detail')).toHaveCount(0);
});

test('the harbours grid keeps its own column choice', async ({ page }) => {
  await signIn(page, await stack().openApp('eero'), 'eero');
  await page.getByTestId('nav-harbours').click();
  const grid = 'harbours-grid';
  await expect(page.getByTestId(grid)).toHaveAttribute('data-state', 'ready');
  await chooseColumn(page, 'region', false);
  await expect(header(page, grid, 'region')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await keptHidden(page, 'berths.harbours')).includes('region')).toBe(true);
  // Eero has saved as many harbour views as a grid keeps (through the core, as the dialog saves).
  await saveViews(page, 'berths.harbours', Array.from({ length: MAX_VIEWS_PER_GRID }, (_, i) => `Satamat ${i + 1}`));
  await page.reload();
  await waitForFirstDownload(page);
  await page.getByTestId('nav-harbours').click();
  await expect(page.getByTestId(grid)).toHaveAttribute('data-state', 'ready');
  await expect(header(page, grid, 'name')).toBeVisible();
  await expect(header(page, grid, 'region')).toHaveCount(0);

  // A new name in a full grid is refused in Finnish while he types and when he saves; the name
  // of a saved view still replaces that view.
  await page.getByTestId('grid-views-manage').click();
  const dialog = page.getByTestId('grid-views-dialog');
  await dialog.getByTestId('grid-view-name').fill('Itäiset satamat');
  const full = `Tallennettuja näkymiä voi olla enintään ${MAX_VIEWS_PER_GRID}.`;
  await expect(dialog).toContainText(full);
  await dialog.getByTestId('grid-view-save').click();
  await expect(dialog.getByTestId('grid-view-name')).toHaveAccessibleDescription(new RegExp(full));
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('grid-view-name').fill('satamat 3');
  await expect(dialog).not.toContainText(full);
  await dialog.getByTestId('grid-view-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('grid-view-select').locator('option')).toHaveCount(MAX_VIEWS_PER_GRID + 1);
  // The applications grid's choice is its own.
  await page.getByTestId('nav-applications').click();
  await expect(header(page, 'applications-grid', 'kind')).toBeVisible();
});

/** Saves the grid's present state under each name, through the core as the window would. */
async function saveViews(page: Page, gridId: string, names: string[]): Promise<void> {
  const failed = await page.evaluate(
    async ({ id, names }) => {
      type Kuva = { invoke: (m: string, i: unknown, c: { userId: string | null }) => Promise<{ ok: boolean; value?: unknown }> };
      const kuva = (window as unknown as { kuva: Kuva }).kuva;
      const session = (await kuva.invoke('session.get', {}, { userId: null })) as { value?: { user: { id: string } | null } };
      const userId = session.value?.user?.id ?? null;
      const list = (await kuva.invoke('gridViews.list', { gridId: id }, { userId })) as { value?: { current: unknown } };
      const failures: string[] = [];
      for (const name of names) {
        const r = await kuva.invoke('gridViews.save', { gridId: id, name, state: list.value?.current }, { userId });
        if (!r.ok) failures.push(name);
      }
      return failures;
    },
    { id: gridId, names },
  );
  expect(failed).toEqual([]);
}

/** The columns the core keeps hidden for a grid, asked as the window would. */
async function keptHidden(page: Page, gridId = 'berths.applications'): Promise<string[]> {
  return page.evaluate(async (id) => {
    type Kuva = { invoke: (m: string, i: unknown, c: { userId: string | null }) => Promise<{ ok: boolean; value?: unknown }> };
    const kuva = (window as unknown as { kuva: Kuva }).kuva;
    const session = (await kuva.invoke('session.get', {}, { userId: null })) as { value?: { user: { id: string } | null } };
    const r = (await kuva.invoke('gridViews.list', { gridId: id }, { userId: session.value?.user?.id ?? null })) as {
      value?: { current: { columns: { colId: string; hide: boolean }[] } | null };
    };
    return (r.value?.current?.columns ?? []).filter((c) => c.hide).map((c) => c.colId);
  }, gridId);
}
