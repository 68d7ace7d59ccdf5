import { expect, test } from '@playwright/test';
import { children, newestCohort, openChild, openRegistry, showCkView, signInCultureKids } from '../support/culture-kids-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

for (const lang of ['fi', 'sv'] as const) {
  test(`the Culture Kids screens pass an axe WCAG 2.1 AA check in ${lang}`, async ({ page }) => {
    await signInCultureKids(page, await stack().openApp(`lotta-${lang}`), 'lotta');
    await expect(page.getByTestId('ck-purpose-dialog')).toBeVisible();
    // The language switch sits behind the dialog: give the purpose, switch, and ask again.
    await openRegistry(page);
    await page.getByTestId('language-switch').selectOption(lang);
    await page.getByTestId('ck-purpose-change').click();
    await expect(page.getByTestId('ck-purpose-dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'purpose dialog');
    await page.getByTestId('ck-purpose-confirm').click();
    await expect(page.getByTestId('ck-children-grid')).toHaveAttribute('data-state', 'ready');
    const cohort = await newestCohort(page);
    const [child] = (await children(page, cohort.id, 5)).rows.filter((c) => !c.erased);
    if (!child) throw new Error('The demo cohort has no children.');
    await openChild(page, child.id, child.lastName);
    await expectNoAxeViolations(page, 'registry with a child open');
    await page.getByTestId('ck-child-enrol').click();
    await expect(page.getByTestId('ck-enrol-dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'enrol dialog');
    await page.keyboard.press('Escape');

    await showCkView(page, 'ckProgram');
    await expect(page.getByTestId('ck-venues')).toBeVisible();
    await expectNoAxeViolations(page, 'program');
    await page.getByTestId('ck-new-event').click();
    await expect(page.getByTestId('ck-event-dialog')).toBeVisible();
    await expectNoAxeViolations(page, 'event dialog');
    await page.keyboard.press('Escape');

    await showCkView(page, 'ckCheckIn');
    await expect(page.getByTestId('ck-check-in')).toBeVisible();
    await expectNoAxeViolations(page, 'check-in');

    await showCkView(page, 'ckMessages');
    await expect(page.getByTestId('ck-compose')).toBeVisible();
    await expectNoAxeViolations(page, 'messages');

    await showCkView(page, 'ckReports');
    await expect(page.getByTestId('ck-reports')).toBeVisible();
    await expectNoAxeViolations(page, 'reports');
  });
}
