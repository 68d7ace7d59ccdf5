import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('too many wrong passwords: the sign-in form says so and when to try again, in the user\'s language', async ({ page }) => {
  await page.goto(await stack().openApp('kiosk'));
  const alert = page.locator('.login-form__error');
  const submit = page.getByTestId('login-submit');
  // The lockout starts after a few attempts and doubles with each one: keep trying until it shows.
  for (let attempt = 0; attempt < 12; attempt++) {
    await page.getByTestId('login-username').fill('mallory');
    await page.getByTestId('login-password').fill(`guess-${attempt}`);
    await submit.click();
    await expect(submit).toHaveText('Kirjaudu');
    await expect(alert).toBeVisible();
    if ((await alert.textContent())?.includes('Liian monta kirjautumisyritystä')) break;
  }
  await expect(alert).toContainText('Liian monta kirjautumisyritystä.');
  await expect(page.getByTestId('login-retry-after')).toHaveText(/^ ?Yritä uudelleen \d+ (sekunnin|minuutin) kuluttua\.$/);
  // Not "the central cannot be reached": it answered, and said "not now".
  await expect(alert).not.toContainText('Keskuspalveluun ei saada yhteyttä');

  await page.getByTestId('language-switch').selectOption('sv');
  await expect(alert).toContainText('För många inloggningsförsök.');
  await expect(page.getByTestId('login-retry-after')).toHaveText(/Försök igen om \d+ (sekund|sekunder|minut|minuter)\./);
});
