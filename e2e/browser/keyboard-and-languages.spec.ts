import { expect, test, type Page } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { pendingApplications, signIn, suggestionsFor } from '../support/app-page.ts';

const stack = stackPerFile();

const focusIn = (page: Page, selector: string) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

test('a handler works the queue with the keyboard alone', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  let target: { id: string; reference: string } | null = null;
  for (const app of await pendingApplications(page)) {
    if ((await suggestionsFor(page, app.id)).length > 0) {
      target = { id: app.id, reference: app.reference };
      break;
    }
  }
  if (!target) throw new Error('no pending application with a free berth');

  // "/" jumps to the search box from anywhere outside a text field.
  await page.locator('body').press('/');
  await expect(page.getByTestId('filter-text')).toBeFocused();
  await page.keyboard.type(target.reference);
  const grid = page.getByTestId('applications-grid');
  // The search applies after a pause in typing: wait for its result, not for a row that may have
  // been on screen before it (the grid then reloads under the keyboard).
  await expect(page.getByTestId('applications-count')).toHaveAttribute('data-total', '1');
  await expect(grid.locator(`.ag-row[row-id="${target.id}"]`).first()).toBeVisible();

  // Tab leaves the filter bar for the grid; arrows reach the row and Enter opens it.
  await page.keyboard.press('Tab');
  await expect.poll(() => focusIn(page, '[data-testid="applications-grid"]')).toBe(true);
  for (let i = 0; i < 3 && !(await focusIn(page, '.ag-row')); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('application-detail');
  await expect(detail).toHaveAttribute('data-application-id', target.id);
  await expect(detail.getByRole('heading', { level: 2, name: target.reference })).toBeFocused();

  // "?" shows the shortcuts; Escape closes them and focus goes back where it was.
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-dialog')).toHaveCount(0);
  await expect(detail.getByRole('heading', { level: 2, name: target.reference })).toBeFocused();

  // The offer dialog takes the due date in Finnish format and says when it is not.
  await page.getByTestId('suggest-berths').click();
  await page.getByTestId('offer-berth').first().focus();
  await page.keyboard.press('Enter');
  const due = page.locator('#offer-due-date');
  await expect(due).toHaveValue(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  await due.fill('12/12/2026');
  await due.press('Tab');
  await expect(page.getByTestId('offer-dialog')).toContainText('p.k.vvvv');
  await expect(page.getByTestId('offer-confirm')).toBeDisabled();
  await due.fill('1.1.2099');
  await expect(page.getByTestId('offer-confirm')).toBeDisabled(); // after the season's start
  await due.fill('1.6.2027');
  await due.press('Tab');
  await expect(page.getByTestId('offer-confirm')).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('offer-dialog')).toHaveCount(0);
  await expect(page.getByTestId('offer-berth').first()).toBeFocused();

  // The split handle moves with the arrow keys.
  const handle = page.getByTestId('split-handle');
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(before);

  // Escape closes the panel and the grid has focus again.
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect.poll(() => focusIn(page, '[data-testid="applications-grid"] .ag-cell')).toBe(true);

  // Tab leaves the grid for the next area, as the help says, instead of moving cell by cell;
  // Shift+Tab comes back to the filters before it.
  await page.keyboard.press('Tab');
  await expect.poll(() => focusIn(page, '[data-testid="applications-grid"]')).toBe(false);
  await page.locator('[data-testid="applications-grid"] .ag-cell').first().focus();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => focusIn(page, '[data-testid="applications-grid"]')).toBe(false);

  // The harbours grid too.
  await page.getByTestId('nav-harbours').click();
  const harbours = page.getByTestId('harbours-grid');
  await expect(harbours).toHaveAttribute('data-state', 'ready');
  await harbours.locator('.ag-cell').first().focus();
  await expect.poll(() => focusIn(page, '[data-testid="harbours-grid"] .ag-cell')).toBe(true);
  await page.keyboard.press('Tab');
  await expect.poll(() => focusIn(page, '[data-testid="harbours-grid"]')).toBe(false);
});

test('switching the language changes the app, the grid and its screen-reader texts', async ({ page }) => {
  await signIn(page, await stack().openApp('eero'), 'eero');
  const grid = page.getByTestId('applications-grid');
  const texts: Record<string, { header: string; sync: string; help: string; sortable: string }> = {
    sv: { header: 'Kod', sync: 'Ansluten', help: 'Kortkommandon', sortable: 'Tryck Enter för att sortera' },
    en: { header: 'Reference', sync: 'Online', help: 'Keyboard shortcuts', sortable: 'Press Enter to sort' },
    fi: { header: 'Tunnus', sync: 'Yhteydessä', help: 'Pikanäppäimet', sortable: 'Lajittele painamalla Enter' },
  };
  for (const [lang, t] of Object.entries(texts)) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(grid.locator('.ag-header-cell[col-id="reference"]')).toContainText(t.header);
    await expect(grid.locator('.ag-row').first()).toBeVisible();
    await expect(page.getByTestId('sync-status')).toContainText(t.sync);
    // What AG Grid itself tells a screen reader on a sortable header comes from our locale texts.
    await grid.locator('.ag-header-cell[col-id="reference"]').first().focus();
    await expect(grid.locator('.ag-aria-description-container')).toContainText(t.sortable);
    await page.getByTestId('help-open').click();
    await expect(page.getByTestId('help-dialog')).toContainText(t.help);
    await page.getByTestId('help-close').click();
    await expect(page.getByTestId('help-dialog')).toHaveCount(0);
  }
});
