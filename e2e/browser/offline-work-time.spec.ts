import { expect, test } from '@playwright/test';
import type { ApplicationDetail } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, offerableApplication, openApplication, prepareOffer, signIn } from '../support/app-page.ts';

/**
 * Eero makes an offer while his installation has no link to the central; it reaches the central
 * later. The history shows when he acted, and beside it when the central recorded it. His
 * machine's clock is set to the moment he acted (no waiting): the central's clock runs on.
 */
const stack = stackPerFile();

const helsinki = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('fi-FI', { ...options, timeZone: 'Europe/Helsinki' }).format(new Date(iso));

test('an offer made offline shows the time it was made, with the time the central recorded it beside it', async ({ page }) => {
  let clock: Date | null = null;
  await signIn(page, await stack().openApp('eero', { now: () => clock ?? new Date() }), 'eero');
  const target = await offerableApplication(page);

  // The link to the central is cut: eero works on his own machine.
  stack().links.get('eero')!.cut();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'offline');

  // He acts twelve minutes before the central will hear of it.
  const actedAt = new Date(Date.now() - 12 * 60_000);
  clock = actedAt;
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berthId);
  await page.getByTestId('offer-confirm').click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'pending');
  const offerEvent = page.locator('#history-title ~ ol > li').filter({ hasText: 'Paikkaa tarjottu' });
  await expect(offerEvent).toHaveCount(1);
  await expect(offerEvent.getByTestId('history-at')).toHaveText(helsinki(actedAt.toISOString(), { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }));
  await expect(offerEvent).toContainText('(ei vielä keskuspalvelussa)');

  // The link comes back; the central records the offer at its own time.
  clock = null;
  stack().links.get('eero')!.restore();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await expect(offerEvent.getByTestId('history-recorded')).toBeVisible();

  const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: target.id });
  const event = detail.history.find((e) => e.kind === 'offer_made');
  expect(event).toBeDefined();
  expect(Date.parse(event!.at)).toBe(actedAt.getTime());
  expect(Date.parse(event!.recordedAt!) - actedAt.getTime()).toBeGreaterThanOrEqual(12 * 60_000);
  await expect(offerEvent.getByTestId('history-at')).toHaveText(helsinki(event!.at, { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }));
  const sameDay = helsinki(event!.at, { dateStyle: 'short' }) === helsinki(event!.recordedAt!, { dateStyle: 'short' });
  const recorded = sameDay ? helsinki(event!.recordedAt!, { hour: '2-digit', minute: '2-digit' }) : helsinki(event!.recordedAt!, { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  await expect(offerEvent.getByTestId('history-recorded')).toHaveText(`(kirjattu keskuspalveluun ${recorded})`);
});
