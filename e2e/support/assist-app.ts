import { expect, type Page } from '@playwright/test';
import { waitForFirstSync } from './app-page.ts';

/** Steps of the Assistance workspace, written once for its browser tests. */

export type AsView = 'asQueue' | 'asSessions' | 'asAppointments' | 'asReports';

/** Signs an Assistance user in and waits until the first download has finished. */
export async function signInAssist(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstSync(page);
  await expect(page.getByTestId('nav-asQueue')).toBeVisible();
}

export async function showAsView(page: Page, view: AsView): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page');
}

/** Chooses the service point on a desk view (shown as a chooser only to users of several points). */
export async function chooseServicePoint(page: Page, testId: string, servicePointId: string): Promise<void> {
  const chooser = page.getByTestId(`${testId}-service-point`);
  // The chooser shows once the user's points are loaded, and only with more than one of them.
  await expect(chooser.or(page.getByTestId(testId).getByTestId('as-service-point-name'))).toBeVisible();
  if (await chooser.count()) {
    await chooser.selectOption(servicePointId);
    await expect(chooser).toHaveValue(servicePointId);
  }
}

/** The dashboard's session count for one service point today, once it has its figures. */
export async function sessionsToday(page: Page, servicePointId: string): Promise<number> {
  await showAsView(page, 'asReports');
  await page.getByTestId('as-reports-scope').selectOption(servicePointId);
  await page.getByTestId('as-reports-period').selectOption('today');
  const dashboard = page.getByTestId('as-dashboard');
  // The figures on screen are those of the choice made (a day's period: its first day is its last).
  await expect(dashboard).toHaveAttribute('data-points', servicePointId);
  await expect.poll(async () => (await dashboard.getAttribute('data-from')) === (await dashboard.getAttribute('data-to'))).toBe(true);
  return Number(await dashboard.getAttribute('data-sessions'));
}

/** A ranked chart's value for one label, read from its data table (0 when the chart has no such row or nothing to draw). */
export async function chartValue(page: Page, chartTestId: string, label: string): Promise<number> {
  const chart = page.getByTestId(chartTestId);
  const toggle = chart.locator('.chart__toggle');
  if ((await toggle.count()) === 0) return 0;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const row = chart.locator('table tbody tr').filter({ has: page.locator('th', { hasText: label }) });
  if ((await row.count()) === 0) return 0;
  return Number((await row.locator('td').first().innerText()).replace(/\s/g, ''));
}

/** Stops the running help timer (or finishes service) and fills the session form: topics and an outcome. */
export async function logSessionInForm(page: Page, topics: readonly string[], outcome: string): Promise<void> {
  const dialog = page.getByTestId('as-session-dialog');
  await expect(dialog).toBeVisible();
  for (const topic of topics) await page.locator(`#as-topic-${topic}`).check();
  await page.locator(`label[for="as-outcome-${outcome}"]`).click();
  await expect(page.locator(`#as-outcome-${outcome}`)).toBeChecked();
  await page.getByTestId('as-session-save').click();
  await expect(dialog).toBeHidden();
}
