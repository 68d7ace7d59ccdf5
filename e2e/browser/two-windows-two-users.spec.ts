import { expect, test, type Page } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { goOffline, invoke, openApplication, pendingApplications, signIn, waitForFirstDownload } from '../support/app-page.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

const AINO_ID = '6a1f3c52-7d41-4c0e-9b1a-000000000001';
const EERO_ID = '6a1f3c52-7d41-4c0e-9b1a-000000000002';

async function addNote(page: Page, text: string): Promise<void> {
  await page.getByTestId('note-text').fill(text);
  await page.getByTestId('add-note').click();
  await expect(page.getByTestId('note-text')).toHaveValue('');
}

/** What Aino's window sends when it adds a note: the note, and that it shows Aino. */
function noteAsAinosWindow(page: Page, applicationId: string, note: string) {
  return page.evaluate(
    ([id, text, userId]) =>
      (window as unknown as { kuva: { invoke: (m: string, i: unknown, c: unknown) => Promise<unknown> } }).kuva.invoke('berths.addNote', { applicationId: id, note: text }, { userId }),
    [applicationId, note, AINO_ID] as const,
  );
}

test('a window whose user was switched in another window locks, and nothing is saved under a name it does not show', async ({ context }) => {
  const url = await stack().openApp('desk');
  const first = await context.newPage();
  await signIn(first, url, 'aino');
  const [app] = await pendingApplications(first, 1);
  if (!app) throw new Error('no pending application');
  await openApplication(first, app.reference, app.id);

  // Aino writes a note while the network is down: it waits on this computer, under her name.
  await goOffline(first, stack().links.get('desk')!);
  await addNote(first, 'Aino: soitti, harkitsee vielä.');
  await expect(first.getByTestId('sync-status')).toHaveAttribute('data-pending', '1');

  // A second window on the same address shows the same session, and signs Aino out.
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.locator('.app-header__name')).toContainText('Aino Virtanen');
  await second.getByTestId('sign-out').click();
  await expect(second.getByTestId('sign-out-unsent')).toHaveAttribute('data-pending', '1');
  await expect(second.getByTestId('sign-out-unsent')).toContainText('Käyttäjällä Aino Virtanen on 1 lähettämätön muutos');
  await second.getByTestId('sign-out-confirm').click();
  await expect(second.getByTestId('login-username')).toBeVisible();

  // The first window locks at once, says why, and that Aino's unsent change is kept.
  const locked = first.getByTestId('window-locked');
  await expect(locked).toBeVisible();
  await expect(first.getByTestId('locked-reason')).toHaveText('Käyttäjä Aino Virtanen kirjattiin ulos toisessa ikkunassa.');
  await expect(first.getByTestId('locked-unsent')).toContainText('Käyttäjän Aino Virtanen 1 lähettämätön muutos on tallessa tällä koneella');
  await expect(first.getByTestId('note-text')).toHaveCount(0);

  // Eero signs in in the second window; the first one now names him.
  stack().links.get('desk')!.restore();
  await second.getByTestId('login-username').fill('eero');
  await second.getByTestId('login-password').fill('demo');
  await second.getByTestId('login-submit').click();
  await waitForFirstDownload(second);
  await expect(locked).toHaveAttribute('data-now', EERO_ID);
  await expect(first.getByTestId('locked-reason')).toContainText('Eero Lindqvist kirjautui sisään toisessa ikkunassa');

  // Whatever the first window still sends goes out as Aino's window, and is refused.
  const refused = await noteAsAinosWindow(first, app.id, 'Kirjoitettu Ainon ikkunassa.');
  expect(refused).toMatchObject({ ok: false, error: { code: 'session_changed', details: { user: { id: EERO_ID } } } });
  await expect(locked).toBeVisible();

  // Eero works in his window: his note is his.
  await openApplication(second, app.reference, app.id);
  await addNote(second, 'Eero: sovittu uusi soittoaika.');
  await expect(second.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect.poll(() => stack().notesAtCentral('Eero: sovittu uusi soittoaika.')).toEqual([{ actorId: EERO_ID, actorName: 'Eero Lindqvist' }]);

  // The locked window's way forward: carry on as the one signed in now.
  await first.getByTestId('locked-continue').click();
  await expect(first.locator('.app-header__name')).toContainText('Eero Lindqvist');
  await expect(first.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

  // Aino signs in again (after Eero signs out): her waiting note goes out under her name.
  await first.getByTestId('sign-out').click();
  await expect(first.getByTestId('sign-out-unsent')).toHaveAttribute('data-pending', '0');
  await first.getByTestId('sign-out-confirm').click();
  await expect(second.getByTestId('window-locked')).toBeVisible();
  await signIn(first, url, 'aino');
  await expect(first.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect.poll(() => stack().notesAtCentral('Aino: soitti, harkitsee vielä.')).toEqual([{ actorId: AINO_ID, actorName: 'Aino Virtanen' }]);
  expect(await stack().notesAtCentral('Kirjoitettu Ainon ikkunassa.')).toEqual([]);
  expect(await invoke(first, 'session.get', {})).toMatchObject({ user: { id: AINO_ID } });
});
