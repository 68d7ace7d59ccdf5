import { expect, test } from '@playwright/test';
import { stackPerFile } from '../support/stack-per-file.ts';
import { helsinkiDay, openRow, reservationDetail, reservations, showBookingView, signInBookings } from '../support/bookings-app.ts';

const stack = stackPerFile();

test('a handler approves a request with a subsidy and denies another with a reason; the queue shrinks and the customers’ messages show', async ({ page }) => {
  // Maria handles the cultural centres and reads customer cases (the caught messages need that).
  await signInBookings(page, await stack().openApp('maria'), 'maria');
  await showBookingView(page, 'bookingQueue');
  const badge = page.getByTestId('open-requests-count');
  await expect(badge).not.toHaveAttribute('data-count', '');
  const before = Number(await badge.getAttribute('data-count'));
  const grid = page.getByTestId('queue-grid');
  await expect(grid).toHaveAttribute('data-state', 'ready');

  // The queue's first requests (soonest first), customer bookings with a price to subsidise.
  const queue = await reservations(page, { states: ['REQUIRES_HANDLING'], from: helsinkiDay(), types: ['NORMAL'] }, 12);
  const [approveRow, denyRow] = queue.filter((r) => r.priceCents >= 1000 && !r.pending);
  if (!approveRow || !denyRow) throw new Error('The demo data has no two priced requests to handle.');
  const approveDetail = await reservationDetail(page, approveRow.id);
  const denyDetail = await reservationDetail(page, denyRow.id);
  expect(approveDetail.allowedActions).toContain('approve');

  // Approve with a subsidy: half the price, the undiscounted price kept.
  await openRow(page, 'queue-grid', approveRow.id);
  await page.getByTestId('reservation-approve').click();
  const approve = page.getByTestId('approve-dialog');
  await expect(approve).toBeVisible();
  await expect(page.getByTestId('approve-confirm')).toBeDisabled();
  await approve.locator('label[for="approve-price-subsidy"]').click();
  const half = Math.floor(approveRow.priceCents / 200) * 100;
  await page.getByTestId('approve-price').fill(String(approveRow.undiscountedPriceCents / 100 + 1).replace('.', ','));
  await expect(approve.getByText('Hinta ei voi olla yli alkuperäisen hinnan')).toBeVisible();
  await page.getByTestId('approve-price').fill(`${half / 100},00`);
  await approve.locator('#approve-note').fill('Yhdistyksen tuettu hinta (e2e).');
  await page.getByTestId('approve-confirm').click();
  await expect(approve).toBeHidden();
  const detail = page.getByTestId('reservation-detail');
  await expect(detail).toHaveAttribute('data-state', 'CONFIRMED');
  await expect(detail.getByTestId('reservation-waiting')).toBeHidden({ timeout: 60_000 });
  const price = detail.getByTestId('reservation-price');
  const euros = (cents: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
  await expect(price).toContainText(euros(half));
  await expect(price).toContainText(euros(approveRow.undiscountedPriceCents));
  await expect(detail.getByTestId('reservation-history')).toContainText('Yhdistyksen tuettu hinta (e2e).');

  // Deny with a reason from the managed list and an internal note.
  await openRow(page, 'queue-grid', denyRow.id);
  await page.getByTestId('reservation-deny').click();
  const deny = page.getByTestId('deny-dialog');
  await expect(page.getByTestId('deny-confirm')).toBeDisabled();
  const reason = [...denyDetail.denyReasons].filter((d) => d.isActive).sort((a, b) => a.rank - b.rank)[0];
  if (!reason) throw new Error('No deny reasons in the demo data.');
  await page.getByTestId('deny-reason').selectOption(reason.id);
  await deny.locator('#deny-note').fill('Tila on varattu kunnostukseen (e2e).');
  if (await page.getByTestId('deny-refund').count()) await deny.locator('label[for="deny-refund-yes"]').click();
  await page.getByTestId('deny-confirm').click();
  await expect(deny).toBeHidden();
  await expect(detail).toHaveAttribute('data-state', 'DENIED');
  await expect(detail.getByTestId('reservation-waiting')).toBeHidden({ timeout: 60_000 });

  // Both left the queue: its rows and its badge.
  await expect(grid.locator(`.ag-row[row-id="${approveRow.id}"]`)).toHaveCount(0);
  await expect(grid.locator(`.ag-row[row-id="${denyRow.id}"]`)).toHaveCount(0);
  await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: 30_000 }).toBe(before - 2);

  // What the customers got: the approval, and the denial with its reason in their language.
  await showBookingView(page, 'bookingMessages');
  const messages = page.getByTestId('caught-message');
  const approvedMail = messages.filter({ has: page.getByTestId('message-to').getByText(approveDetail.reservation.reserveeEmail, { exact: true }) });
  const deniedMail = messages.filter({ has: page.getByTestId('message-to').getByText(denyDetail.reservation.reserveeEmail, { exact: true }) });
  await expect(approvedMail.first()).toBeVisible({ timeout: 60_000 });
  await expect(deniedMail.first()).toBeVisible({ timeout: 60_000 });
  await expect(deniedMail.first()).toContainText(reason.reason[denyDetail.reservation.reserveeLanguage]);
});
