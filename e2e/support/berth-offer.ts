import { expect, type Page } from '@playwright/test';
import type { ApplicationDetail, BerthSuggestionRow } from '../../domain/contract.ts';
import { invoke, openApplication, pendingApplications, prepareOffer, signIn, suggestionsFor } from './app-page.ts';

export type PrivateCase = { id: string; reference: string; berth: BerthSuggestionRow };

/**
 * A private customer's pending application and a free berth for it, a 290 € one (2.00-2.75 m,
 * tier 1) when the queue has one. Picked through the app itself, never by acting.
 */
export async function privateCase(page: Page): Promise<PrivateCase> {
  let fallback: PrivateCase | null = null;
  for (const app of await pendingApplications(page, 80)) {
    const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: app.id });
    if (detail.customerKind !== 'private') continue;
    const priced = (await suggestionsFor(page, app.id)).filter((s) => s.priceCents !== null && !s.shorterThanBoat);
    const best = priced.find((s) => s.priceCents === 29000);
    if (best) return { id: app.id, reference: app.reference, berth: best };
    if (!fallback && priced[0]) fallback = { id: app.id, reference: app.reference, berth: priced[0] };
  }
  if (!fallback) throw new Error('no private customer’s application with a free priced berth');
  return fallback;
}

/** A handler signs in and offers the case's berth through the screens; the central confirms it. */
export async function offerAs(page: Page, url: string, user: string): Promise<PrivateCase> {
  await signIn(page, url, user);
  const target = await privateCase(page);
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berth.berthId);
  await page.getByTestId('offer-confirm').click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  return target;
}
