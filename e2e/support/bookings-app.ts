import { expect, type Page } from '@playwright/test';
import type { ReservationList, ReservationRow } from '../../domain/bookings/contract.ts';
import { FIRST_DOWNLOAD_MS, invoke } from './app-page.ts';

/** Signs a booking user in and waits for the first download and the handling queue's rows (or its empty state). */
export async function signInBookings(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: FIRST_DOWNLOAD_MS });
  await expect(page.getByTestId('nav-bookingQueue')).toBeVisible();
}

/** Opens a booking view from the side navigation. */
export async function showBookingView(page: Page, view: 'bookingQueue' | 'bookingList' | 'bookingCalendar' | 'bookingMessages'): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page');
}

/** Reservations as the app lists them (to pick test data, never to act). */
export async function reservations(page: Page, filter: Record<string, unknown>, limit = 50): Promise<ReservationRow[]> {
  const list = await invoke<ReservationList>(page, 'bookings.listReservations', { filter, limit });
  return list.rows;
}

/** The queue row of a reservation, found by scrolling the grid to it through the app's own order. */
export async function openQueueRow(page: Page, id: string): Promise<void> {
  const row = page.locator(`[data-testid="queue-grid"] .ag-row[row-id="${id}"]`).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('reservation-detail')).toHaveAttribute('data-reservation-id', id);
}
