import { expect, test } from '@playwright/test';
import { OODI_TERMINAL, openFleet, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test('a restart a supervisor asks for in the fleet view reloads the idle terminal, and the fleet sees it carried out', async ({ page, context }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-restart'));
  // A mark only this page load carries: a reload starts a page without it.
  await page.evaluate(() => document.documentElement.setAttribute('data-before-restart', ''));

  const staff = await context.newPage();
  await openFleet(staff, await stack().openApp('maija'), 'maija');
  const row = staff.locator(`[data-testid="kiosk-fleet-row"][data-terminal-id="${OODI_TERMINAL.id}"]`);
  await expect(row).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  const restart = row.getByTestId('kiosk-fleet-restart');
  await expect(restart).toBeEnabled();
  await restart.click();
  await staff.getByTestId('kiosk-restart-confirm').click();
  await expect(staff.getByTestId('kiosk-restart-dialog')).toHaveCount(0);

  // The terminal, on its attract screen, loads itself again and comes back to the attract screen.
  await expect(page.locator('html[data-before-restart]')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: 60_000 });
  // The restart mark leaves the address once the fresh page has told its core.
  await expect(page).not.toHaveURL(/kioskRestarted/);
  // The central hears it was carried out: the fleet offers a restart again.
  await expect(restart).toBeEnabled({ timeout: 60_000 });
});
