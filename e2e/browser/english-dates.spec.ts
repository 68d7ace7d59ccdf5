import { expect, test } from '@playwright/test';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { offerableApplication, openApplication, prepareOffer, signIn } from '../support/app-page.ts';
import { applicationsIn, snapshot } from '../support/offer-states.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

const british = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

test('English shows and takes days in one format, dd/mm/yyyy', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // An offer already out shows its due date as dd/mm/yyyy.
  const [out] = await applicationsIn(page, 'offer_sent', 1);
  if (!out) throw new Error('the seed has no offer out');
  await openApplication(page, out.reference, out.id);
  await expect(page.getByTestId('offer-status')).toContainText(/Due date\s*\d{2}\/\d{2}\/\d{4}/);

  // The offer dialog starts in that format, refuses the Finnish one and takes the English one.
  const target = await offerableApplication(page);
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berthId);
  const due = page.locator('#offer-due-date');
  const send = page.getByTestId('offer-confirm');
  const today = helsinkiDate(new Date());
  await expect(due).toHaveValue(british(addDays(today, 14)));
  await expect(page.getByTestId('offer-dialog')).toContainText(`As dd/mm/yyyy, from ${british(addDays(today, 7))} to `);
  await expect(page.getByTestId('offer-dialog-cancel')).toHaveText('Do not send');
  const chosen = addDays(today, 20);
  const finnish = `${Number(chosen.slice(8, 10))}.${Number(chosen.slice(5, 7))}.${chosen.slice(0, 4)}`;
  await due.fill(finnish);
  await expect(page.getByTestId('offer-dialog')).toContainText('Enter the date as dd/mm/yyyy, for example 15/01/2027.');
  await expect(send).toBeDisabled();
  await due.fill(british(today));
  await expect(page.getByTestId('offer-dialog')).toContainText(`The due date is too soon: the customer must have at least a week. The earliest possible due date is ${british(addDays(today, 7))}.`);
  await expect(send).toBeDisabled();
  await snapshot(page, 'offer-due-too-soon-en-1280');
  await due.fill(british(chosen));
  await expect(send).toBeEnabled();
  await send.click();

  // What was typed is what the detail shows.
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await expect(page.getByTestId('offer-status')).toContainText(british(chosen));
  await snapshot(page, 'offered-en-1280');
});
