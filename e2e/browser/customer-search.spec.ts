import { expect, test, type Page } from '@playwright/test';
import type { ApplicationDetail } from '../../domain/contract.ts';
import type { Customer360 } from '../../domain/berths/customer-contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, pendingApplications, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';

const stack = stackPerFile();

/** Screenshots to look at, in the test's output folder and attached to the report. */
async function shoot(page: Page, name: string) {
  const body = await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

/** Arrow down from the search field until the hit is the active option, then Enter opens it. */
async function openHitWithKeyboard(page: Page, customerId: string) {
  const search = page.getByTestId('customer-search');
  await expect(page.locator(`[data-testid="customer-hit"][data-customer-id="${customerId}"]`)).toBeVisible();
  const ids = await page.getByTestId('customer-hit').evaluateAll((els) => els.map((e) => e.getAttribute('data-customer-id')));
  const index = ids.indexOf(customerId);
  expect(index).toBeGreaterThanOrEqual(0);
  await search.focus();
  for (let i = 0; i < index; i++) await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', `customer-hit-${customerId}`);
  await search.press('Enter');
  await expect(page.getByTestId('customer-360')).toBeVisible();
}

test('a handler finds a customer by a name prefix and by a registration number, reads the 360° view and follows it to an application', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const url = await stack().openApp('aino');
  await signIn(page, url, 'aino');

  // A pending applicant with a registered boat, picked through the app itself.
  const app = (await pendingApplications(page, 50)).find((a) => /\d{4}/.test(a.boatRegistration) && !a.companyName)!;
  expect(app).toBeTruthy();
  const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: app.id });
  const { customerId, applicant, boat } = detail.application;
  const view = await invoke<Customer360>(page, 'berths.getCustomer', { id: customerId });

  await page.getByTestId('nav-customers').click();
  await expect(page.getByTestId('customers-start')).toBeVisible();
  await expectNoAxeViolations(page, 'customers, nothing searched yet');

  // Name prefix: the start of the surname and the first name, answered as it is typed.
  await page.keyboard.press('/');
  await expect(page.getByTestId('customer-search')).toBeFocused();
  await page.keyboard.type(`${applicant.lastName.slice(0, 4)} ${applicant.firstName}`);
  await openHitWithKeyboard(page, customerId);
  const panel = page.getByTestId('customer-360');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${applicant.firstName} ${applicant.lastName}`);
  for (const section of ['profile', 'boats', 'applications', 'leases', 'invoices', 'history']) await expect(panel.getByTestId(`customer-${section}`)).toBeVisible();
  await expect(panel.getByTestId('customer-boats')).toContainText(boat.registrationNumber);
  await expect(panel.getByTestId('customer-application-link')).toHaveCount(view.applications.length);
  await shoot(page, 'customers-1280x720');
  await expectNoAxeViolations(page, 'customers, a customer open (fi)');

  // Registration number without its dash: the same customer, with what matched shown.
  const compact = boat.registrationNumber.replace(/[^A-Za-z0-9]/g, '');
  await page.getByTestId('customer-search').fill(compact.toLowerCase());
  const hit = page.locator(`[data-testid="customer-hit"][data-customer-id="${customerId}"]`);
  await expect(hit.getByTestId('customer-hit-matched')).toContainText(boat.registrationNumber);
  await openHitWithKeyboard(page, customerId);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shoot(page, 'customers-1920x1080');

  // The same screen in Swedish and English (what matched, the sections, the statuses).
  for (const [lang, boats] of [['sv', 'Båtar'], ['en', 'Boats']] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.getByTestId('customer-boats').getByRole('heading')).toHaveText(boats);
    await shoot(page, `customers-1920x1080-${lang}`);
  }
  await expectNoAxeViolations(page, 'customers, a customer open (en)');
  await page.getByTestId('language-switch').selectOption('fi');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Nothing found: said so, with the text searched.
  await page.getByTestId('customer-search').fill('zzqxq');
  await expect(page.getByTestId('customers-no-match')).toContainText('zzqxq');
  await page.getByTestId('customer-search').fill(compact);
  await expect(hit).toBeVisible();

  // From the customer to the application's detail, and back from the application to the customer.
  await panel.getByRole('button', { name: new RegExp(app.reference) }).click();
  await expect(page.getByTestId('nav-applications')).toHaveAttribute('aria-current', 'page');
  const appDetail = page.getByTestId('application-detail');
  await expect(appDetail).toHaveAttribute('data-application-id', app.id);
  await expect(appDetail.getByRole('heading', { level: 2, name: app.reference })).toBeVisible();
  await appDetail.getByTestId('open-customer').click();
  await expect(page.getByTestId('nav-customers')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('customer-360').getByRole('heading', { level: 2 })).toHaveText(`${applicant.firstName} ${applicant.lastName}`);
});

test('harbour services get no Customers view, and the cache refuses them the customer search', async ({ page }) => {
  const url = await stack().openApp('harri');
  await page.goto(url);
  await page.getByTestId('login-username').fill('harri');
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  await expect(page.getByTestId('nav-harbours')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('nav-customers')).toHaveCount(0);
  await expect(invoke(page, 'berths.searchCustomers', { text: 'a' })).rejects.toThrow(/berths.searchCustomers/);
});
