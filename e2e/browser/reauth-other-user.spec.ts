import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, signIn } from '../support/app-page.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

const EERO_ID = '6a1f3c52-7d41-4c0e-9b1a-000000000002';
const NOTES = ['Eero 1: soitettu.', 'Eero 2: ei vastannut.', 'Eero 3: lähetetty viesti.', 'Eero 4: odottaa vastausta.'];

test('signing in again is for the same user; switching user first says whose work is unsent, which goes out under their name', async ({ page }) => {
  const url = await stack().openApp('desk');
  await signIn(page, url, 'eero');
  const [app] = await pendingApplications(page, 1);
  if (!app) throw new Error('no pending application');

  // The central ends Eero's session, and the next sync meets it. The banner that says so comes
  // first: it moves the page down, and a click on its way would land where a button was.
  await stack().endSessionsOf('eero');
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('auth-expired')).toBeVisible();
  // He goes on working: four changes wait on this computer.
  await openApplication(page, app.reference, app.id);
  for (const note of NOTES) {
    await page.getByTestId('note-text').fill(note);
    await page.getByTestId('add-note').click();
    await expect(page.getByTestId('note-text')).toHaveValue('');
  }
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('auth-expired')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '4');

  // The sign-in-again dialog is for Eero only: his user name is fixed.
  await page.getByTestId('reauth-open').click();
  const dialog = page.getByTestId('reauth-dialog');
  await expect(dialog).toContainText('Kirjaudu uudelleen käyttäjänä Eero Lindqvist');
  await expect(dialog.getByTestId('login-username')).toHaveValue('eero');
  await expect(dialog.getByTestId('login-username')).toHaveAttribute('readonly', '');

  // Whatever the window sends for another user is refused, and nothing changes.
  const other = await page.evaluate(
    (userId) =>
      (window as unknown as { kuva: { invoke: (m: string, i: unknown, c: unknown) => Promise<unknown> } }).kuva.invoke(
        'session.login',
        { username: 'aino', password: 'demo' },
        { userId },
      ),
    EERO_ID,
  );
  expect(other).toMatchObject({ ok: false, error: { code: 'reauth_other_user' } });
  await expect(page.locator('.app-header__name')).toContainText('Eero Lindqvist');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '4');

  // Switching user is the sign-out, and it first says what is unsent and whose it is.
  await dialog.getByTestId('reauth-switch').click();
  const unsent = page.getByTestId('sign-out-unsent');
  await expect(unsent).toHaveAttribute('data-pending', '4');
  await expect(unsent).toHaveText(
    'Käyttäjällä Eero Lindqvist on 4 lähettämätöntä muutosta. Ne jäävät tälle koneelle ja lähtevät keskuspalveluun, kun Eero Lindqvist kirjautuu uudelleen. Käyttäjän tiedot säilyvät tällä koneella siihen asti.',
  );
  await page.getByTestId('sign-out-confirm').click();

  // Aino works on the same computer: Eero's changes do not go out under her name.
  await signIn(page, url, 'aino');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-phase', 'idle');
  for (const note of NOTES) expect(await stack().notesAtCentral(note)).toEqual([]);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-out-unsent')).toHaveAttribute('data-pending', '0');
  await page.getByTestId('sign-out-confirm').click();

  // Eero signs in again: his four changes go out, as his.
  await signIn(page, url, 'eero');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  for (const note of NOTES) {
    await expect.poll(() => stack().notesAtCentral(note)).toEqual([{ actorId: EERO_ID, actorName: 'Eero Lindqvist' }]);
  }
});
