import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pdfPageTexts } from '../../main/core/files/testing/pdf-text.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { dayCalendar, helsinkiDay, showCalendar, signInBookings, unitNamed } from '../support/bookings-app.ts';

const stack = stackPerFile();
const UNIT = 'Keskustakirjasto Oodi';

test('the day list of a unit prints to PDF with the day’s bookings, in Finnish', async ({ page }) => {
  await signInBookings(page, await stack().openApp('kaisa'), 'kaisa');
  const { unitId } = await unitNamed(page, UNIT, 'Maijansali');
  // A day from tomorrow on with bookings to print.
  let date = '';
  let labels: string[] = [];
  for (let d = 1; d < 30 && labels.length === 0; d++) {
    date = helsinkiDay(d);
    labels = (await dayCalendar(page, unitId, date)).rows.flatMap((r) => r.blocks.filter((b) => b.relation === 'self').map((b) => b.label));
  }
  expect(labels.length).toBeGreaterThan(0);
  await showCalendar(page, 'day', { unitId }, date);

  const download = page.waitForEvent('download');
  await page.getByTestId('print-day-list-button').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('print-day-list-status')).toHaveAttribute('data-phase', 'done');

  const text = (await pdfPageTexts(await readFile(await file.path()))).join(' ');
  expect(text).toContain('Päivän varaukset');
  expect(text).toContain(UNIT);
  const [y, m, d] = date.split('-').map(Number);
  expect(text).toContain(`${d}.${m}.${y}`);
  for (const label of new Set(labels)) expect(text).toContain(label);
});
