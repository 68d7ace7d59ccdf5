import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { stackPerFile } from '../support/stack-per-file.ts';
import { helsinkiDay, showBookingView, signInBookings } from '../support/bookings-app.ts';
import { watchGridErrors } from '../support/grid-errors.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('the reservation list shows its filters as removable tags and exports exactly its rows to xlsx', async ({ page }) => {
  const gridErrors = watchGridErrors(page);
  await signInBookings(page, await stack().openApp('kaisa'), 'kaisa');
  await showBookingView(page, 'bookingList');
  const count = page.getByTestId('reservations-count');
  await expect(count).not.toHaveAttribute('data-total', '');
  // The list opens from today on, and says so with a tag.
  await expect(page.getByTestId('filter-tag-from')).toContainText(helsinkiDay().split('-').map(Number).reverse().join('.'));
  const fromToday = Number(await count.getAttribute('data-total'));

  // A state narrows the list and shows as a tag of its own.
  await page.getByTestId('bk-filter-states').selectOption('REQUIRES_HANDLING');
  await expect(page.getByTestId('filter-tag-states:REQUIRES_HANDLING')).toBeVisible();
  await expect(count).not.toHaveAttribute('data-total', String(fromToday));
  const requests = Number(await count.getAttribute('data-total'));
  expect(requests).toBeGreaterThan(0);
  expect(requests).toBeLessThan(fromToday);

  // The file holds the narrowed list, with its header row, in Finnish.
  const download = page.waitForEvent('download');
  await page.getByTestId('reservations-export-button').click();
  const file = await download;
  await expect(page.getByTestId('reservations-export-status')).toHaveAttribute('data-phase', 'done');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Varaus');
  expect(sheet.actualRowCount - 1).toBe(requests);

  // Removing the tag (with the keyboard) brings the wider list back.
  await page.getByTestId('filter-tag-states:REQUIRES_HANDLING').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-tag-states:REQUIRES_HANDLING')).toHaveCount(0);
  await expect(count).toHaveAttribute('data-total', String(fromToday));
  expect(gridErrors()).toEqual([]);
});
