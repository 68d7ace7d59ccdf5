import { expect, type Page } from '@playwright/test';
import type { BookingUnitOption, DayCalendar, ReservationDetail, ReservationList, ReservationRow } from '../../domain/bookings/contract.ts';
import { invoke, waitForFirstSync } from './app-page.ts';

/** Steps and look-ups of the bookings workspace, written once for its browser tests. */

export type BookingView = 'bookingQueue' | 'bookingList' | 'bookingCalendar' | 'bookingMessages';

/** Signs a booking user in and waits until the first download has finished. */
export async function signInBookings(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstSync(page);
  await expect(page.getByTestId('nav-bookingQueue')).toBeVisible();
}

export async function showBookingView(page: Page, view: BookingView): Promise<void> {
  await page.getByTestId(`nav-${view}`).click();
  await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page');
}

/** Today, or a day from it, in Helsinki as YYYY-MM-DD. */
export function helsinkiDay(daysFromToday = 0): string {
  const d = new Date(Date.now() + daysFromToday * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** An ISO day as the Finnish UI writes and reads it ("8.12.2026"). */
export function finnishDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** An instant's Helsinki clock as the Finnish UI writes it ("17.00"). */
export function finnishClock(instant: string): string {
  return new Intl.DateTimeFormat('fi-FI', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' }).format(new Date(instant));
}

/** The Helsinki day of an instant. */
export function helsinkiDateOf(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

// Look-ups through the app itself (window.kuva), to pick test data; every action goes through the screen.

export async function reservations(page: Page, filter: Record<string, unknown>, limit = 50): Promise<ReservationRow[]> {
  return (await invoke<ReservationList>(page, 'bookings.listReservations', { filter, limit })).rows;
}

export async function reservationDetail(page: Page, id: string): Promise<ReservationDetail> {
  return invoke<ReservationDetail>(page, 'bookings.getReservation', { id });
}

export async function bookingUnits(page: Page): Promise<BookingUnitOption[]> {
  return invoke<BookingUnitOption[]>(page, 'bookings.listUnits', {});
}

export async function dayCalendar(page: Page, unitId: string, date: string): Promise<DayCalendar> {
  return invoke<DayCalendar>(page, 'bookings.dayCalendar', { unitId, date });
}

/** A unit by its Finnish name, with the reservation unit of that Finnish name. */
export async function unitNamed(page: Page, unit: string, reservationUnit: string): Promise<{ unitId: string; reservationUnitId: string }> {
  const u = (await bookingUnits(page)).find((x) => x.name.fi === unit);
  const ru = u?.reservationUnits.find((r) => r.name.fi === reservationUnit);
  if (!u || !ru) throw new Error(`No unit ${unit} with ${reservationUnit} for this user.`);
  return { unitId: u.id, reservationUnitId: ru.id };
}

/** Opens the calendar on a unit's day (or a reservation unit's week) through the screen's own controls. */
export async function showCalendar(page: Page, mode: 'day' | 'week', place: { unitId: string; reservationUnitId?: string }, date: string): Promise<void> {
  await showBookingView(page, 'bookingCalendar');
  const modeButton = page.getByTestId(`calendar-mode-${mode}`);
  // A dialog that was just closed may still be fading out over the button: click until it is pressed.
  await expect(async () => {
    await modeButton.click();
    await expect(modeButton).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
  }).toPass();
  await page.getByTestId('calendar-unit').selectOption(place.unitId);
  if (place.reservationUnitId) await page.getByTestId('calendar-reservation-unit').selectOption(place.reservationUnitId);
  const field = page.getByTestId('calendar-date');
  await field.fill(finnishDay(date));
  await field.press('Enter');
  await expect(page.getByTestId(mode === 'day' ? 'day-calendar' : 'week-calendar')).toBeVisible();
  await expect(page.getByTestId('calendar-area')).toHaveAttribute('data-state', 'ready');
}

/** A reservation's row in a booking grid, clicked open; the detail panel shows it. */
export async function openRow(page: Page, gridTestId: string, id: string): Promise<void> {
  const row = page.locator(`[data-testid="${gridTestId}"] .ag-row[row-id="${id}"]`).first();
  await expect(row).toBeVisible();
  await row.click();
  await expect(page.getByTestId('reservation-detail')).toHaveAttribute('data-reservation-id', id);
  await expect(page.getByTestId('reservation-title')).toBeVisible();
}
