import { expect, test } from '@playwright/test';
import { chooseServicePoint, showAsView, signInAssist } from '../support/assist-app.ts';
import { chooseLanguage, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('help time a customer books at the kiosk reaches the helpers’ appointments at Oodi', async ({ page, context }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-help-time'));
  await chooseLanguage(page, 'fi');
  await page.getByTestId('kiosk-tile-helpTime').click();
  // The first free slot the terminal offers, and its day.
  const slot = page.getByTestId('kiosk-help-slot').first();
  const day = await page.locator('section[data-date]').filter({ has: slot }).first().getAttribute('data-date');
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // A helper at Oodi has that day's week open.
  const staff = await context.newPage();
  await signInAssist(staff, await stack().openApp('hilkka'), 'hilkka');
  await showAsView(staff, 'asAppointments');
  await chooseServicePoint(staff, 'as-appointments', 'sp-oodi');
  await staff.getByTestId('as-week-date').fill(day!);
  await staff.getByTestId('as-week-date').press('Enter');
  const rows = staff.getByTestId('as-appointment-row');
  const booked = rows.filter({ hasText: 'Älypuhelin ja sovellukset' });
  await expect(staff.getByTestId('as-appointment-rows').or(staff.getByTestId('as-no-appointments'))).toBeVisible();
  const before = await booked.count();

  await slot.click();
  await page.getByTestId('kiosk-topic-smartphone_apps').check();
  await page.getByTestId('kiosk-own-device-yes').check();
  await page.getByTestId('kiosk-service-language-fi').check();
  await page.getByTestId('kiosk-contact-email').click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await page.getByTestId('kiosk-contact-email').fill('asiakas@example.org');
  // A phone number no reminder could reach is told at its field, and nothing leaves the kiosk.
  await page.getByTestId('kiosk-contact-phone').fill('1');
  await page.getByTestId('kiosk-help-time-send').click();
  await expect(page.getByTestId('kiosk-contact-phone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Tarkista puhelinnumero.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('kiosk-request-state')).toHaveCount(0);
  // Left out, the phone is no problem: the e-mail is enough for the reminder.
  await page.getByTestId('kiosk-contact-phone').fill('');
  await expect(page.getByTestId('kiosk-contact-phone')).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('kiosk-help-time-send').click();
  await expect(page.getByTestId('kiosk-request-state')).toHaveAttribute('data-phase', 'applied', { timeout: 30_000 });
  // The intake and contact leave the kiosk's screen with the request.
  await expect(page.getByText('asiakas@example.org')).toHaveCount(0);
  // One booking went, the corrected one: the held-back send never left the kiosk.
  const sent = await stack().queryCentral<{ phone: string | null }>(
    "SELECT payload->'contact'->>'phone' AS phone FROM commands WHERE type = 'assist.bookAppointment' AND payload->'contact'->>'email' = 'asiakas@example.org'",
  );
  expect(sent).toEqual([{ phone: null }]);

  // The helpers see one more booking with the customer's topic that week, without reloading.
  await expect(booked).toHaveCount(before + 1, { timeout: 30_000 });
});
