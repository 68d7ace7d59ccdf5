import { expect, test } from '@playwright/test';
import { addDays, helsinkiDateOf } from '../../domain/wall-clock.ts';
import { showAsView, signInAssist } from '../support/assist-app.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { chooseLanguage, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

/** A day as a Finnish handler types it: 8.12.2026. */
const typed = (iso: string) => iso.split('-').reverse().map(Number).join('.');

test('a helper opens her weekly help hours, a kiosk offers them at once, and once she closes a day it is offered no more', async ({ page, context }) => {
  const today = helsinkiDateOf(Date.now());
  const tomorrow = addDays(today, 1);
  await signInAssist(page, await stack().openApp('veera'), 'veera');
  await showAsView(page, 'asAppointments');
  await page.getByTestId('as-hours-open').click();
  const dialog = page.getByTestId('as-hours-dialog');
  const confirm = page.getByTestId('as-hours-confirm');
  await expect(dialog).toBeVisible();

  // What is wrong is said at its field while she types, and nothing can be sent.
  await page.locator('#as-hours-date').fill('31.2.2027');
  await expect(dialog).toContainText('Kirjoita päivä muodossa 31.12.2026.');
  await expect(confirm).toBeDisabled();
  await page.locator('#as-hours-date').fill(typed(addDays(today, -1)));
  await expect(dialog).toContainText('Päivä on jo mennyt.');
  await page.locator('#as-hours-date').fill(typed(tomorrow));
  await page.locator('#as-hours-start').fill('16.00');
  await page.locator('#as-hours-end').fill('16.20');
  await expect(dialog).toContainText('Vuoroon ei mahdu yhtään 30 minuutin aikaa.');
  await expect(page.locator('#as-hours-end-error')).toHaveText('Vuoroon ei mahdu yhtään 30 minuutin aikaa.');
  await page.locator('#as-hours-end').fill('18.00');
  await page.locator('#as-hours-length').selectOption('60');
  await page.locator('#as-hours-weeks').selectOption('2');
  const summary = page.getByTestId('as-hours-summary');
  await expect(summary).toContainText('Avataan 2 päivää');
  await expect(summary).toContainText('klo 16.00–18.00. Varattavia aikoja päivässä: 2.');
  await expect(confirm).toBeEnabled();
  await expectNoAxeViolations(page, 'help hours dialog');
  await confirm.click();
  await expect(dialog).toBeHidden();
  // Told at once that the hours are open, then that the central confirmed them; under load the
  // second can come before a look at the first, so the last word is the one waited for.
  await expect(page.getByTestId('live-region')).toHaveText('Opastusvuorojen avaaminen: keskuspalvelu vahvisti.');

  // The same time again, in part: refused in the dialog, in Finnish.
  await page.getByTestId('as-hours-open').click();
  await page.locator('#as-hours-date').fill(typed(tomorrow));
  await page.locator('#as-hours-start').fill('17.00');
  await page.locator('#as-hours-end').fill('19.00');
  await confirm.click();
  await expect(dialog).toContainText('Sinulla on jo opastusvuoro samaan aikaan');
  await page.getByTestId('as-hours-dialog-cancel').click();
  await expect(dialog).toBeHidden();

  // Her hours in the week's list, empty yet.
  await page.getByTestId('as-week-date').fill(typed(tomorrow));
  await page.getByTestId('as-week-date').press('Enter');
  const row = page.getByTestId('as-hours-row').filter({ hasText: '16.00–18.00' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Sinä');
  await expect(row).toContainText('0 / 2');

  // A customer at Oodi's kiosk is offered them.
  const kiosk = await context.newPage();
  await showAttract(kiosk, await openKiosk(stack(), 'kiosk-hours'));
  await chooseLanguage(kiosk, 'fi');
  await kiosk.getByTestId('kiosk-tile-helpTime').click();
  const atKiosk = kiosk.locator(`section[data-date="${tomorrow}"]`).getByTestId('kiosk-help-slot');
  await expect(atKiosk.filter({ hasText: '16.00–17.00' })).toHaveCount(1);
  await expect(atKiosk.filter({ hasText: '17.00–18.00' })).toHaveCount(1);

  // She closes tomorrow's hours; next week's stay.
  await row.getByTestId('as-hours-close').click();
  const closeDialog = page.getByTestId('as-hours-close-dialog');
  await expect(closeDialog).toContainText('Vuoron vapaita aikoja ei enää tarjota varattaviksi');
  await expectNoAxeViolations(page, 'closing help hours');
  await page.getByTestId('as-hours-close-confirm').click();
  await expect(closeDialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(atKiosk.filter({ hasText: '16.00–17.00' })).toHaveCount(0);
  await page.getByTestId('as-week-next').click();
  await expect(page.getByTestId('as-hours-row').filter({ hasText: '16.00–18.00' })).toHaveCount(1);
});
