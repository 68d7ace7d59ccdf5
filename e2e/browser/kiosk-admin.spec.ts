import { expect, test, type Page } from '@playwright/test';
import { KIOSK_PIN, OODI_TERMINAL, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

/** The hidden chord, then a PIN typed and sent. */
async function unlockWith(page: Page, pin: string): Promise<void> {
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await expect(page.getByTestId('kiosk-admin-pin')).toBeVisible();
  await expect(page.getByTestId('kiosk-pin-input')).toBeFocused();
  await page.getByTestId('kiosk-pin-input').fill(pin);
  await page.getByTestId('kiosk-pin-submit').click();
}

test('the maintenance PIN: a wrong one is refused, the right one opens the admin screen, and leaving it locks the terminal again', async ({ page }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-admin'));
  const kiosk = page.getByTestId('kiosk');

  const wrong = KIOSK_PIN.split('').reverse().join('');
  await unlockWith(page, wrong);
  await expect(page.getByTestId('kiosk-pin-wrong')).toBeVisible();
  await expect(kiosk).toHaveAttribute('data-phase', 'admin_pin');
  await expect(page.getByTestId('kiosk-admin')).toHaveCount(0);
  // The field is emptied for the next try: nothing of the guess stays on the screen.
  await expect(page.getByTestId('kiosk-pin-input')).toHaveValue('');

  await page.getByTestId('kiosk-pin-input').fill(KIOSK_PIN);
  await page.getByTestId('kiosk-pin-submit').click();
  await expect(kiosk).toHaveAttribute('data-phase', 'admin');
  await expect(page.getByTestId('kiosk-admin-pin')).toHaveCount(0);
  // The admin screen shows the terminal's state from its core, the terminal by its name and
  // place as the staff know it (the id beside it for a support call).
  await expect(page.getByTestId('kiosk-admin-connection')).not.toBeEmpty();
  await expect(page.getByTestId('kiosk-admin-terminal')).toHaveText(`Oodi, 1. kerroksen aula${OODI_TERMINAL.id}`);
  await expect(page.getByTestId('kiosk-admin-place')).toHaveText('Oodi – digituki');

  await page.getByTestId('kiosk-admin-exit').click();
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  await expect(kiosk).toHaveAttribute('data-phase', 'attract');
  await expect(page.getByTestId('kiosk-admin')).toHaveCount(0);

  // Locked again: the chord asks for the PIN once more, and cancelling leaves the attract screen.
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  await expect(page.getByTestId('kiosk-admin-pin')).toBeVisible();
  await expect(page.getByTestId('kiosk-admin')).toHaveCount(0);
  await page.getByTestId('kiosk-pin-cancel').click();
  await expect(kiosk).toHaveAttribute('data-phase', 'attract');
});
