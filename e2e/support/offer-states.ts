import type { Page } from '@playwright/test';

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
