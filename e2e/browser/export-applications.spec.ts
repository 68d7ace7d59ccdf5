import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { stackPerFile } from '../support/stack-per-file.ts';
import { signIn } from '../support/app-page.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('the applications list exports to xlsx exactly the rows the grid shows, in the user’s language', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const count = page.getByTestId('applications-count');
  await expect(count).not.toHaveAttribute('data-total', '');
  const all = await count.getAttribute('data-total');
  // A search narrows the list; the file must hold the narrowed list, not all of it.
  await page.getByTestId('filter-text').fill('ko');
  await expect(count).not.toHaveAttribute('data-total', all ?? '');
  const total = Number(await count.getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);

  const download = page.waitForEvent('download');
  await page.getByTestId('applications-export-button').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^venepaikkahakemukset-\d{8}-\d{6}-[0-9a-f]{8}\.xlsx$/);
  await expect(page.getByTestId('applications-export-status')).toHaveAttribute('data-phase', 'done');

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Jono');
  expect(sheet.actualRowCount - 1).toBe(total);
});
