import { expect, type Page } from '@playwright/test';

/** Open a customer from the search by keyboard: type the name, arrow to the hit, Enter. */
export async function openCustomer(page: Page, name: string, customerId: string): Promise<void> {
  await page.getByTestId('nav-customers').click();
  await expect(page.getByTestId('customer-search')).toBeVisible();
  await page.keyboard.press('/');
  const search = page.getByTestId('customer-search');
  await expect(search).toBeFocused();
  await page.keyboard.type(name);
  const hit = page.locator(`[data-testid="customer-hit"][data-customer-id="${customerId}"]`);
  await expect(hit).toBeVisible();
  // The search may answer again while the keys go in (a later answer to the same text), and the
  // cursor starts over on a new answer: arrow to the hit, Enter, and check the one opened is it.
  await expect(async () => {
    const ids = await page.getByTestId('customer-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer-id')));
    const active = ((await search.getAttribute('aria-activedescendant')) ?? '').replace(/^customer-hit-/, '');
    const steps = ids.indexOf(customerId) - Math.max(0, ids.indexOf(active));
    for (let i = 0; i < Math.abs(steps); i++) await search.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await search.press('Enter');
    await expect(hit).toHaveClass(/customer-hit--open/, { timeout: 2000 });
  }).toPass();
  await expect(page.getByTestId('customer-360')).toBeVisible();
}
