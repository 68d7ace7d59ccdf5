import { expect, type Page } from '@playwright/test';
import type { ApplicationRow, BerthSuggestionRow } from '../../domain/contract.ts';

/** Steps a handler takes, written once for every browser test. */
export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  await page.waitForFunction(() => document.body.dataset.applicationsReady === 'true', undefined, { timeout: 60_000 });
}

/** Ask the app itself (through window.kuva) — used only to pick test data, never to act. */
export async function invoke<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, i]) => (window as unknown as { kuva: { invoke: (m: string, i: unknown) => Promise<unknown> } }).kuva.invoke(m as string, i),
    [method, input] as const,
  );
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
  const row = page.locator(`[data-testid="applications-grid"] .ag-row[row-id="${id}"]`).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-application-id', id);
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
