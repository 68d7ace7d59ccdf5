import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { signIn } from '../support/app-page.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

test('a window whose host dies says so in its language, fails calls with a translated error, and recovers by itself', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const status = page.getByTestId('sync-status');
  await expect(status).toContainText('Kaikki muutokset lähetetty');

  await stack().killHost('aino');

  // No more "all is well": the status bar and a banner say the local service is gone.
  await expect(status).toHaveAttribute('data-connection', 'host-lost');
  await expect(status).toContainText('Paikallinen palvelu ei vastaa');
  await expect(status).not.toContainText('Kaikki muutokset lähetetty');
  await expect(page.getByTestId('host-lost')).toContainText('Yhteys KuVa Deskin paikalliseen palveluun katkesi');
  await expect(page.getByTestId('sync-now')).toBeDisabled();

  // A search fails with a translated error; the browser's English stays under technical details.
  await page.getByTestId('filter-text').fill('Virtanen');
  const error = page.getByTestId('applications-grid').getByTestId('error-text');
  await expect(error).toHaveAttribute('data-code', 'host_unreachable');
  await expect(error).toHaveText('KuVa Deskin paikallinen palvelu ei vastaa. Ikkuna yrittää yhteyttä uudelleen itsestään.');
  expect(await page.locator('body').innerText()).not.toMatch(/Failed to fetch|TypeError/);

  // The user's language, also while the host is away (switching needs no host).
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(status).toContainText('Den lokala tjänsten svarar inte');
  await expect(error).toHaveText('KuVa Desks lokala tjänst svarar inte. Fönstret försöker ansluta på nytt av sig självt.');
  await page.getByTestId('language-switch').selectOption('fi');

  // The host comes back on the same port: the window finds it, asks again, and is whole.
  await stack().restartHost('aino');
  await expect(status).toHaveAttribute('data-connection', 'online');
  await expect(page.getByTestId('host-lost')).toHaveCount(0);
  await expect(page.getByTestId('applications-grid')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('applications-count')).not.toHaveAttribute('data-total', '');
  await expect(page.locator('.app-header__name')).toContainText('Aino Virtanen');
  await expect(page.getByTestId('sync-now')).toBeEnabled();
});
