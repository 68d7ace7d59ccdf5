import { expect, test, type Page } from '@playwright/test';
import type { ApplicationDetail, BerthSuggestionRow } from '../../domain/contract.ts';
import { helsinkiDate, offerSeason } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, pendingApplications, signIn, suggestionsFor } from '../support/app-page.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

/** Every header and cell of the suggestions table that does not show whole, with why. */
async function clippedCells(page: Page): Promise<string[]> {
  return page.getByTestId('suggestions').evaluate((section) => {
    const scroller = section.querySelector('.table-scroll');
    const table = section.querySelector('table');
    if (!scroller || !table) return ['no table'];
    const box = scroller.getBoundingClientRect();
    const problems: string[] = [];
    if (table.scrollWidth > scroller.clientWidth) problems.push(`table ${table.scrollWidth} > ${scroller.clientWidth}`);
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      const r = cell.getBoundingClientRect();
      const name = `${cell.tagName} "${cell.textContent?.trim().slice(0, 30)}"`;
      if (cell.scrollWidth > cell.clientWidth) problems.push(`${name}: ${cell.scrollWidth} > ${cell.clientWidth}`);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`${name} outside the visible box (${r.left}-${r.right} of ${box.left}-${box.right})`);
    }
    // A squeezed column breaks its words letter by letter instead of clipping them: one line each.
    for (const button of table.querySelectorAll<HTMLElement>('button')) {
      const lines = new Set([...button.querySelectorAll('span')].flatMap((span) => [...span.getClientRects()].map((r) => Math.round(r.top))));
      if (lines.size > 1) problems.push(`button "${button.textContent}" on ${lines.size} lines`);
    }
    return problems;
  });
}

/** The first pending application whose suggestions pass the test, with them. */
async function findApplication(page: Page, wanted: (rows: BerthSuggestionRow[]) => boolean) {
  for (const app of await pendingApplications(page, 400)) {
    const rows = await suggestionsFor(page, app.id);
    if (wanted(rows)) return { app, rows };
  }
  return null;
}

test('the suggestions show every column, berths that fit the boat before the shorter ones, and no pier for pier-less harbours', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');

  const mixed = await findApplication(page, (rows) => rows.some((r) => r.shorterThanBoat) && rows.some((r) => !r.shorterThanBoat) && rows.length <= 60);
  expect(mixed, 'some pending application has both fitting and shorter free berths').not.toBeNull();
  if (!mixed) return;
  // The core's answer: every fitting berth before every shorter one.
  const firstShorter = mixed.rows.findIndex((r) => r.shorterThanBoat);
  expect(mixed.rows.slice(firstShorter).every((r) => r.shorterThanBoat)).toBe(true);

  await openApplication(page, mixed.app.reference, mixed.app.id);
  await page.getByTestId('suggest-berths').click();
  const rows = page.getByTestId('suggestion-row');
  await expect(rows).toHaveCount(mixed.rows.length);
  // The screen keeps that order, and flags the shorter ones in words.
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-berth-id')))).toEqual(mixed.rows.map((r) => r.berthId));
  const shorterRow = rows.nth(firstShorter);
  await expect(shorterRow).toHaveAttribute('data-shorter', 'true');
  await expect(shorterRow).toContainText('Lyhyempi kuin vene');
  await expect(rows.first()).toHaveAttribute('data-shorter', 'false');
  await expect(rows.first()).not.toContainText('Lyhyempi kuin vene');
  await expect(page.getByTestId('suggestions').getByRole('columnheader', { name: 'Venettä lyhyemmät paikat' })).toBeVisible();

  for (const [lang, size] of [
    ['fi', { width: 1280, height: 720 }],
    ['sv', { width: 1280, height: 720 }],
    ['en', { width: 1280, height: 720 }],
    ['fi', { width: 1440, height: 900 }],
    ['sv', { width: 1920, height: 1080 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(rows.first()).toBeVisible();
    await expect.poll(() => clippedCells(page), { message: `${lang} at ${size.width}×${size.height}` }).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('language-switch').selectOption('fi');

  const pierless = await findApplication(page, (list) => list.some((r) => r.pier === '') && list.length <= 60);
  expect(pierless, 'some pending application has a free berth in a harbour without piers').not.toBeNull();
  if (!pierless) return;
  await openApplication(page, pierless.app.reference, pierless.app.id);
  await page.getByTestId('suggest-berths').click();
  const berthId = pierless.rows.find((r) => r.pier === '')!.berthId;
  const row = page.locator(`[data-testid="suggestion-row"][data-berth-id="${berthId}"]`);
  await expect(row.getByTestId('suggestion-pier')).toHaveText('');
  await expect(page.getByTestId('suggestions')).not.toContainText(/laituri\s*[-–]/i);
  await expect.poll(() => clippedCells(page)).toEqual([]);
});

test('an application moved to the next season has no suggestions yet, and the panel says why', async ({ page }) => {
  await signIn(page, await stack().openApp('eero'), 'eero');
  const found = await findApplication(page, (rows) => rows.length > 0);
  expect(found).not.toBeNull();
  if (!found) return;
  await openApplication(page, found.app.reference, found.app.id);
  // The way an application reaches the next season today: no suitable berth, then extended.
  await page.getByTestId('action-no-suitable').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'no_suitable_berths');
  await page.getByTestId('action-extend').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'pending');
  const { application } = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: found.app.id });
  const next = application.season;
  const current = offerSeason(helsinkiDate(new Date()));
  expect(next).toBeGreaterThan(current);
  await expect(page.getByTestId('application-detail')).toContainText(`Kausi ${next}`);
  await page.getByTestId('suggest-berths').click();
  const notice = page.getByTestId('suggestions-later-season');
  await expect(notice).toContainText(`Hakemus on kaudelle ${next}. Tarjouksia tehdään nyt kaudelle ${current}`);
  await expect(page.getByTestId('suggestion-row')).toHaveCount(0);
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(notice).toContainText(`Ansökan gäller säsongen ${next}`);
  await page.getByTestId('language-switch').selectOption('en');
  await expect(notice).toContainText(`The application is for the ${next} season`);
});
