import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, openKiosk, showAttract } from '../support/kiosk-app.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

/**
 * The request form up to its text fields: a space, a day, a start and a length chosen. The space
 * is Caisa's box (`box`: its name in the customer's language), among the other places' (Oodi's
 * own come first, and its vocal booth takes two people, not the four asked for below). It is
 * named, not taken as the first of Caisa's: the lists go by name in the customer's language, and
 * the first in English is a space for five or more.
 */
async function openRequestForm(page: Page, box: string): Promise<void> {
  await page.getByTestId('kiosk-tile-request').click();
  const form = page.getByTestId('kiosk-request-form');
  await form.getByTestId('kiosk-request-space-elsewhere').locator('label').filter({ hasText: box }).filter({ hasText: 'Caisa' }).locator('input[type=radio]').check();
  for (const group of ['day', 'start', 'length']) await form.getByTestId(`kiosk-request-${group}`).locator('input[type=radio]').first().check();
}

test('text that arrives after a pause (an input method, a system keyboard) reaches the form, field after field', async ({ page }) => {
  // The page's clock is the test's: it jumps over the pause instead of the test sleeping through it.
  await page.clock.install();
  await showAttract(page, await openKiosk(stack(), 'kiosk-typing'));
  await chooseLanguage(page, 'en');
  await openRequestForm(page, 'Box');
  const fields: [string, string][] = [
    ['kiosk-request-persons', '4'],
    ['kiosk-request-purpose', 'Homework club'],
    ['kiosk-request-name', 'Åsa Öberg'],
    ['kiosk-request-email', 'asa@example.org'],
    ['kiosk-request-phone', '+358 40 123 4567'],
  ];
  for (const [field, text] of fields) {
    // The text is the customer's first activity after a pause: the idle clock counts it, and the
    // screen renders for that while the browser has inserted the text but not yet reported it.
    await page.clock.fastForward(2_000);
    // fill() moves the focus and inserts the text as an input method does (no key events).
    await page.getByTestId(field).fill(text);
    await expect(page.getByTestId(field)).toHaveValue(text);
  }
  // The form's own check reads its state, not the screen: it lets the request go only when every
  // answer reached it, and the central accepts it.
  await page.getByTestId('kiosk-request-send').click();
  await expect(page.getByTestId('kiosk-missing')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-request-form')).toHaveCount(0);
  await expect(page.getByTestId('kiosk-request-state')).toHaveAttribute('data-phase', 'applied', { timeout: 30_000 });
});

test('the on-screen keyboard types into an e-mail field where the caret is, and at the last field the send button stands above it', async ({ page }) => {
  await showAttract(page, await openKiosk(stack(), 'kiosk-typing-keys'));
  await chooseLanguage(page, 'fi');
  await openRequestForm(page, 'Aitio');
  const email = page.getByTestId('kiosk-request-email');
  await email.click();
  await expect(page.getByTestId('kiosk-keyboard')).toBeVisible();
  const press = async (...keys: string[]) => {
    for (const key of keys) await page.getByTestId(`kiosk-key-${key}`).click();
  };
  await press('a', 'a', 'symbols', '@', 'symbols', 'x', '.', 'f', 'i');
  await expect(email).toHaveValue('aa@x.fi');
  // The customer touches the field between the two a's and types an s there.
  await email.evaluate((input: HTMLInputElement) => input.setSelectionRange(1, 1));
  await press('s');
  await expect(email).toHaveValue('asa@x.fi');
  await press('backspace', 'ä');
  await expect(email).toHaveValue('aäa@x.fi');
  await expect(email).toBeFocused();

  // Typing into the last field, the send button comes up with it above the keyboard (it rested
  // under the keyboard, out of sight), and the field stays in view.
  const phone = page.getByTestId('kiosk-request-phone');
  const box = async (testId: string) => (await page.getByTestId(testId).boundingBox())!;
  // While the keyboard is up, the toolbar scrolls away with the form; put away, the keyboard
  // leaves the toolbar over the scrolled form, with "finish" and the languages in reach.
  const done = async () => {
    await page.getByTestId('kiosk-key-done').click();
    await expect(page.getByTestId('kiosk-keyboard')).toHaveCount(0);
  };
  const finishShows = async () => {
    const finish = await box('kiosk-finish');
    return finish.y >= 0 && finish.y + finish.height <= page.viewportSize()!.height;
  };
  await done();
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await phone.click();
    await expect(phone).toBeFocused();
    await expect.poll(async () => { const send = await box('kiosk-request-send'); return send.y + send.height <= (await box('kiosk-keyboard')).y; }, `${size.width}`).toBe(true);
    expect((await box('kiosk-request-phone')).y, `${size.width}`).toBeGreaterThanOrEqual(0);
    expect(await finishShows(), `${size.width}: the toolbar scrolled away under the keyboard`).toBe(false);
    await done();
    expect(await page.evaluate(() => window.scrollY), `${size.width}`).toBeGreaterThan(0);
    await expect.poll(finishShows, `${size.width}: the toolbar over the scrolled form`).toBe(true);
  }
  // At the largest text on the smaller screen the toolbar would cover most of the form: there it
  // scrolls with the page.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('kiosk-text-size').click();
  await page.getByTestId('kiosk-text-size').click();
  await expect(page.getByTestId('kiosk-text-size')).toHaveAttribute('data-size', 'largest');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(finishShows).toBe(false);
});
