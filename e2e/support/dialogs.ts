import { expect, type Locator, type Page } from '@playwright/test';

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

/** How a dialog's scrolling part stood the moment a refusal appeared in it. */
export interface RefusalReach {
  overflowing: boolean;
  focusable: boolean;
}

/**
 * Starts watching for the next refusal in a dialog and answers how its scrolling part stood at
 * that moment, before any other task ran: whether it scrolls, and whether the keyboard can reach
 * it. An accessibility check can land at any moment, so the two must agree from the first one.
 */
export async function watchRefusalReach(page: Page): Promise<() => Promise<RefusalReach>> {
  await page.evaluate(() => {
    const w = window as unknown as { refusalReach?: RefusalReach | null };
    w.refusalReach = null;
    const observer = new MutationObserver(() => {
      const scroll = document.querySelector('[data-testid="dialog-error"]')?.closest<HTMLElement>('.confirm-dialog__scroll');
      if (!scroll) return;
      w.refusalReach = { overflowing: scroll.scrollHeight > scroll.clientHeight + 1, focusable: scroll.getAttribute('tabindex') === '0' };
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  return async () => {
    const handle = await page.waitForFunction(() => (window as unknown as { refusalReach?: RefusalReach | null }).refusalReach ?? null);
    return (await handle.jsonValue()) as RefusalReach;
  };
}
