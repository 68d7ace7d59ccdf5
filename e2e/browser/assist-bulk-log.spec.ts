import { expect, test, type Page } from '@playwright/test';
import { sessionsToday, showAsView, signInAssist } from '../support/assist-app.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

/** How far the batch's table scrolls sideways, and how many of its controls end outside the card. */
async function overflow(page: Page): Promise<{ scroll: number; outside: number }> {
  return page.getByTestId('as-bulk').evaluate((card) => {
    const scroller = card.querySelector('.as-table-scroll')!;
    const edge = card.getBoundingClientRect().right;
    const outside = [...card.querySelectorAll('select, input, button')].filter((c) => c.getBoundingClientRect().right > edge + 0.5).length;
    return { scroll: scroller.scrollWidth - scroller.clientWidth, outside };
  });
}

test('a busy hour is logged afterwards in Swedish at 1280×720: two lines a customer, nothing scrolls sideways, Tab runs along a customer, and the batch is saved whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInAssist(page, await stack().openApp('hilkka'), 'hilkka');
  const before = await sessionsToday(page, 'sp-oodi');
  await showAsView(page, 'asSessions');
  await page.getByTestId('language-switch').selectOption('sv');
  await page.getByTestId('as-sessions-service-point').selectOption('sp-oodi');
  const table = page.getByTestId('as-bulk-rows');
  await expect(table).toHaveAttribute('data-layout', 'two-line');
  expect(await overflow(page)).toEqual({ scroll: 0, outside: 0 });

  await page.getByTestId('as-bulk-add5').click();
  await expect(table).toHaveAttribute('data-count', '6');
  expect(await overflow(page)).toEqual({ scroll: 0, outside: 0 });
  await expectNoAxeViolations(page, 'bulk log in two lines');

  // Along the first customer, from the kind of help to the remove button, then on to the second.
  const customer = (n: number) => page.getByTestId('as-bulk-row').nth(n - 1);
  await customer(1).getByLabel('Rad 1: Längd').focus();
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
  }
  expect(order).toEqual(['Rad 1: Kanal', 'Rad 1: Huvudämne', 'Rad 1: Språk', 'Rad 1: Resultat', 'Rad 1: Hänvisad vidare', 'Rad 1: Anteckning', 'Ta bort rad 1', 'Rad 2: Längd']);

  // A note that looks like personal data holds the batch back and names its row.
  await customer(3).getByLabel('Rad 3: Anteckning').fill('ring 040 123 4567');
  await expect(page.getByTestId('as-bulk-personal')).toContainText('rad 3');
  await expect(page.getByTestId('as-bulk-save')).toBeDisabled();
  await customer(3).getByLabel('Rad 3: Anteckning').fill('BankID förnyat');
  await page.getByTestId('as-bulk-save').click();
  // Saved here at once, then confirmed by the central: the confirmation is the last word.
  await expect(page.getByTestId('live-region')).toHaveText('Loggning av besök i efterhand: bekräftad av centraltjänsten.');
  await expect(table).toHaveAttribute('data-count', '1');
  await page.getByTestId('language-switch').selectOption('fi');
  await expect.poll(() => sessionsToday(page, 'sp-oodi')).toBe(before + 6);

  // A wide screen has the room for one line a customer.
  await showAsView(page, 'asSessions');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(table).toHaveAttribute('data-layout', 'one-line');
  expect(await overflow(page)).toEqual({ scroll: 0, outside: 0 });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(table).toHaveAttribute('data-layout', 'two-line');
});
