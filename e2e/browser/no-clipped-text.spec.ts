import { expect, test, type Page } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { textLines } from '../support/text-lines.ts';
import { signIn } from '../support/app-page.ts';
import { signInAssist } from '../support/assist-app.ts';
import { helsinkiDateOf, helsinkiDay, reservations, showBookingView, signInBookings } from '../support/bookings-app.ts';
import { children, cohorts, openRegistry, showCkView, signInCultureKids } from '../support/culture-kids-app.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

/** Text a handler must read: grid cells and headers, badges, navigation items, headings. */
const TEXT = [
  '.ag-cell-value',
  '.ag-cell .due-date > span',
  '.ag-header-cell-text',
  '.ag-header-group-text',
  '.status-badge > span:first-child',
  '.overdue-badge',
  '.side-nav__item',
  '.workspace__title',
  '.free-count',
].join(', ');

/** Every visible text element whose content is wider than its box (cut off or ellipsed). */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility() || (el.textContent ?? '').trim() === '') continue;
      const where = () => el.closest('[col-id]')?.getAttribute('col-id') ?? el.className;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${where()}: "${el.textContent?.trim()}" (${el.scrollWidth} > ${el.clientWidth})`);
      // A cell that wraps its text must have room for every line it wraps to.
      const cell = el.closest<HTMLElement>('.ag-cell.cell--wrap');
      if (cell) {
        const lines = document.createRange();
        lines.selectNodeContents(el);
        const high = lines.getBoundingClientRect().height;
        if (high > cell.clientHeight + 1) out.push(`${where()}: "${el.textContent?.trim()}" (${Math.round(high)} px high > ${cell.clientHeight})`);
      }
    }
    return [...new Set(out)];
  }, TEXT);
}

async function look(page: Page, name: string) {
  await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' });
  expect(await clipped(page), name).toEqual([]);
}

/** How the window stands: how far the document scrolls, how wide the navigation is, what the main area hides. */
function layout(page: Page) {
  return page.evaluate(() => {
    const doc = document.scrollingElement!;
    const main = document.querySelector('main')!;
    return {
      windowScrolls: doc.scrollHeight > window.innerHeight + 1 || doc.scrollTop > 0,
      navWidth: Math.round(document.querySelector('.side-nav')!.getBoundingClientRect().width),
      mainHides: main.scrollHeight - main.clientHeight,
    };
  });
}

test('no text of a cell, badge, header or navigation item is cut on the four berth screens in fi, sv and en at 1280×720', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const grid = page.getByTestId('applications-grid');
  // Offers and "no suitable berth" rows carry the longest badges: show them among the first rows.
  await page.getByTestId('filter-status').selectOption('no_suitable_berths');
  await expect(grid.locator('.ag-row[row-id]').first()).toBeVisible();
  const firstNoSuitable = await grid.locator('.ag-row[row-id]').first().getAttribute('row-id');
  await page.getByTestId('filter-status').selectOption('open');
  await page.getByTestId('filter-overdue').check();
  await expect(grid.locator('.ag-row[row-id]').first()).toBeVisible();
  const firstOverdue = await grid.locator('.ag-row[row-id]').first().getAttribute('row-id');
  await page.getByTestId('filter-overdue').uncheck();
  await page.getByTestId('filter-status').selectOption('');

  for (const lang of ['fi', 'sv', 'en']) {
    await page.getByTestId('nav-applications').click();
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(grid.locator('.ag-row[row-id]').first()).toBeVisible();
    await look(page, `${lang} applications`);

    await page.getByTestId('filter-status').selectOption('no_suitable_berths');
    await expect(grid.locator(`.ag-row[row-id="${firstNoSuitable}"]`).first()).toBeVisible();
    await look(page, `${lang} applications without a suitable berth`);
    await page.getByTestId('filter-status').selectOption('open');
    await page.getByTestId('filter-overdue').check();
    await expect(grid.locator(`.ag-row[row-id="${firstOverdue}"]`).first()).toBeVisible();
    await look(page, `${lang} overdue offers`);
    // The detail open beside the grid, on an overdue offer.
    await grid.locator(`.ag-row[row-id="${firstOverdue}"]`).first().click();
    await expect(page.getByTestId('application-detail')).toHaveAttribute('data-application-id', firstOverdue!);
    await expect(page.getByTestId('offer-status')).toBeVisible();
    await look(page, `${lang} application detail`);
    await page.getByTestId('detail-close').click();
    await page.getByTestId('filter-overdue').uncheck();
    await page.getByTestId('filter-status').selectOption('');

    await page.getByTestId('nav-harbours').click();
    await expect(page.getByTestId('harbours-grid')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('[data-testid="harbours-grid"] .ag-row[row-id]').first()).toBeVisible();
    await look(page, `${lang} harbours`);

    await page.getByTestId('nav-winterStorage').click();
    await expect(page.getByTestId('winter-grid')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('[data-testid="winter-grid"] .ag-row[row-id]').first()).toBeVisible();
    await look(page, `${lang} winter storage`);
  }
});

test('no text of the reservations grid is cut in fi, sv and en at 1280×720: times over two days, long reservees and place names wrap, the id shows the block the search finds', async ({ page }) => {
  await signInBookings(page, await stack().openApp('paula'), 'paula');
  // A booking over two days and the longest reservee from today on: the texts that ran past their columns.
  const upcoming = await reservations(page, { from: helsinkiDay() }, 500);
  const overDays = upcoming.find((r) => helsinkiDateOf(r.beginsAt) !== helsinkiDateOf(r.endsAt));
  const longest = upcoming.toSorted((a, b) => b.reserveeName.length - a.reserveeName.length)[0];
  expect(overDays, 'a booking over two days from today on').toBeDefined();
  expect(longest!.reserveeName.length).toBeGreaterThan(35);
  const grid = page.getByTestId('reservations-grid');
  const search = page.locator('#bk-filter-text');

  for (const lang of ['fi', 'sv', 'en']) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await showBookingView(page, 'bookingQueue');
    await expect(page.locator('.ag-row[row-id]').first()).toBeVisible();
    await look(page, `${lang} booking requests`);
    await showBookingView(page, 'bookingList');
    await expect(grid.locator('.ag-row[row-id]').first()).toBeVisible();
    await look(page, `${lang} all reservations`);
    if (lang !== 'fi') continue;
    // Finnish writes the longest times. The id column shows the id's first block, and the search
    // finds the booking by it.
    for (const row of [longest!, overDays!]) {
      const shortId = row.id.slice(0, 8);
      await search.fill(shortId);
      await expect(grid.locator(`.ag-row[row-id="${row.id}"]`).first()).toBeVisible();
      await expect(grid.locator(`.ag-row[row-id="${row.id}"] [col-id="id"]`)).toHaveText(shortId);
      await look(page, `${lang} reservation ${row.reserveeName}`);
    }
    // The time over two days breaks after its dash, each end whole on its line.
    expect(await textLines(grid.locator(`.ag-row[row-id="${overDays!.id}"] .ag-cell[col-id="beginsAt"]`))).toBe(2);
    await search.fill('');
  }
});

/** The registry's grid in three languages, with its longest area name and its longest guardians shown in Finnish. */
async function registryWhole(page: Page) {
  const registry = (await Promise.all((await cohorts(page)).map(async (c) => (await children(page, c.id, 1000)).rows))).flat();
  const longestArea = registry.toSorted((a, b) => (b.postalArea ?? '').length - (a.postalArea ?? '').length)[0]!;
  const mostGuardians = registry.toSorted((a, b) => b.guardianNames.join(', ').length - a.guardianNames.join(', ').length)[0]!;
  expect(longestArea.postalArea!.length).toBeGreaterThan(25);
  const grid = page.getByTestId('ck-children-grid');
  for (const child of [longestArea, mostGuardians]) {
    await page.getByTestId('ck-registry-search').fill(`${child.firstName} ${child.lastName}`);
    await expect(grid.locator(`.ag-row[row-id="${child.id}"]`)).toBeVisible();
    await look(page, `registry: ${child.postalArea}, ${child.guardianNames.join(', ')}`);
  }
  await page.getByTestId('ck-registry-search').fill('');
  for (const lang of ['sv', 'en', 'fi']) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(grid.locator('.ag-row[row-id]').first()).toBeVisible();
    await look(page, `${lang} registry`);
  }
}

/** The header's buttons whose label runs over more than one line (a word broken to fit). */
async function wrappedHeaderButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.app-header__tools > button')]
      .filter((button) => {
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) return true;
        }
        return false;
      })
      .map((button) => button.textContent?.trim() ?? ''),
  );
}

test('the header keeps its buttons whole for a user of many roles, the Culture Kids registry cuts no text in fi, sv and en, a workspace\'s navigation group has its heading, and the window stays still under the Culture Kids programme, at 1280×720', async ({ page, context }) => {
  // Lotta holds four Culture Kids roles: their names give way, the buttons keep their words.
  await signInCultureKids(page, await stack().openApp('lotta'), 'lotta');
  await expect(page.locator('.app-header__roles')).toHaveAttribute('title', /, .*, .*, /);
  expect(await wrappedHeaderButtons(page)).toEqual([]);
  await expect(page.locator('.side-nav__group')).toHaveCSS('text-transform', 'uppercase');
  await look(page, 'culture kids header');
  // In Swedish the roles' names are longer still: the product's and the division's names keep a
  // line each (they broke as "KuVa / Desk" and "Kultur- och / fritidssektorn").
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(page.locator('.brand__division')).toHaveText('Kultur- och fritidssektorn');
  expect({ name: await textLines(page.locator('.brand__name')), division: await textLines(page.locator('.brand__division')) }).toEqual({ name: 1, division: 1 });
  expect(await wrappedHeaderButtons(page)).toEqual([]);
  await page.getByTestId('language-switch').selectOption('fi');
  // The programme's tables carry visually hidden captions far below the fold: they scroll with
  // the programme, and the window stays where it is.
  await openRegistry(page);
  await registryWhole(page);
  await showCkView(page, 'ckProgram');
  await expect(page.locator('.ck-table caption').nth(3)).toBeAttached();
  expect((await layout(page)).windowScrolls).toBe(false);
  // A cohort is named for its sponsors, a list too long for any chooser (it was cut off): the
  // chooser shows the year, and the sponsors read whole under it.
  const newest = (await cohorts(page)).toSorted((a, b) => b.year - a.year)[0]!;
  expect(newest.name.fi.length).toBeGreaterThan(100);
  await expect(page.locator('.ck-cohort select option:checked')).toHaveText(String(newest.year));
  await expect(page.getByTestId('ck-sponsors')).toHaveText(`Kummit: ${newest.name.fi}`);

  // The help desk's group heading is styled though no bookings or Culture Kids screen has loaded.
  const desk = await context.newPage();
  await signInAssist(desk, await stack().openApp('hilkka'), 'hilkka');
  await expect(desk.locator('.side-nav__group')).toHaveCSS('text-transform', 'uppercase');
  // Her group opens the navigation: no rule and gap above it, as if something came before.
  await expect(desk.locator('.side-nav li').first()).toHaveCSS('border-top-style', 'none');
  await expect(desk.locator('.side-nav li').first()).toHaveCSS('margin-top', '0px');
  expect(await wrappedHeaderButtons(desk)).toEqual([]);
});

test('at 1280×720 a user of two workspaces reaches every entry and every screen whole: the window never scrolls, the navigation keeps its width, a screen taller than the window scrolls', async ({ page }) => {
  // Maria handles berths and bookings: fourteen entries, more than 720 px hold.
  await signIn(page, await stack().openApp('maria'), 'maria');
  // Each workspace has its heading, and the conflict inbox, which serves both, is set apart from the last one.
  await expect(page.locator('.side-nav__group')).toHaveText(['Venepaikat', 'Tilavaraukset']);
  await expect(page.locator('.side-nav li.side-nav__group-start').last()).toContainText('Ristiriidat');
  for (const lang of ['fi', 'sv', 'en']) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const entries = await page.locator('.side-nav__item').evaluateAll((items) => items.map((item) => item.dataset.testid!));
    expect(entries.length).toBeGreaterThan(12);
    const widths = new Set<number>();
    for (const entry of entries) {
      // The last entries lie below the fold: the navigation scrolls them into view, not the window.
      await page.getByTestId(entry).click();
      await expect(page.getByTestId(entry)).toHaveAttribute('aria-current', 'page');
      const now = await layout(page);
      expect(now.windowScrolls, `${lang} ${entry}`).toBe(false);
      widths.add(now.navWidth);
    }
    // Bold is wider: the current entry must not widen the navigation and shift the page.
    expect([...widths], lang).toHaveLength(1);
  }

  // The allocation proposal's send panel lies under its grid, taller together than 1280×720 holds.
  await page.getByTestId('nav-allocation').click();
  const due = page.getByTestId('allocation-due-date');
  await expect(due).toBeVisible();
  await expect(page.locator('.grid-wrap .ag-row[row-id]').first()).toBeVisible();
  expect((await layout(page)).mainHides).toBeLessThanOrEqual(1);
  // Its date hint is reached with the mouse wheel over the screen's heading (the grid's rows take
  // a wheel over the grid), as a handler would scroll to it.
  const hint = page.locator('#allocation-due-date-helper');
  await expect(hint).toHaveText(/dd\/mm\/yyyy/);
  await page.locator('.workspace__title').hover();
  await page.mouse.wheel(0, 600);
  await expect(hint).toBeInViewport();
  await look(page, 'allocation proposal, scrolled to its send panel');
});
