import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, signIn } from '../support/app-page.ts';

const stack = stackPerFile();

async function axe(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}

test('the main screens pass an axe WCAG 2.1 AA check', async ({ page }) => {
  const url = await stack().openApp('sanna');
  await page.goto(url);
  await expect(page.getByTestId('login-username')).toBeVisible();
  await axe(page, 'sign-in');

  await signIn(page, url, 'sanna');
  await axe(page, 'applications');

  const [app] = await pendingApplications(page, 5);
  if (!app) throw new Error('no pending applications');
  await openApplication(page, app.reference, app.id);
  await page.getByTestId('suggest-berths').click();
  await expect(page.getByTestId('suggestions')).toBeVisible();
  await axe(page, 'application detail with suggestions');

  await page.getByTestId('nav-conflicts').click();
  await expect(page.getByTestId('conflicts-empty')).toBeVisible();
  await axe(page, 'conflict inbox');

  await page.getByTestId('language-switch').selectOption('sv');
  await axe(page, 'conflict inbox in Swedish');
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
  await axe(second, 'sign-out question');
  await second.getByTestId('sign-out-confirm').click();
  await expect(first.getByTestId('window-locked')).toBeVisible();
  await axe(first, 'locked window');

  // The local service stops under both windows.
  await stack().killHost('desk');
  await expect(first.getByTestId('host-lost')).toBeVisible();
  await axe(first, 'locked window without its host');
  await expect(second.getByTestId('host-lost')).toBeVisible();
  await axe(second, 'sign-in page without its host');
  await second.getByTestId('language-switch').selectOption('sv');
  await axe(second, 'sign-in page without its host in Swedish');
  await stack().restartHost('desk');
  await expect(second.getByTestId('host-lost')).toHaveCount(0);

  // Signed in again in the second window, with the host gone the status bar says so.
  await signIn(second, url, 'aino');
  await stack().killHost('desk');
  await expect(second.getByTestId('sync-status')).toHaveAttribute('data-connection', 'host-lost');
  await axe(second, 'applications without their host');
  await stack().restartHost('desk');
  await expect(second.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
});
