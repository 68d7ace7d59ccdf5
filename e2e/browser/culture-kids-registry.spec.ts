import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { children, newestCohort, openChild, openRegistry, signInCultureKids } from '../support/culture-kids-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('the registry asks the purpose once, filters, and exports what the grid shows after asking why', async ({ page }) => {
  await signInCultureKids(page, await stack().openApp('lotta'), 'lotta');
  // The registry is the landing view: it asks why before it reads anything.
  await expect(page.getByTestId('ck-purpose-dialog')).toBeVisible();
  await expect(page.getByTestId('ck-purpose-confirm')).toBeDisabled();
  await openRegistry(page, 'statistics');
  await expect(page.getByTestId('ck-purpose-current')).toHaveAttribute('data-purpose', 'statistics');

  const count = page.getByTestId('ck-registry-count');
  await expect(count).not.toHaveAttribute('data-total', '');
  const all = Number(await count.getAttribute('data-total'));
  const cohort = await newestCohort(page);
  await page.getByTestId('ck-filter-birth-year').selectOption(String(cohort.year));
  await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBeLessThan(all);
  const total = Number(await count.getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);

  await page.getByTestId('ck-registry-export-button').click();
  await page.getByTestId('ck-export-purpose').selectOption('statistics');
  const download = page.waitForEvent('download');
  await page.getByTestId('ck-export-purpose-confirm').click();
  const file = await download;
  await expect(page.getByTestId('ck-registry-export-status')).toHaveAttribute('data-phase', 'done');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  expect(book.worksheets[0]!.actualRowCount - 1).toBe(total);

  // A child's page shows the guardians' contact details to a user who may view families.
  const [child] = (await children(page, cohort.id, 5)).rows.filter((c) => !c.erased);
  if (!child) throw new Error('The demo cohort has no children.');
  await openChild(page, child.id, child.lastName);
  await expect(page.getByTestId('ck-guardian').first()).toHaveAttribute('data-has-contact', 'true');
  await expect(page.getByTestId('ck-guardian-email').first()).not.toBeEmpty();
});

test('an administrator without "view families" sees the children but no contact details', async ({ page }) => {
  await signInCultureKids(page, await stack().openApp('jussi'), 'jussi');
  await openRegistry(page);
  const cohort = await newestCohort(page);
  const [child] = (await children(page, cohort.id, 5)).rows.filter((c) => !c.erased);
  if (!child) throw new Error('The demo cohort has no children.');
  await openChild(page, child.id, child.lastName);
  await expect(page.getByTestId('ck-contacts-hidden')).toBeVisible();
  await expect(page.getByTestId('ck-guardian').first()).toHaveAttribute('data-has-contact', 'false');
  await expect(page.getByTestId('ck-guardian-email')).toHaveCount(0);
  await expect(page.getByTestId('ck-child-erase')).toHaveCount(0);
});
