import { expect, test, type Page } from '@playwright/test';
import type { ApplicationDetail, HarbourBerths } from '../../domain/contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, signIn } from '../support/app-page.ts';
import { applicationsIn, snapshot } from '../support/offer-states.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

/** The dialog's two buttons, by what they say. */
async function expectButtons(page: Page, confirm: string, cancel: string) {
  const dialog = page.getByTestId('action-dialog');
  await expect(dialog.getByTestId('action-confirm')).toHaveText(confirm);
  await expect(dialog.getByTestId('action-dialog-cancel')).toHaveText(cancel);
  await expect(dialog.getByRole('button', { name: 'Vahvista', exact: true })).toHaveCount(0);
}

test('accepting waits for payment and keeps the berth; declining is the customer’s and can go back to the queue', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const [accepting, declining, withdrawing] = await applicationsIn(page, 'offer_sent', 3);
  if (!accepting || !declining || !withdrawing) throw new Error('the seed has too few offers out');
  const detail = page.getByTestId('application-detail');

  // "Asiakas hyväksyi": the offer waits for payment, nothing is paid, the berth stays held.
  await openApplication(page, accepting.reference, accepting.id);
  await page.getByTestId('action-accepted').click();
  await expectButtons(page, 'Kirjaa hyväksyntä', 'Älä kirjaa');
  await expect(page.getByTestId('action-dialog')).toContainText('Paikka pysyy asiakkaalla, ja tarjous odottaa maksua.');
  await expectNoAxeViolations(page, 'accepted dialog');
  await snapshot(page, 'accept-dialog-fi-1280');
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('offer-lease-status')).toHaveAttribute('data-lease-status', 'awaiting_payment');
  await expect(page.getByTestId('offer-lease-status')).toHaveText('Hyväksytty, odottaa maksua');
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(detail).toHaveAttribute('data-status', 'awaiting_payment');
  await expect(detail.locator('.status-badge').first()).toContainText('Odottaa maksua');
  await expect(detail).not.toContainText('Maksettu');
  const accepted = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: accepting.id });
  const lease = accepted.offer?.lease;
  if (!lease) throw new Error('the accepted offer is gone');
  // The harbour's berth list counts the berth as held for the season: no one else can be offered it.
  let held: string | null = null;
  for (const choice of accepted.choices) {
    const list = await invoke<HarbourBerths>(page, 'berths.listBerths', { harbourId: choice.harbourId });
    held = list.berths.find((b) => b.id === lease.berthId)?.occupancy ?? held;
  }
  expect(held).toBe('leased');
  await snapshot(page, 'accepted-fi-1280');

  // "Asiakas kieltäytyi": a state named for what happened, then back in the queue on request.
  await openApplication(page, declining.reference, declining.id);
  await page.getByTestId('action-declined').click();
  await expectButtons(page, 'Kirjaa kieltäytyminen', 'Älä kirjaa');
  await page.getByTestId('action-confirm').click();
  await expect(detail).toHaveAttribute('data-status', 'declined_by_customer');
  await expect(detail.locator('.status-badge').first()).toContainText('Asiakas kieltäytyi');
  await expect(detail).not.toContainText('Hylätty');
  await page.getByTestId('action-return-to-queue').click();
  await expectButtons(page, 'Palauta jonoon', 'Älä palauta');
  await expect(page.getByTestId('action-dialog')).toContainText('saapumisaika ja etusija säilyvät');
  await expectNoAxeViolations(page, 'return-to-queue dialog');
  await snapshot(page, 'return-to-queue-dialog-fi-1280');
  await page.getByTestId('action-confirm').click();
  await expect(detail).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  const back = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: declining.id });
  expect(back.application).toMatchObject({ status: 'pending', receivedAt: declining.receivedAt, priority: declining.priority });
  expect(back.queuePosition).not.toBeNull();
  await expect(page.getByTestId('suggest-berths')).toBeVisible();

  // "Peru tarjous": both buttons say what they do; "Älä peru" leaves the offer as it was.
  await openApplication(page, withdrawing.reference, withdrawing.id);
  await page.getByTestId('action-withdraw').click();
  await expectButtons(page, 'Peru tarjous', 'Älä peru');
  await snapshot(page, 'withdraw-dialog-fi-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapshot(page, 'withdraw-dialog-fi-1920');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('action-dialog-cancel').click();
  await expect(page.getByTestId('action-dialog')).toHaveCount(0);
  await expect(detail).toHaveAttribute('data-status', 'offer_sent');
  await page.getByTestId('action-withdraw').click();
  await page.getByTestId('action-confirm').click();
  await expect(detail).toHaveAttribute('data-status', 'pending');

  // The same buttons in Swedish.
  await page.getByTestId('language-switch').selectOption('sv');
  await openApplication(page, accepting.reference, accepting.id);
  await expect(page.getByTestId('offer-lease-status')).toHaveText('Godkänt, väntar på betalning');
  await snapshot(page, 'accepted-sv-1280');
});
