import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

test('the main screens pass an axe WCAG 2.1 AA check', async ({ page }) => {
  const url = await stack().openApp('sanna');
  await page.goto(url);
  await expect(page.getByTestId('login-username')).toBeVisible();
  // The check itself finds a violation: an image without a text alternative, planted and removed.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img id="planted-no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
  await expect(expectNoAxeViolations(page, 'planted')).rejects.toThrow(/image-alt/);
  await page.evaluate(() => document.getElementById('planted-no-alt')?.remove());
  await expectNoAxeViolations(page, 'sign-in');

  await signIn(page, url, 'sanna');
  await expectNoAxeViolations(page, 'applications');

  const [app] = await pendingApplications(page, 5);
  if (!app) throw new Error('no pending applications');
  await openApplication(page, app.reference, app.id);
  await page.getByTestId('suggest-berths').click();
  await expect(page.getByTestId('suggestions')).toBeVisible();
  await expectNoAxeViolations(page, 'application detail with suggestions');

  await page.getByTestId('nav-conflicts').click();
  await expect(page.getByTestId('conflicts-empty')).toBeVisible();
  await expectNoAxeViolations(page, 'conflict inbox');

  await page.getByTestId('language-switch').selectOption('sv');
  await expectNoAxeViolations(page, 'conflict inbox in Swedish');
});

test('the states that keep a window from acting pass an axe WCAG 2.1 AA check', async ({ context }) => {
  const url = await stack().openApp('desk');
  const first = await context.newPage();
  await signIn(first, url, 'aino');

  // A second window on the same address signs Aino out: the question first, then the lock.
  const second = await context.newPage();
  await second.goto(url);
  await second.getByTestId('sign-out').click();
  await expect(second.getByTestId('sign-out-dialog')).toBeVisible();
  await expectNoAxeViolations(second, 'sign-out question');
  await second.getByTestId('sign-out-confirm').click();
  await expect(first.getByTestId('window-locked')).toBeVisible();
  await expectNoAxeViolations(first, 'locked window');

  // The local service stops under both windows.
  await stack().killHost('desk');
  await expect(first.getByTestId('host-lost')).toBeVisible();
  await expectNoAxeViolations(first, 'locked window without its host');
  await expect(second.getByTestId('host-lost')).toBeVisible();
  await expectNoAxeViolations(second, 'sign-in page without its host');
  await second.getByTestId('language-switch').selectOption('sv');
  await expectNoAxeViolations(second, 'sign-in page without its host in Swedish');
  await stack().restartHost('desk');
  await expect(second.getByTestId('host-lost')).toHaveCount(0);

  // Signed in again in the second window, with the host gone the status bar says so.
  await signIn(second, url, 'aino');
  await stack().killHost('desk');
  await expect(second.getByTestId('sync-status')).toHaveAttribute('data-connection', 'host-lost');
  await expectNoAxeViolations(second, 'applications without their host');
  await stack().restartHost('desk');
  await expect(second.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
});
