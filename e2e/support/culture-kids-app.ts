import { expect, type Page } from '@playwright/test';
import type { CaughtMessage } from '../../domain/contract.ts';
import type { ChildPage, CohortOption, CohortProgram } from '../../domain/culture-kids/contract.ts';
import { invoke, waitForFirstSync } from './app-page.ts';

/** Steps and look-ups of the Culture Kids workspace, written once for its browser tests. */

export type CkView = 'ckRegistry' | 'ckProgram' | 'ckCheckIn' | 'ckMessages' | 'ckReports';

/** Signs a Culture Kids user in and waits until the first download has finished. */
export async function signInCultureKids(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstSync(page);
  await expect(page.getByTestId('nav-ckRegistry')).toBeVisible();
}

export async function showCkView(page: Page, view: CkView): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page');
}

/** Opens the registry and gives the session's purpose when asked (once a session). */
export async function openRegistry(page: Page, purpose = 'family_request'): Promise<void> {
  // The registry is the landing view: it may be open already, asking for the purpose.
  if ((await page.getByTestId('nav-ckRegistry').getAttribute('aria-current')) !== 'page') await showCkView(page, 'ckRegistry');
  await expect(page.getByTestId('ck-purpose-dialog').or(page.getByTestId('ck-children-grid'))).toBeVisible();
  const dialog = page.getByTestId('ck-purpose-dialog');
  if (await dialog.isVisible()) {
    await page.getByTestId('ck-purpose').selectOption(purpose);
    await page.getByTestId('ck-purpose-confirm').click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId('ck-children-grid')).toHaveAttribute('data-state', 'ready');
}

/** A Helsinki day and clock as the Finnish occurrence fields take them, some minutes from now. */
export function helsinkiFields(minutesFromNow: number): { day: string; clock: string } {
  const at = new Date(Date.now() + minutesFromNow * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { day: `${Number(parts.day)}.${Number(parts.month)}.${parts.year}`, clock: `${Number(parts.hour)}.${parts.minute}` };
}

/**
 * Adds an occurrence with no seats (capacity override 0) to an event through the program screen,
 * days from now, and waits until the central has it. Answers the new occurrence's id.
 */
export async function addFullOccurrence(page: Page, cohortId: string, eventId: string, venueId: string, daysFromNow: number): Promise<string> {
  const before = new Set(occurrenceIds(await program(page, cohortId), eventId));
  await showCkView(page, 'ckProgram');
  const event = page.locator(`[data-testid="ck-event"][data-event-id="${eventId}"]`);
  const start = helsinkiFields(daysFromNow * 24 * 60);
  await event.getByTestId('ck-new-occurrence').click();
  await page.getByTestId('ck-occurrence-day').fill(start.day);
  await page.getByTestId('ck-occurrence-clock').fill(start.clock);
  await page.getByTestId('ck-occurrence-venue').selectOption(venueId);
  await page.getByTestId('ck-occurrence-capacity').fill('0');
  await page.getByTestId('ck-occurrence-save').click();
  await expect(event.getByTestId('ck-occurrence-row')).toHaveCount(before.size + 1);
  await expect(event.getByTestId('ck-pending')).toHaveCount(0, { timeout: 60_000 });
  const added = occurrenceIds(await program(page, cohortId), eventId).find((id) => !before.has(id));
  if (!added) throw new Error('The new occurrence is not in the program.');
  return added;
}

function occurrenceIds(p: CohortProgram, eventId: string): string[] {
  return p.events.find((e) => e.event.id === eventId)?.occurrences.map((o) => o.occurrence.id) ?? [];
}

// Look-ups through the app itself (window.kuva), to pick test data; every action goes through the screen.

export async function cohorts(page: Page): Promise<CohortOption[]> {
  return invoke<CohortOption[]>(page, 'cultureKids.listCohorts', {});
}

export async function newestCohort(page: Page): Promise<CohortOption> {
  const [cohort] = (await cohorts(page)).sort((a, b) => b.year - a.year);
  if (!cohort) throw new Error('The user sees no cohort.');
  return cohort;
}

export async function program(page: Page, cohortId: string): Promise<CohortProgram> {
  return invoke<CohortProgram>(page, 'cultureKids.program', { cohortId });
}

export async function children(page: Page, cohortId: string, limit = 20): Promise<ChildPage> {
  return invoke<ChildPage>(page, 'cultureKids.searchChildren', { filter: { cohortIds: [cohortId] }, limit, purpose: 'statistics' });
}

/** Opens a child's page from the grid by its id (the row must be loaded: search by name first). */
export async function openChild(page: Page, id: string, name: string): Promise<void> {
  await page.getByTestId('ck-registry-search').fill(name);
  const row = page.getByTestId('ck-children-grid').locator(`.ag-row[row-id="${id}"]`);
  // The grid answers the search after a pause and draws its rows anew: a click on a row drawn
  // before that can land on one that is being replaced (seen on a loaded machine). Click again
  // until the child's page is open.
  await expect(async () => {
    await row.click();
    await expect(page.getByTestId('ck-child-detail')).toHaveAttribute('data-child-id', id, { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * The demo catcher's messages, read by a berth case reader (the catcher shows the messages that are
 * no booking's to them): the Culture Kids roles hold no right to the catcher.
 */
export async function caught(readerPage: Page): Promise<CaughtMessage[]> {
  return invoke<CaughtMessage[]>(readerPage, 'notifications.caught', {});
}

/** A ticket's text as the enrolment confirmation carries it (domain/culture-kids/check-in.ts: CK1.<payload>.<signature>). */
export function ticketIn(text: string): string | null {
  return /CK1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(text)?.[0] ?? null;
}
