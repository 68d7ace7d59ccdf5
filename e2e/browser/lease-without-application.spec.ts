import { expect, test } from '@playwright/test';
import type { ApplicationDetail, BerthSuggestionRow, CaughtMessage } from '../../domain/contract.ts';
import type { Customer360 } from '../../domain/berths/customer-contract.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { invoke, pendingApplications, signIn } from '../support/app-page.ts';
import { openCustomer } from '../support/customers.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';

const stack = stackPerFile();
test.use({ viewport: { width: 1280, height: 720 } });

test('a handler makes a lease without an application on a free berth, with a reason; it shows in the leases with its draft invoice', async ({ page }) => {
  await signIn(page, await stack().openApp('aino'), 'aino');
  // A private customer with a boat, and a free, priced berth wide and long enough for it (the app's own suggestions).
  let found: { detail: ApplicationDetail; berth: BerthSuggestionRow } | null = null;
  for (const row of await pendingApplications(page, 40)) {
    if (row.companyName) continue;
    const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: row.id });
    const berth = (await invoke<BerthSuggestionRow[]>(page, 'berths.suggestBerths', { applicationId: row.id })).find((s) => !s.shorterThanBoat && s.priceCents !== null && s.pier !== '');
    if (detail.application.boatId && berth) {
      found = { detail, berth };
      break;
    }
  }
  if (!found) throw new Error('no pending applicant with a free fitting berth');
  const { application } = found.detail;
  const berth = found.berth;
  const before = await invoke<Customer360>(page, 'berths.getCustomer', { id: application.customerId });

  await openCustomer(page, `${application.applicant.lastName} ${application.applicant.firstName}`, application.customerId);
  const panel = page.getByTestId('customer-360');
  const open = panel.getByTestId('customer-new-lease');
  await expect(open).toHaveText('Uusi sopimus');
  await open.focus();
  await page.keyboard.press('Enter');
  const form = page.getByTestId('new-lease');
  await expect(form.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(page.getByTestId('new-lease-start')).toHaveValue(/^\d{1,2}\.\d{1,2}\.\d{4}$/);

  // Boat, harbour, pier and berth chosen in their lists; only free berths in use are offered.
  await page.getByTestId('new-lease-boat').selectOption(application.boatId!);
  await page.getByTestId('new-lease-harbour').selectOption({ label: berth.harbourName.fi });
  await page.getByTestId('new-lease-pier').selectOption({ label: berth.pier });
  const berthSelect = page.getByTestId('new-lease-berth');
  await expect(berthSelect.locator(`option[value="${berth.berthId}"]`)).toHaveCount(1);
  const listed = await invoke<{ berths: { id: string; occupancy: string; isActive: boolean; pier: string }[] }>(page, 'berths.listBerths', { harbourId: berth.harbourId });
  const offered = await berthSelect.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
  for (const id of offered) expect(listed.berths.find((b) => b.id === id)).toMatchObject({ occupancy: 'free', isActive: true, pier: berth.pier });
  await berthSelect.selectOption(berth.berthId);

  // Without a reason nothing is sent: the field says why, in Finnish.
  await page.getByTestId('new-lease-save').click();
  await expect(form).toContainText('Kirjoita peruste.');
  // A start before the season is refused next to the field.
  const start = page.getByTestId('new-lease-start');
  const startValue = await start.inputValue();
  await start.fill(`1.1.${startValue.slice(-4)}`);
  await expect(form).toContainText('Päivien on oltava kauden sisällä');
  await start.fill(startValue);
  await page.getByTestId('new-lease-reason').fill('Iso alus, ei jonossa');
  await expectNoAxeViolations(page, 'new lease form');
  await form.getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
  await shoot(page, 'lease-without-application-form');

  await page.getByTestId('new-lease-reason').press('Tab');
  await page.getByTestId('new-lease-save').click();
  await expect(form).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');

  // The lease (no application, drafted) with its reason, its draft invoice, and who made it and why in the history.
  const leaseRows = panel.locator('[data-testid="customer-lease"][data-status="drafted"]', { hasText: 'Iso alus, ei jonossa' });
  await expect(leaseRows).toHaveCount(1);
  await expect(leaseRows).toContainText(`${berth.number}`);
  const leaseId = await leaseRows.getAttribute('data-lease-id');
  await expect(panel.locator(`[data-testid="customer-order"][data-status="drafted"]`)).toHaveCount(before.orders.filter((o) => o.status === 'drafted').length + 1);
  const history = panel.getByTestId('customer-history').locator('li', { hasText: 'Sopimus tehty ilman hakemusta' });
  await expect(history).toHaveCount(1);
  await expect(history).toContainText('Iso alus, ei jonossa');
  await expect(history).toContainText('Aino');

  // As the central recorded it.
  const after = await invoke<Customer360>(page, 'berths.getCustomer', { id: application.customerId });
  const lease = after.leases.find((l) => l.id === leaseId);
  expect(lease).toMatchObject({ applicationId: null, status: 'drafted', directReason: 'Iso alus, ei jonossa', priceCents: berth.priceCents });
  expect(after.orders.find((o) => o.leaseId === leaseId)).toMatchObject({ status: 'drafted', applicationId: null, totalCents: berth.priceCents });

  // Its draft invoice opens in the customer's invoices with the same actions as an offer's, and is sent from there.
  const orderId = after.orders.find((o) => o.leaseId === leaseId)!.id;
  const mails = async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.to === after.customer.email);
  const mailsBefore = (await mails()).length;
  const orderRow = panel.locator(`[data-testid="customer-order"][data-order-id="${orderId}"]`);
  const toggle = orderRow.getByTestId('customer-order-open');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const invoice = panel.getByTestId('customer-order-detail').getByTestId('order-section');
  await expect(invoice.getByTestId('order-status')).toHaveAttribute('data-status', 'drafted');
  await expect(invoice.getByTestId('order-lease-status')).toHaveAttribute('data-lease-status', 'drafted');
  await expect(invoice.getByTestId('order-line')).toHaveCount(1);
  // A drafted invoice is not cancelled (the order machine), nor refunded; it is sent, paid elsewhere or edited.
  await expect(invoice.getByTestId('order-action-cancel')).toHaveCount(0);
  await expect(invoice.getByTestId('order-action-refund')).toHaveCount(0);
  await expect(invoice.getByTestId('order-action-editLines')).toBeVisible();
  await expectNoAxeViolations(page, 'the invoice of a lease without an application, opened in the customer view');
  await invoice.scrollIntoViewIfNeeded();
  await shoot(page, 'lease-without-application-invoice');
  // Never sent before: it is sent, not sent again, and its missing due date reads as a dash.
  await expect(invoice.getByTestId('order-due-date')).toHaveText('–');
  await expect(invoice.getByTestId('order-action-resend')).toHaveText('Lähetä lasku');
  await invoice.getByTestId('order-action-resend').click();
  await expect(page.getByTestId('order-dialog')).toBeVisible();
  await expect(page.getByTestId('order-confirm')).toHaveText('Lähetä lasku');
  await expect(page.getByTestId('order-date')).toHaveValue(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  await page.getByTestId('order-confirm').click();
  await expect(page.getByTestId('order-dialog')).toHaveCount(0);
  // Offered in the view at once, confirmed by the central, and the customer's mail is caught.
  await expect(invoice.getByTestId('order-status')).toHaveAttribute('data-status', 'offered');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(invoice.getByTestId('order-pending')).toHaveCount(0);
  await expect(invoice.getByTestId('order-lease-status')).toHaveAttribute('data-lease-status', 'offered');
  await expect(invoice.getByTestId('order-due-date')).not.toHaveText('');
  await expect(orderRow).toHaveAttribute('data-status', 'offered');
  await expect(panel.locator(`[data-testid="customer-lease"][data-lease-id="${leaseId}"]`)).toHaveAttribute('data-status', 'offered');
  await expect.poll(async () => (await mails()).length).toBeGreaterThan(mailsBefore);
  const sent = (await mails()).slice(mailsBefore);
  expect(sent.some((m) => m.text.includes(berth.number))).toBe(true);
  // Sent, it may now be cancelled; the send is in the customer's history, by Aino.
  await expect(invoice.getByTestId('order-action-cancel')).toBeVisible();
  await expect(panel.getByTestId('customer-history').locator('li', { hasText: 'Tarjous lähetetty uudelleen' })).toContainText('Aino');
  await expect.poll(async () => (await invoke<Customer360>(page, 'berths.getCustomer', { id: application.customerId })).orders.find((o) => o.id === orderId)?.status).toBe('offered');
  await toggle.click();
  await expect(panel.getByTestId('customer-order-detail')).toHaveCount(0);

  await expectNoAxeViolations(page, 'customer 360 with a lease made without an application');
  await panel.getByTestId('customer-leases').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, 'lease-without-application-leases');

  // The berth is no longer free: the form does not offer it again.
  await open.click();
  await page.getByTestId('new-lease-harbour').selectOption({ label: berth.harbourName.fi });
  await expect(page.getByTestId('new-lease-berth').locator(`option[value="${berth.berthId}"]`)).toHaveCount(0);
  // The texts read in Swedish and English too.
  await page.getByTestId('language-switch').selectOption('sv');
  await expect(page.getByTestId('new-lease').getByRole('heading', { level: 3 })).toHaveText('Nytt avtal utan ansökan');
  await page.getByTestId('language-switch').selectOption('en');
  await expect(page.getByTestId('new-lease-save')).toHaveText('Make the lease');
  await page.getByTestId('new-lease-reason').press('Escape');
  await expect(page.getByTestId('new-lease')).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(history).toHaveCount(0);
  await expect(panel.getByTestId('customer-history').locator('li', { hasText: 'Lease made without an application' })).toHaveCount(1);
});

test('a supervisor sees no new-lease action', async ({ page }) => {
  await signIn(page, await stack().openApp('olli'), 'olli');
  const [row] = await pendingApplications(page, 1);
  if (!row) throw new Error('no pending application');
  const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: row.id });
  await openCustomer(page, `${detail.application.applicant.lastName} ${detail.application.applicant.firstName}`, detail.application.customerId);
  await expect(page.getByTestId('customer-new-lease')).toHaveCount(0);
  // An invoice opens to read, with no action offered.
  const toggle = page.getByTestId('customer-order-open').first();
  if ((await toggle.count()) > 0) {
    await toggle.click();
    await expect(page.getByTestId('customer-order-detail').getByTestId('order-status')).toBeVisible();
    await expect(page.getByTestId('customer-order-detail').locator('[data-testid^="order-action-"]')).toHaveCount(0);
  }
});
