import { expect, test } from '@playwright/test';
import { chooseLanguage, openKiosk, showAttract, takeTicket } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('a customer at the kiosk chooses Swedish, looks at the free spaces, takes a queue ticket and sends a space booking request', async ({ page }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-customer'));
  await chooseLanguage(page, 'sv');
  await expect(page.getByTestId('kiosk-home').getByRole('heading', { level: 1 })).toHaveText('Vad vill du göra?');

  // At Oodi, Oodi's spaces come first; Caisa's and the other places' follow under a heading of their own.
  await page.getByTestId('kiosk-tile-today').click();
  const here = page.getByTestId('kiosk-spaces').getByRole('listitem');
  const elsewhere = page.getByTestId('kiosk-spaces-elsewhere').getByRole('listitem');
  await expect(here.filter({ hasText: 'Maijasalen' })).toHaveCount(1);
  await expect(here.filter({ hasNotText: 'Helsingfors centrumbibliotek Ode' })).toHaveCount(0);
  await expect(elsewhere.filter({ hasText: 'Logen' }).filter({ hasText: 'Caisa' })).toHaveCount(1);
  await expect(here.filter({ hasText: 'Caisa' })).toHaveCount(0);
  await expect(elsewhere.filter({ hasText: 'Helsingfors centrumbibliotek Ode' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('På andra verksamhetsställen');
  await page.getByTestId('kiosk-back').click();

  // The ticket's number comes from the central and shows large once the push has settled.
  const number = await takeTicket(page);
  expect(number).toMatch(/^D\d+$/);
  await page.getByTestId('kiosk-ticket-done').click();

  await page.getByTestId('kiosk-tile-request').click();
  const form = page.getByTestId('kiosk-request-form');
  // Sent empty, the form names what is missing in Swedish (not the browser's own bubble).
  await page.getByTestId('kiosk-request-send').click();
  await expect(page.getByTestId('kiosk-missing')).toHaveText('Fyll i alla obligatoriska uppgifter.');
  // The request offers Oodi's spaces first too, the others' in a group of their own.
  await expect(form.getByTestId('kiosk-request-space').locator('label').filter({ hasNotText: 'Helsingfors centrumbibliotek Ode' })).toHaveCount(0);
  await expect(form.getByTestId('kiosk-request-space-elsewhere').locator('label').filter({ hasText: 'Logen' })).toHaveCount(1);
  // Caisa's box: a choice from the second group counts as the space.
  await form.getByTestId('kiosk-request-space-elsewhere').locator('label').filter({ hasText: 'Logen' }).locator('input[type=radio]').check();
  await form.getByTestId('kiosk-request-day').locator('input[type=radio]').first().check();
  await form.getByTestId('kiosk-request-start').locator('input[type=radio]').first().check();
  await form.getByTestId('kiosk-request-length').locator('input[type=radio]').first().check();
  // A customer touches a field first and types once the on-screen keyboard is there.
  await page.getByTestId('kiosk-request-persons').click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await page.getByTestId('kiosk-request-persons').fill('4');
  await expect(page.getByTestId('kiosk-request-persons')).toHaveValue('4');
  await page.getByTestId('kiosk-request-purpose').fill('Läxhjälp');
  // The name is typed on the on-screen keyboard, å ä ö included.
  await page.getByTestId('kiosk-request-name').click();
  for (const key of ['shift', 'Å', 's', 'a']) await page.getByTestId(`kiosk-key-${key}`).click();
  await expect(page.getByTestId('kiosk-request-name')).toHaveValue('Åsa');
  await page.getByTestId('kiosk-key-done').click();
  await expect(page.getByTestId('kiosk-keyboard')).toHaveCount(0);
  await page.getByTestId('kiosk-request-email').click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  await page.getByTestId('kiosk-request-email').fill('asa@example.org');
  await expect(page.getByTestId('kiosk-request-email')).toHaveValue('asa@example.org');
  await page.getByTestId('kiosk-request-phone').fill('+358 40 123 4567');
  await page.getByTestId('kiosk-request-send').click();

  // The request leaves the screen at once; only its state follows, until the central accepts it.
  await expect(page.getByTestId('kiosk-request-form')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-request-state')).toHaveAttribute('data-phase', 'applied', { timeout: 30_000 });
  await expect(page.getByText('Åsa')).toHaveCount(0);
});
