import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, signIn } from '../support/app-page.ts';

const stack = stackPerFile();

/** The token the installation keeps (the browser host's plain store: base64 behind a prefix). */
async function storedToken(app: string): Promise<string> {
  const profile = JSON.parse(await readFile(path.join(stack().root, app, 'profile.json'), 'utf8')) as { token: { data: string } };
  return Buffer.from(profile.token.data.replace(/^plain:/, ''), 'base64').toString('utf8');
}

test('when the central ends the session, work is kept and goes out after signing in again', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const [app] = await pendingApplications(page, 1);
  if (!app) throw new Error('no pending application');

  // The session ends on the central (expired, or revoked by an administrator).
  const res = await fetch(`${stack().centralUrl}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${await storedToken('aino')}` } });
  expect(res.status).toBe(204);

  await openApplication(page, app.reference, app.id);
  await page.getByTestId('note-text').fill('Soitti: harkitsee vielä.');
  await page.getByTestId('add-note').click();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('auth-expired')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '1');

  await page.getByTestId('reauth-open').click();
  const dialog = page.locator('#reauth-dialog');
  // Signing in again is for Aino only: her user name is shown, not editable.
  await expect(dialog.getByTestId('login-username')).toHaveValue('aino');
  await expect(dialog.getByTestId('login-username')).toHaveAttribute('readonly', '');
  await dialog.getByTestId('login-password').fill('demo');
  await dialog.getByTestId('login-submit').click();

  await expect(page.getByTestId('auth-expired')).toHaveCount(0);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('application-detail')).toContainText('Soitti: harkitsee vielä.');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
});
