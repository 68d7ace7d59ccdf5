import { expect, type Locator } from '@playwright/test';

/**
 * Waits until an HDS dialog is ready for the keyboard. The dialog moves focus to its title one
 * render after it appears; on a busy machine that can come after the test has focused a field,
 * and the keys it then types land on the title. Once the title has focus nothing moves it again.
 */
export async function dialogReady(dialog: Locator, title?: string): Promise<Locator> {
  const heading = dialog.getByRole('heading', { level: 2 });
  if (title !== undefined) await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  return dialog;
}
