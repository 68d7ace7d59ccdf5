import { expect, test } from '@playwright/test';
import { addDays, helsinkiDate } from '../../domain/berths/seasons.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { offerableApplication, openApplication, prepareOffer, signIn } from '../support/app-page.ts';
import { snapshot } from '../support/offer-states.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

const finnish = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

test('an offer the dialog calls invalid cannot be sent: it says why while the handler types', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const target = await offerableApplication(page);
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berthId);

  const dialog = page.getByTestId('offer-dialog');
  const due = page.locator('#offer-due-date');
  const send = page.getByTestId('offer-confirm');
  const today = helsinkiDate(new Date());
  // It opens with two weeks from today, in the format Finnish shows days in.
  await expect(due).toHaveValue(finnish(addDays(today, 14)));
  await expect(send).toBeEnabled();
  await expect(dialog).toContainText(`välillä ${finnish(addDays(today, 7))}–`);

  // Today, typed key by key without leaving the field: refused at once, and the button says why.
  await due.fill('');
  await due.pressSequentially(finnish(today));
  await expect(due).toBeFocused();
  await expect(dialog).toContainText(`Eräpäivä on liian pian: asiakkaalla on oltava vähintään viikko aikaa. Aikaisin mahdollinen eräpäivä on ${finnish(addDays(today, 7))}.`);
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(send).toBeDisabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveText('Tarjousta ei voi vielä lähettää: korjaa ensin eräpäivä (katso kentän alla).');
  await snapshot(page, 'offer-due-too-soon-fi-1280');
  await expectNoAxeViolations(page, 'offer dialog, due date too soon');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapshot(page, 'offer-due-too-soon-fi-1920');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Far in the future: after the season starts.
  await due.fill('1.1.2099');
  await expect(dialog).toContainText('Eräpäivä on liian myöhään: viimeisin mahdollinen eräpäivä on 10.6.');
  await expect(send).toBeDisabled();

  // Another language's format is refused with the Finnish one named; ISO from a paste is read.
  await due.fill('15/01/2027');
  await expect(dialog).toContainText('Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 15.1.2027.');
  await expect(send).toBeDisabled();
  await due.fill(addDays(today, 10));
  await expect(due).toHaveAttribute('aria-invalid', 'false');
  await expect(send).toBeEnabled();
  await expect(page.getByTestId('dialog-blocked')).toHaveCount(0);

  // A valid day goes out and the central takes it; the detail shows it as typed in Finnish.
  const chosen = addDays(today, 9);
  await due.fill(finnish(chosen));
  await send.click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await expect(page.getByTestId('offer-status')).toContainText(finnish(chosen));
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');
});

test('the offer dialog at 1920×1080 and in Swedish', async ({ page }) => {
  await signIn(page, await stack().openApp('eero'), 'eero');
  await page.getByTestId('language-switch').selectOption('sv');
  const target = await offerableApplication(page);
  await openApplication(page, target.reference, target.id);
  await prepareOffer(page, target.berthId);
  const due = page.locator('#offer-due-date');
  await due.fill(finnish(helsinkiDate(new Date())));
  await expect(page.getByTestId('offer-dialog')).toContainText('Förfallodagen är för snart');
  await expect(page.getByTestId('offer-confirm')).toBeDisabled();
  await expect(page.getByTestId('offer-dialog-cancel')).toHaveText('Skicka inte');
  await snapshot(page, 'offer-due-too-soon-sv-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapshot(page, 'offer-due-too-soon-sv-1920');
});
