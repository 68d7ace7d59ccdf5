import { expect, test, type Page } from '@playwright/test';
import type { ApplicationDetail } from '../../domain/contract.ts';
import type { Customer360 } from '../../domain/berths/customer-contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, openApplication, pendingApplications, signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';
import { dialogReady } from '../support/dialogs.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

const nameOf = (c: Customer360['customer']) => c.companyName?.trim() || `${c.firstName} ${c.lastName}`.trim();

/**
 * A queued application whose customer holds nothing else (its boat follows it), and another
 * queued applicant's customer to link it to: picked through the app, never made up.
 */
async function twoApplicants(page: Page): Promise<{ app: ApplicationDetail; from: Customer360; to: Customer360 }> {
  const rows = await pendingApplications(page, 40);
  let picked: { app: ApplicationDetail; from: Customer360 } | null = null;
  for (const row of rows) {
    const app = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: row.id });
    const from = await invoke<Customer360>(page, 'berths.getCustomer', { id: app.application.customerId });
    if (from.applications.length === 1 && from.leases.length === 0) {
      picked = { app, from };
      break;
    }
  }
  if (!picked) throw new Error('no queued application whose customer has nothing else');
  for (const row of rows) {
    if (row.id === picked.app.application.id) continue;
    const other = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: row.id });
    if (other.application.customerId === picked.app.application.customerId) continue;
    const to = await invoke<Customer360>(page, 'berths.getCustomer', { id: other.application.customerId });
    if (to.customer.email) return { ...picked, to };
  }
  throw new Error('no second applicant with an email');
}

test('a handler finds the customer the applicant already is and links the application; the queue place stays and the history names both', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  const { app, from, to } = await twoApplicants(page);
  const a = app.application;
  await openApplication(page, a.reference, a.id);
  const detail = page.getByTestId('application-detail');

  await page.getByTestId('action-link-customer').click();
  const dialog = page.getByTestId('link-customer-dialog');
  await expect(dialog.getByRole('heading', { name: `Linkitä hakemus ${a.reference} asiakkaaseen` })).toBeVisible();
  // Focus opens on the title, as in every HDS dialog; one Tab reaches the search.
  await dialogReady(dialog);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('link-customer-search')).toBeFocused();
  await expect(page.getByTestId('link-customer-current')).toHaveText(`Nykyinen asiakas: ${nameOf(from.customer)}`);

  // The applicant's own customer is listed as theirs and cannot be chosen.
  await page.getByTestId('link-customer-search').fill(from.customer.email);
  const own = dialog.locator(`[data-testid="link-customer-hit"][data-customer-id="${from.customer.id}"]`);
  await expect(own).toContainText('Nykyinen asiakas');
  await expect(own.getByTestId('link-customer-choose')).toHaveCount(0);

  // A search that finds nobody says so.
  await page.getByTestId('link-customer-search').fill('ei-ketään-tällä-nimellä-9z');
  await expect(page.getByTestId('link-customer-none')).toHaveText('Hakuehdoilla ei löytynyt asiakkaita.');

  await page.getByTestId('link-customer-search').fill(to.customer.email);
  const hit = dialog.locator(`[data-testid="link-customer-hit"][data-customer-id="${to.customer.id}"]`);
  await expect(hit).toContainText(nameOf(to.customer));
  await expectNoAxeViolations(page, 'link application to a customer: search');
  await shoot(page, 'application-link-search');

  // Chosen by keyboard; the confirmation names both customers and the focus is on Link.
  await hit.getByRole('button', { name: `Valitse ${nameOf(to.customer)}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('link-customer-confirm-text')).toHaveText(`Hakemus ${a.reference} siirtyy asiakkaalta ${nameOf(from.customer)} asiakkaalle ${nameOf(to.customer)}.`);
  await expect(page.getByTestId('link-customer-confirm')).toBeFocused();
  await expectNoAxeViolations(page, 'link application to a customer: confirm');
  await shoot(page, 'application-link-confirm');
  // Back to the search keeps what was typed; the same hit is chosen again.
  await page.getByTestId('link-customer-back').click();
  await expect(page.getByTestId('link-customer-search')).toBeFocused();
  await expect(page.getByTestId('link-customer-search')).toHaveValue(to.customer.email);
  await hit.getByTestId('link-customer-choose').click();
  await expect(page.getByTestId('link-customer-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('action-link-customer')).toBeFocused();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

  // The history names both customers; the queue place, status and received time did not move.
  const entry = detail.locator('section[aria-labelledby="history-title"] li', { hasText: 'Hakemus linkitetty asiakkaaseen' });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByTestId('history-customer-link')).toHaveText(`Asiakas: ${nameOf(from.customer)} → ${nameOf(to.customer)}`);
  await expect(entry).toContainText('Aino');
  // The applicant stays as they applied; the register's customer is named beside them.
  const applicant = detail.locator('section[aria-labelledby="applicant-title"]');
  await expect(applicant.locator('dt', { hasText: /^Asiakas$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText(nameOf(to.customer));
  const after = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: a.id });
  expect(after.application.customerId).toBe(to.customer.id);
  expect(after.customerName).toBe(nameOf(to.customer));
  expect(after.application.status).toBe('pending');
  expect(after.application.receivedAt).toBe(a.receivedAt);
  expect(after.queuePosition).toBe(app.queuePosition);
  expect(after.pendingCommands).toEqual([]);

  // The new customer's 360° view holds the application and its boat; the old one no longer does.
  const toAfter = await invoke<Customer360>(page, 'berths.getCustomer', { id: to.customer.id });
  expect(toAfter.applications.map((r) => r.id)).toContain(a.id);
  expect(toAfter.boats.map((b) => b.id)).toContain(after.application.boatId);
  const fromAfter = await invoke<Customer360>(page, 'berths.getCustomer', { id: from.customer.id });
  expect(fromAfter.applications.map((r) => r.id)).not.toContain(a.id);

  await entry.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page, 'application history after a link');
  await shoot(page, 'application-link-history');

  // The same line (found by its test id, not its Finnish title) reads in Swedish and English, and so does the button.
  const line = detail.getByTestId('history-customer-link');
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(line).toHaveText(`Kund: ${nameOf(from.customer)} → ${nameOf(to.customer)}`);
  await expect(page.getByTestId('action-link-customer')).toHaveText('Koppla till kund');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(line).toHaveText(`Customer: ${nameOf(from.customer)} → ${nameOf(to.customer)}`);
  await page.getByTestId('action-link-customer').click();
  await expect(page.getByTestId('link-customer-dialog').getByRole('heading', { name: `Link application ${a.reference} to a customer` })).toBeVisible();
  await expectNoAxeViolations(page, 'link application to a customer: search, in English');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('link-customer-dialog')).toHaveCount(0);
  await expect(page.getByTestId('action-link-customer')).toBeFocused();
});

test('a supervisor is not offered the link', async ({ page }) => {
  await signIn(page, await stack().openApp('olli'), 'olli');
  const [row] = await pendingApplications(page, 1);
  if (!row) throw new Error('no pending application');
  await openApplication(page, row.reference, row.id);
  await expect(page.getByTestId('application-detail')).toContainText('Sinulla on lukuoikeus');
  await expect(page.getByTestId('action-link-customer')).toHaveCount(0);
});
