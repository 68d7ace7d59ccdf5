import { expect, type Page } from '@playwright/test';

/** Open a customer from the search by keyboard: type the name, arrow to the hit, Enter. */
export async function openCustomer(page: Page, name: string, customerId: string): Promise<void> {
  await page.getByTestId('nav-customers').click();
  await expect(page.getByTestId('customer-search')).toBeVisible();
  await page.keyboard.press('/');
  const search = page.getByTestId('customer-search');
  await expect(search).toBeFocused();
  await page.keyboard.type(name);
  await expect(page.locator(`[data-testid="customer-hit"][data-customer-id="${customerId}"]`)).toBeVisible();
  const ids = await page.getByTestId('customer-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer-id')));
  for (let i = 0; i < ids.indexOf(customerId); i++) await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByTestId('customer-360')).toBeVisible();
}
