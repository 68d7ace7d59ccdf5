import { expect, type Page } from '@playwright/test';
import type { ApplicationRow, BerthSuggestionRow } from '../../domain/contract.ts';
import type { Link } from './link.ts';

/**
 * The first download (every application, berth and harbour of the role) is the slowest step of a
 * sign-in; on a machine busy with other work it takes well over the usual patience. A state to
 * wait for, with its own bound.
 */
export const FIRST_DOWNLOAD_MS = 90_000;

/** Steps a handler takes, written once for every browser test. */
export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstDownload(page);
}

/**
 * The first sync, with the whole download, has finished. The status row says online as soon as
 * the central answers, so that alone is not the download's end: a sync that finished is.
 */
export async function waitForFirstSync(page: Page): Promise<void> {
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-synced', 'true', { timeout: FIRST_DOWNLOAD_MS });
  await expect(status).toHaveAttribute('data-connection', 'online', { timeout: FIRST_DOWNLOAD_MS });
}

/** The first sync (with the whole download) has finished, and the grid shows rows. */
export async function waitForFirstDownload(page: Page): Promise<void> {
  await waitForFirstSync(page);
  await page.waitForFunction(() => document.body.dataset.applicationsReady === 'true', undefined, { timeout: FIRST_DOWNLOAD_MS });
}

/** What a window's call carries: the user it shows (here: whoever the page is signed in as). */
type PageKuva = { invoke: (m: string, i: unknown, caller?: { userId: string | null }) => Promise<unknown> };

/** Ask the app itself (through window.kuva), as the window would — used only to pick test data, never to act. */
export async function invoke<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(async ([m, i]) => {
    const kuva = (window as unknown as { kuva: PageKuva }).kuva;
    const session = (await kuva.invoke('session.get', {})) as { ok: boolean; value?: { user: { id: string } | null } };
    return kuva.invoke(m as string, i, { userId: session.value?.user?.id ?? null });
  }, [method, input] as const);
  const r = result as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${method}: ${r.error?.message}`);
  return r.value as T;
}

export async function pendingApplications(page: Page, limit = 50): Promise<ApplicationRow[]> {
  const { rows } = await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', {
    filter: { statuses: ['pending'], kind: 'new' },
    limit,
  });
  return rows;
}

export async function suggestionsFor(page: Page, applicationId: string): Promise<BerthSuggestionRow[]> {
  return invoke<BerthSuggestionRow[]>(page, 'berths.suggestBerths', { applicationId });
}

/** A pending application with a free berth to offer it, picked through the app itself. */
export async function offerableApplication(page: Page): Promise<{ id: string; reference: string; berthId: string }> {
  for (const candidate of await pendingApplications(page, 50)) {
    const [first] = await suggestionsFor(page, candidate.id);
    if (first) return { id: candidate.id, reference: candidate.reference, berthId: first.berthId };
  }
  throw new Error('no pending application with a free berth');
}

/** Find an application by its reference with the search box and open it from the grid. */
export async function openApplication(page: Page, reference: string, id: string): Promise<void> {
  await page.getByTestId('filter-text').fill(reference);
  await expect(page.getByTestId('applications-count')).toHaveAttribute('data-total', '1');
  const row = page.locator(`[data-testid="applications-grid"] .ag-row[row-id="${id}"]`).first();
  await expect(row).toBeVisible();
  await row.click();
  const detail = page.getByTestId('application-detail');
  await expect(detail).toHaveAttribute('data-application-id', id);
  // The panel opens before its data arrives; callers read its sections, so wait for them.
  await expect(detail.getByRole('heading', { level: 2, name: reference })).toBeVisible();
}

/** Open the suggestions and the offer dialog for one berth; stops before confirming. */
export async function prepareOffer(page: Page, berthId: string): Promise<void> {
  await page.getByTestId('suggest-berths').click();
  const row = page.locator(`[data-testid="suggestion-row"][data-berth-id="${berthId}"]`);
  await expect(row).toBeVisible();
  await row.getByTestId('offer-berth').click();
  await expect(page.getByTestId('offer-dialog')).toBeVisible();
  const ack = page.getByTestId('offer-shorter-ack');
  if (await ack.count()) await ack.check();
}

/** Two pending applications whose suggestions share a free berth (for a race, or a refusal). */
export async function contestedBerth(page: Page): Promise<{ berthId: string; a: { id: string; reference: string }; b: { id: string; reference: string } }> {
  const firstSeen = new Map<string, { id: string; reference: string }>();
  for (const app of await pendingApplications(page, 200)) {
    for (const s of await suggestionsFor(page, app.id)) {
      const other = firstSeen.get(s.berthId);
      if (other && other.id !== app.id) return { berthId: s.berthId, a: other, b: { id: app.id, reference: app.reference } };
      if (!other) firstSeen.set(s.berthId, { id: app.id, reference: app.reference });
    }
  }
  throw new Error('no two pending applications share a free berth');
}

/**
 * Cut an installation's network and wait until its window says it is offline: the offline banner
 * moves the page down, and a click aimed before that could land on something else.
 */
export async function goOffline(page: Page, link: Link): Promise<void> {
  link.cut();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
}

/** Restore the network and wait until the window is online again (and its banner gone). */
export async function goOnline(page: Page, link: Link): Promise<void> {
  link.restore();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
}
