import type { Page } from '@playwright/test';
import type { ApplicationStatus } from '../../domain/berths/entities.ts';
import type { ApplicationRow } from '../../domain/contract.ts';
import { invoke } from './app-page.ts';

/**
 * Records every state the offer indicator passes through, so a test can prove it showed
 * "pending" before "applied" however short the pending moment was.
 */
export async function recordOfferStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __offerStates: string[] }).__offerStates = seen;
    const record = () => {
      const state = document.querySelector('[data-testid="offer-status"]')?.getAttribute('data-state');
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    record();
  });
  return () => page.evaluate(() => [...(window as unknown as { __offerStates: string[] }).__offerStates]);
}

/** Applications in one status, in queue order, picked through the app itself (never to act). */
export async function applicationsIn(page: Page, status: ApplicationStatus, limit = 20): Promise<ApplicationRow[]> {
  const { rows } = await invoke<{ rows: ApplicationRow[] }>(page, 'berths.listApplications', { filter: { statuses: [status] }, limit });
  return rows;
}

/** Where to save a screenshot that a person looks at after the run (not compared by any test). */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/kuva-e2e-${name}.png` });
}
