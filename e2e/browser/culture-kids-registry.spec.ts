import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { addFullOccurrence, children, newestCohort, openChild, openRegistry, program, signInCultureKids } from '../support/culture-kids-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { watchGridErrors } from '../support/grid-errors.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('the registry asks the purpose once, filters, and exports what the grid shows after asking why', async ({ page }) => {
  const gridErrors = watchGridErrors(page);
  await signInCultureKids(page, await stack().openApp('lotta'), 'lotta');
  // The registry is the landing view: it asks why before it reads anything.
  await expect(page.getByTestId('ck-purpose-dialog')).toBeVisible();
  await expect(page.getByTestId('ck-purpose-confirm')).toBeDisabled();
  await openRegistry(page, 'statistics');
  await expect(page.getByTestId('ck-purpose-current')).toHaveAttribute('data-purpose', 'statistics');

  const count = page.getByTestId('ck-registry-count');
  await expect(count).not.toHaveAttribute('data-total', '');
  const all = Number(await count.getAttribute('data-total'));
  const cohort = await newestCohort(page);
  await page.getByTestId('ck-filter-birth-year').selectOption(String(cohort.year));
  await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBeLessThan(all);
  const total = Number(await count.getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);

  await page.getByTestId('ck-registry-export-button').click();
  await page.getByTestId('ck-export-purpose').selectOption('statistics');
  const download = page.waitForEvent('download');
  await page.getByTestId('ck-export-purpose-confirm').click();
  const file = await download;
  await expect(page.getByTestId('ck-registry-export-status')).toHaveAttribute('data-phase', 'done');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  expect(book.worksheets[0]!.actualRowCount - 1).toBe(total);

  // A child's page shows the guardians' contact details to a user who may view families.
  const [child] = (await children(page, cohort.id, 5)).rows.filter((c) => !c.erased);
  if (!child) throw new Error('The demo cohort has no children.');
  await openChild(page, child.id, child.lastName);
  await expect(page.getByTestId('ck-guardian').first()).toHaveAttribute('data-has-contact', 'true');
  await expect(page.getByTestId('ck-guardian-email').first()).not.toBeEmpty();
  expect(gridErrors()).toEqual([]);
});

test('an administrator without "view families" sees the children but no contact details', async ({ page }) => {
  await signInCultureKids(page, await stack().openApp('jussi'), 'jussi');
  await openRegistry(page);
  const cohort = await newestCohort(page);
  const [child] = (await children(page, cohort.id, 5)).rows.filter((c) => !c.erased);
  if (!child) throw new Error('The demo cohort has no children.');
  await openChild(page, child.id, child.lastName);
  await expect(page.getByTestId('ck-contacts-hidden')).toBeVisible();
  await expect(page.getByTestId('ck-guardian').first()).toHaveAttribute('data-has-contact', 'false');
  await expect(page.getByTestId('ck-guardian-email')).toHaveCount(0);
  await expect(page.getByTestId('ck-child-erase')).toHaveCount(0);
});

test('staff put a child on the free-spot list of a full occurrence for the family, see the place and take it off; the family leaves everything', async ({ page }) => {
  await signInCultureKids(page, await stack().openApp('lotta'), 'lotta');
  await openRegistry(page);
  const cohort = await newestCohort(page);
  // A published event of the seed, and a new occurrence of it with no seats.
  const view = (await program(page, cohort.id)).events.find((e) => e.event.publishedAt !== null && e.event.ticketingMode === 'internal' && e.occurrences.length > 0);
  if (!view) throw new Error('The demo cohort has no published event.');
  const occurrenceId = await addFullOccurrence(page, cohort.id, view.event.id, view.occurrences[0]!.occurrence.venueId, 10);

  const [child] = (await children(page, cohort.id, 20)).rows.filter((c) => !c.erased && c.enrolled === 0);
  if (!child) throw new Error('The demo cohort has no child without enrolments.');
  await openRegistry(page);
  await openChild(page, child.id, child.lastName);
  await page.getByTestId('ck-child-enrol').click();
  await page.getByTestId('ck-enrol-occurrence').selectOption(occurrenceId);
  // A full occurrence is no dead end: the dialog offers its free-spot list, with no reason to write.
  await expect(page.getByTestId('ck-free-spot-offer')).toBeVisible();
  await page.getByTestId('ck-enrol-confirm').click();
  await expect(page.getByTestId('ck-enrol-dialog')).toBeHidden();
  const place = page.locator(`[data-testid="ck-free-spot"][data-occurrence-id="${occurrenceId}"]`);
  await expect(place).toHaveAttribute('data-notified', 'false');
  await expect(place.getByTestId('ck-pending')).toHaveCount(0, { timeout: 60_000 });

  // Only once: choosing the same occurrence again shows the rule instead of the action.
  await page.getByTestId('ck-child-enrol').click();
  await page.getByTestId('ck-enrol-occurrence').selectOption(occurrenceId);
  await expect(page.getByTestId('ck-enrol-confirm')).toBeDisabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveText('Lapsi on jo tämän esiintymän vapaan paikan jonossa.');
  await page.getByTestId('ck-enrol-dialog-cancel').click();

  await place.getByTestId('ck-free-spot-remove').click();
  await page.getByTestId('ck-free-spot-remove-confirm').click();
  await expect(place).toHaveCount(0, { timeout: 60_000 });

  // The family phones to leave everything: the dialog says what goes, and the consent is withdrawn.
  const guardian = page.getByTestId('ck-guardian').first();
  await guardian.getByTestId('ck-guardian-unsubscribe-all').click();
  await expect(page.getByTestId('ck-unsubscribe-all-dialog')).toContainText('vapaan paikan jonoista eikä saa enää kutsuja eikä viestejä.');
  await page.getByTestId('ck-unsubscribe-all-confirm').click();
  await expect(page.getByTestId('ck-unsubscribe-all-dialog')).toBeHidden();
  await expect(guardian.getByTestId('ck-guardian-consent')).toHaveAttribute('data-accepts', 'false');
});
