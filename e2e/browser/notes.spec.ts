import { expect, test } from '@playwright/test';
import { LONG_TEXT_MAX } from '../../domain/text.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { openApplication, pendingApplications, signIn } from '../support/app-page.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('a note counts its characters, refuses politely at the limit, wraps long text and stays out of the status history', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const [app] = await pendingApplications(page, 1);
  if (!app) throw new Error('no pending application');
  await openApplication(page, app.reference, app.id);

  const detail = page.getByTestId('application-detail');
  const history = detail.locator('section[aria-labelledby="history-title"] li');
  const historyBefore = await history.count();
  const input = page.getByTestId('note-text');
  const limit = page.getByTestId('note-text-limit');
  await expect(detail).toContainText('0 / 2 000 merkkiä');

  // A long word with no place to break: it must wrap inside the panel, not run out of it.
  const unbroken = `https://example.fi/${'x'.repeat(400)}`;
  await input.fill(unbroken);
  await expect(detail).toContainText(`${unbroken.length} / 2 000 merkkiä`);
  await page.getByTestId('add-note').click();
  const note = detail.locator('.notes li p', { hasText: unbroken });
  await expect(note).toBeVisible();
  const fits = () =>
    note.evaluate((p) => {
      const panel = p.closest('[data-testid="application-detail"]')!.getBoundingClientRect();
      const r = p.getBoundingClientRect();
      return p.scrollWidth <= p.clientWidth && r.right <= panel.right && r.left >= panel.left;
    });
  await expect.poll(fits).toBe(true);

  // The status history shows status changes only: the note added no row there.
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(history).toHaveCount(historyBefore);
  await expect(detail.locator('section[aria-labelledby="history-title"]')).not.toContainText('Muistiinpano');

  // At the limit the counter is full and says so; one more character is refused, not cut.
  const full = 'a'.repeat(LONG_TEXT_MAX);
  await input.fill(full);
  await expect(detail).toContainText('2 000 / 2 000 merkkiä');
  await expect(limit).toHaveText('Enimmäispituus 2 000 merkkiä on täynnä.');
  await input.press('End');
  await input.pressSequentially('b');
  await expect(limit).toContainText('Teksti ei mahdu: enintään 2 000 merkkiä. Lisäys olisi tehnyt siitä 2 001 merkkiä');
  await expect(input).toHaveValue(full);

  // A paste that would pass the limit is refused whole: nothing of it is taken and dropped.
  await input.fill('alku ');
  await input.fill(`alku ${'z'.repeat(LONG_TEXT_MAX)}`);
  await expect(input).toHaveValue('alku ');
  await expect(limit).toContainText('2 005 merkkiä');
  await expect(detail).toContainText('5 / 2 000 merkkiä');

  // The counter speaks the user's language and number format.
  await page.getByTestId('language-switch').selectOption('en');
  await expect(detail).toContainText('5 / 2,000 characters');

  // Past the screen, the contract refuses a too-long note with its own code rather than cutting it.
  const code = await page.evaluate(
    async ([applicationId, note]) => {
      type Kuva = { invoke: (m: string, i: unknown, c?: { userId: string | null }) => Promise<{ ok: boolean; value?: { user: { id: string } | null }; error?: { code: string } }> };
      const kuva = (window as unknown as { kuva: Kuva }).kuva;
      const session = await kuva.invoke('session.get', {});
      const r = await kuva.invoke('berths.addNote', { applicationId, note }, { userId: session.value?.user?.id ?? null });
      return r.ok ? 'accepted' : r.error?.code;
    },
    [app.id, 'n'.repeat(LONG_TEXT_MAX + 1)] as const,
  );
  expect(code).toBe('text_too_long');
});
