import { expect, test } from '@playwright/test';
import { chooseServicePoint, showAsView, signInAssist } from '../support/assist-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

for (const lang of ['fi', 'sv'] as const) {
  test(`the Assistance screens pass an axe WCAG 2.1 AA check in ${lang}`, async ({ page }) => {
    await signInAssist(page, await stack().openApp(`hilkka-${lang}`), 'hilkka');
    await page.getByTestId('language-switch').selectOption(lang);
    await chooseServicePoint(page, 'as-queue', 'sp-kallio');
    await expect(page.getByTestId('as-queue-body')).toHaveAttribute('data-service-point', 'sp-kallio');
    await expectNoAxeViolations(page, 'queue');

    await page.getByTestId('as-timer-start').click();
    await page.getByTestId('as-timer-stop').click();
    await expect(page.getByTestId('as-session-dialog')).toBeVisible();
    await page.locator('#as-topic-strong_auth').check();
    await expect(page.getByTestId('as-ethics')).toBeVisible();
    await expectNoAxeViolations(page, 'session form');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('as-session-dialog')).toBeHidden();

    await showAsView(page, 'asSessions');
    await expect(page.getByTestId('as-bulk')).toBeVisible();
    await expectNoAxeViolations(page, 'session log');

    await showAsView(page, 'asAppointments');
    await expect(page.getByTestId('as-calendar').or(page.getByTestId('as-no-calendars'))).toBeVisible();
    await expectNoAxeViolations(page, 'appointments');

    await showAsView(page, 'asReports');
    await expect(page.getByTestId('as-dashboard')).toBeVisible();
    await expectNoAxeViolations(page, 'dashboard');
  });
}
