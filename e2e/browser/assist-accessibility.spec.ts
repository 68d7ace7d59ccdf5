import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseServicePoint, showAsView, signInAssist } from '../support/assist-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

async function axe(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const lang of ['fi', 'sv'] as const) {
  test(`the Assistance screens pass an axe WCAG 2.1 AA check in ${lang}`, async ({ page }) => {
    await signInAssist(page, await stack().openApp(`hilkka-${lang}`), 'hilkka');
    await page.getByTestId('language-switch').selectOption(lang);
    await chooseServicePoint(page, 'as-queue', 'sp-kallio');
    await expect(page.getByTestId('as-queue-body')).toHaveAttribute('data-service-point', 'sp-kallio');
    await axe(page, 'queue');

    await page.getByTestId('as-timer-start').click();
    await page.getByTestId('as-timer-stop').click();
    await expect(page.getByTestId('as-session-dialog')).toBeVisible();
    await page.locator('#as-topic-strong_auth').check();
    await expect(page.getByTestId('as-ethics')).toBeVisible();
    await axe(page, 'session form');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('as-session-dialog')).toBeHidden();

    await showAsView(page, 'asSessions');
    await expect(page.getByTestId('as-bulk')).toBeVisible();
    await axe(page, 'session log');

    await showAsView(page, 'asAppointments');
    await expect(page.getByTestId('as-calendar').or(page.getByTestId('as-no-calendars'))).toBeVisible();
    await axe(page, 'appointments');

    await showAsView(page, 'asReports');
    await expect(page.getByTestId('as-dashboard')).toBeVisible();
    await axe(page, 'dashboard');
  });
}
